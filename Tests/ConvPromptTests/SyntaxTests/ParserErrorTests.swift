import ConvPrompt
import Testing

/// A source, the message it must give and the exact range of it.
struct SyntaxErrorCase: Sendable, CustomTestStringConvertible {
  let source: String
  let message: String
  let range: String

  init(_ source: String, _ message: String, _ range: String) {
    self.source = source
    self.message = message
    self.range = range
  }

  var testDescription: String { source.debugDescription }
}

/// Syntax errors: CPython's wording, at the exact line and column.
struct ParserErrorTests {
  typealias F = SyntaxFixtures

  static let cases: [SyntaxErrorCase] = [
    .init("  x = 1", "unexpected indent", "1:1-1:3"),
    .init("x = 1\n   y = 2", "unexpected indent", "2:1-2:4"),
    .init("\tx = 1", "unexpected indent", "1:1-1:2"),
    .init("x = (1,\ny = 2", "'(' was never closed", "1:5-1:6"),
    .init("f(a, [1, 2", "'[' was never closed", "1:6-1:7"),
    .init("import torch\nx = torch.tensor([1, 2]\ny = 3", "'(' was never closed", "2:17-2:18"),
    .init("f(a b", "'(' was never closed", "1:2-1:3"),
    .init("x = )", "unmatched ')'", "1:5-1:6"),
    .init("x = [1]]", "unmatched ']'", "1:8-1:9"),
    .init(
      "x = (1]", "closing parenthesis ']' does not match opening parenthesis '('", "1:7-1:8"),
    .init(
      "x = (1,\n 2]", "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
      "2:3-2:4"),
    .init("x = 'abc", "unterminated string literal (detected at line 1)", "1:5-1:6"),
    .init("x = 'abc\ny = 1", "unterminated string literal (detected at line 1)", "1:5-1:6"),
    .init(
      "x = '''abc\n", "unterminated triple-quoted string literal (detected at line 2)", "1:5-1:6"),
    .init("x = \\ 1", "unexpected character after line continuation character", "1:5-1:6"),
    .init(
      "x = 1 +\\", "unexpected end of input after the line continuation character '\\'", "1:8-1:9"),
    .init("x =", "expected an expression after '='", "1:4-1:5"),
    .init("x = \n", "expected an expression after '='", "1:5-1:6"),
    .init("x = = 1", "expected an expression after '='", "1:5-1:6"),
    .init("x = 1 +", "expected an expression after '+'", "1:8-1:9"),
    .init("x = 2 ** )", "unmatched ')'", "1:10-1:11"),
    .init("f(k=)", "expected an expression after '='", "1:5-1:6"),
    .init("x = not", "expected an expression after 'not'", "1:8-1:9"),
    .init("x = €", "invalid character '€' (U+20AC)", "1:5-1:6"),
    .init("x\t=\t€", "invalid character '€' (U+20AC)", "1:5-1:6"),
    .init("x = $", "invalid character '$' (U+0024)", "1:5-1:6"),
    .init("x = 1 ? 2", "invalid character '?' (U+003F)", "1:7-1:8"),
    .init("x = \u{0}", "invalid non-printable character U+0000", "1:5-1:6"),
    .init("x = 1\u{7}", "invalid non-printable character U+0007", "1:6-1:7"),
    .init("x =\u{A0}1", "invalid non-printable character U+00A0", "1:4-1:5"),
    .init("f(a=1, b)", "positional argument follows keyword argument", "1:8-1:9"),
    .init(
      "nn.Conv2d(1, kernel_size=3, kernel_size=2)", "keyword argument repeated: kernel_size",
      "1:29-1:42"),
    .init("f(1=2)", "expression cannot contain assignment, perhaps you meant \"==\"?", "1:3-1:5"),
    .init("x = 1 2", "invalid syntax", "1:7-1:8"),
    .init("x = 1 2\ny = (", "invalid syntax", "1:7-1:8"),
    .init("f(a b)", "invalid syntax. Perhaps you forgot a comma?", "1:3-1:6"),
    .init("x = (\n  1,\n  2\n  3)", "invalid syntax. Perhaps you forgot a comma?", "3:3-4:4"),
    .init("x = [1,, 2]", "invalid syntax", "1:8-1:9"),
    .init("x[]", "invalid syntax", "1:3-1:4"),
    .init("x = 1;;", "invalid syntax", "1:7-1:8"),
    .init(";", "invalid syntax", "1:1-1:2"),
    .init("x = -not y", "invalid syntax", "1:6-1:9"),
    .init("x.", "expected an attribute name after '.'", "1:3-1:4"),
    .init("x.if = 1", "expected an attribute name after '.'", "1:3-1:5"),
    .init("import", "expected a module name after 'import'", "1:7-1:8"),
    .init("import a.b as", "expected a name after 'as'", "1:14-1:15"),
    .init("from x y", "invalid syntax", "1:8-1:9"),
    .init(
      "from x import a,", "trailing comma not allowed without surrounding parentheses", "1:16-1:17"),
    .init("import for", "'for' is a Python keyword and cannot be used as a name here", "1:8-1:11"),
    .init(
      "x = 123456789012345678901234567890",
      "integer literal is too large: convtutor's integers are 64-bit, at most 9223372036854775807",
      "1:5-1:35"),
    .init("x = 1__0", "invalid decimal literal", "1:6-1:7"),
    .init("x = 1_", "invalid decimal literal", "1:6-1:7"),
    .init("x = 1abc", "invalid decimal literal", "1:5-1:9"),
    .init("x = 1e", "invalid decimal literal", "1:5-1:6"),
    .init("x = 0x", "invalid hexadecimal literal", "1:7-1:8"),
    .init("x = 0b102", "invalid digit '2' in binary literal", "1:9-1:10"),
    .init(
      "x = 007",
      "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
      "1:5-1:8"),
    .init("x = 'a\\x1'", "truncated \\xXX escape: \\x needs 2 hexadecimal digits", "1:7-1:10"),
    .init("x = '\\ud800'", "the escape U+D800 is not a valid Unicode character", "1:6-1:12"),
    .init(
      "x = '\\N{BULLET}'",
      "\\N{…} escapes are not supported by convtutor: write the character itself",
      "1:6-1:8"),
    .init(
      "print 'a'", "Missing parentheses in call to 'print'. Did you mean print(...)?", "1:1-1:10"),
    .init(
      "x = 1\ny = 2 +\n", "expected an expression after '+'", "2:8-2:9"),
  ]

  @Test(arguments: cases)
  func syntaxError(_ errorCase: SyntaxErrorCase) throws {
    let diagnostic = try #require(F.diagnostic(errorCase.source))
    #expect(diagnostic.message == errorCase.message)
    #expect(F.range(diagnostic.range) == errorCase.range)
  }

  @Test func earlierErrorsComeFirst() {
    // The parser reads in order: a syntax error on line 1 wins over a lexical one on line 2.
    #expect(F.diagnostic("f() = 1\nx = 'abc")?.message == "cannot assign to function call")
    #expect(F.diagnostic("x = 1\n  y = 2\nz = )")?.message == "unexpected indent")
  }

  @Test func renderedErrorPointsAtTheColumn() throws {
    let source = "x = 1\ny = (2,\n     3]"
    let diagnostic = try #require(F.diagnostic(source))
    #expect(
      diagnostic.rendered(fileName: "s.py", source: source) == """
        s.py:3:7: error: closing parenthesis ']' does not match opening parenthesis '(' on line 2
             3]
              ^
        """)
  }
}
