/// The messages for Python constructs the prompt does not run: it runs the slides' subset, and
/// says so at the first token of anything else.
enum Unsupported {
  /// Where a token was met, which decides what construct it starts.
  enum Position {
    /// At the start of a statement.
    case statement
    /// Where an expression should start (after `=`, `(`, an operator…).
    case operand
    /// Right after a complete expression.
    case afterOperand
  }

  /// `WHAT not part of convtutor's Python subset (…)`; `what` ends with "is" or "are".
  static func message(for what: String) -> String {
    "\(what) not part of convtutor's Python subset (it runs the slides' code: imports, "
      + "assignments, calls)"
  }

  /// The message for `token` met at `position`, or nil when the token is plain invalid syntax
  /// there.
  static func message(for token: Token, at position: Position) -> String? {
    switch token.kind {
    case .keyword(let keyword):
      return keywordConstruct(keyword, at: position).map(message(for:))
    case .punctuator(let punctuator):
      return punctuatorConstruct(punctuator, at: position).map(message(for:))
    default:
      return nil
    }
  }

  private static func keywordConstruct(_ keyword: Keyword, at position: Position) -> String? {
    if position == .afterOperand {
      switch keyword {
      case .for, .async: return "comprehensions (`for` inside brackets) are"
      case .if, .else: return "conditional expressions (`a if condition else b`) are"
      case .not: return "comparisons (`not in`) are"
      case .and, .or, .in, .is: break
      default: return nil
      }
    }
    switch keyword {
    case .def: return "function definitions (`def`) are"
    case .class: return "class definitions (`class`) are"
    case .for: return "`for` loops are"
    case .while: return "`while` loops are"
    case .if, .elif, .else: return "`if` statements are"
    case .with: return "`with` statements are"
    case .try, .except, .finally: return "`try`/`except` statements are"
    case .lambda: return "`lambda` functions are"
    case .return: return "`return` statements are"
    case .yield: return "`yield` is"
    case .global, .nonlocal: return "`\(keyword.rawValue)` declarations are"
    case .async, .await: return "`async` and `await` are"
    case .del: return "`del` statements are"
    case .raise: return "`raise` statements are"
    case .assert: return "`assert` statements are"
    case .break, .continue: return "`break` and `continue` are"
    case .and, .or: return "the boolean operators `and` and `or` are"
    case .in, .is: return "comparisons (`\(keyword.rawValue)`) are"
    case .false, .none, .true, .as, .from, .import, .not, .pass: return nil
    }
  }

  private static func punctuatorConstruct(_ punctuator: Punctuator, at position: Position)
    -> String?
  {
    if punctuator.isComparison { return "comparisons (`\(punctuator.rawValue)`) are" }
    if punctuator.isAugmentedAssignment {
      return "augmented assignments (`\(punctuator.rawValue)`) are"
    }
    if punctuator.isBitwise { return "bitwise operators (`\(punctuator.rawValue)`) are" }
    switch punctuator {
    case .walrus: return "assignment expressions (`:=`) are"
    case .ellipsis: return "the Ellipsis `...` is"
    case .leftBrace where position != .afterOperand: return "dictionaries and sets (`{…}`) are"
    case .star where position != .afterOperand, .doubleStar where position != .afterOperand:
      return "unpacking with `\(punctuator.rawValue)` is"
    case .at where position == .statement: return "decorators (`@`) are"
    default: return nil
    }
  }
}
