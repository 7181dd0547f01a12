/// Python 3's keywords. The tutor runs only a few of them; the others are recognised so the
/// parser can say which construct is not part of the subset.
enum Keyword: String, Sendable, CaseIterable {
  case `false` = "False"
  case none = "None"
  case `true` = "True"
  case and, `as`, assert, async, await, `break`, `class`, `continue`, def, del, elif, `else`
  case except, finally, `for`, from, global, `if`, `import`, `in`, `is`, lambda, nonlocal
  case not, or, pass, raise, `return`, `try`, `while`, with, yield
}
