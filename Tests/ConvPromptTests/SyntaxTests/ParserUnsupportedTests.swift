import ConvPrompt
import Testing

/// Python that the prompt does not run: a clear message at the first token of the construct.
struct ParserUnsupportedTests {
  typealias F = SyntaxFixtures

  static let suffix =
    " not part of convtutor's Python subset (it runs the slides' code: imports, assignments, calls)"

  @Test func forLoopMessageIsTheOneTheDesignGives() throws {
    let diagnostic = try #require(F.diagnostic("for x in range(3):\n    print(x)"))
    #expect(
      diagnostic.message
        == "`for` loops are not part of convtutor's Python subset (it runs the slides' code: imports, assignments, calls)"
    )
    #expect(F.range(diagnostic.range) == "1:1-1:4")
  }

  /// A source, the construct named, and where.
  @Test(arguments: [
    ("def f(x):\n    return x", "function definitions (`def`) are", "1:1-1:4"),
    ("class Net(nn.Module):", "class definitions (`class`) are", "1:1-1:6"),
    ("while True:", "`while` loops are", "1:1-1:6"),
    ("if x:", "`if` statements are", "1:1-1:3"),
    ("elif x:", "`if` statements are", "1:1-1:5"),
    ("else:", "`if` statements are", "1:1-1:5"),
    ("with torch.no_grad():", "`with` statements are", "1:1-1:5"),
    ("try:", "`try`/`except` statements are", "1:1-1:4"),
    ("except ValueError:", "`try`/`except` statements are", "1:1-1:7"),
    ("finally:", "`try`/`except` statements are", "1:1-1:8"),
    ("f = lambda x: x", "`lambda` functions are", "1:5-1:11"),
    ("return 1", "`return` statements are", "1:1-1:7"),
    ("yield 1", "`yield` is", "1:1-1:6"),
    ("x = yield", "`yield` is", "1:5-1:10"),
    ("global x", "`global` declarations are", "1:1-1:7"),
    ("nonlocal x", "`nonlocal` declarations are", "1:1-1:9"),
    ("async def f(): pass", "`async` and `await` are", "1:1-1:6"),
    ("x = await f()", "`async` and `await` are", "1:5-1:10"),
    ("del x", "`del` statements are", "1:1-1:4"),
    ("raise ValueError()", "`raise` statements are", "1:1-1:6"),
    ("assert x", "`assert` statements are", "1:1-1:7"),
    ("break", "`break` and `continue` are", "1:1-1:6"),
    ("continue", "`break` and `continue` are", "1:1-1:9"),
    ("x = a and b", "the boolean operators `and` and `or` are", "1:7-1:10"),
    ("x = a or b", "the boolean operators `and` and `or` are", "1:7-1:9"),
    ("x = a in b", "comparisons (`in`) are", "1:7-1:9"),
    ("x = a is None", "comparisons (`is`) are", "1:7-1:9"),
    ("x = a not in b", "comparisons (`not in`) are", "1:7-1:10"),
    ("x == 1", "comparisons (`==`) are", "1:3-1:5"),
    ("x != 1", "comparisons (`!=`) are", "1:3-1:5"),
    ("f(x < 1)", "comparisons (`<`) are", "1:5-1:6"),
    ("x > 1", "comparisons (`>`) are", "1:3-1:4"),
    ("x <= 1", "comparisons (`<=`) are", "1:3-1:5"),
    ("x >= 1", "comparisons (`>=`) are", "1:3-1:5"),
    ("x = [i for i in y]", "comprehensions (`for` inside brackets) are", "1:8-1:11"),
    ("f(i for i in y)", "comprehensions (`for` inside brackets) are", "1:5-1:8"),
    ("x = a if b else c", "conditional expressions (`a if condition else b`) are", "1:7-1:9"),
    ("x = {}", "dictionaries and sets (`{…}`) are", "1:5-1:6"),
    ("x = {1, 2}", "dictionaries and sets (`{…}`) are", "1:5-1:6"),
    ("x += 1", "augmented assignments (`+=`) are", "1:3-1:5"),
    ("x.data *= 2", "augmented assignments (`*=`) are", "1:8-1:10"),
    ("x = a & b", "bitwise operators (`&`) are", "1:7-1:8"),
    ("x = a << 1", "bitwise operators (`<<`) are", "1:7-1:9"),
    ("x = ~a", "bitwise operators (`~`) are", "1:5-1:6"),
    ("f(*args)", "unpacking with `*` is", "1:3-1:4"),
    ("f(**kwargs)", "unpacking with `**` is", "1:3-1:5"),
    ("*a, b = c", "unpacking with `*` is", "1:1-1:2"),
    ("(y := 1)", "assignment expressions (`:=`) are", "1:4-1:6"),
    ("x[..., 0]", "the Ellipsis `...` is", "1:3-1:6"),
    ("@torch.no_grad()", "decorators (`@`) are", "1:1-1:2"),
    ("x: int = 3", "type annotations (`x: int`) are", "1:2-1:3"),
    ("x = 2j", "complex numbers (`2j`) are", "1:5-1:7"),
    ("print(f'{x}')", "f-strings (`f'…'`) are", "1:7-1:8"),
    ("x = b'abc'", "bytes literals (`b'…'`) are", "1:5-1:6"),
    ("from . import x", "relative imports (`from . import …`) are", "1:6-1:7"),
    ("from torch import *", "`import *` is", "1:19-1:20"),
  ])
  func unsupportedConstruct(source: String, construct: String, range: String) throws {
    let diagnostic = try #require(F.diagnostic(source))
    #expect(diagnostic.message == construct + Self.suffix)
    #expect(F.range(diagnostic.range) == range)
  }
}
