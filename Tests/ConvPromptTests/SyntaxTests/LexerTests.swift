import Testing

@testable import ConvPrompt

/// The lexer: literals, positions, lines and the errors it finds.
struct LexerTests {
  /// The kinds of the tokens of `source` (which must lex without error).
  private func kinds(_ source: String) -> [TokenKind] {
    let output = Lexer.tokenize(source)
    #expect(output.error == nil, "\(source.debugDescription): \(String(describing: output.error))")
    return output.tokens.map(\.kind)
  }

  private func value(_ source: String) -> TokenKind? {
    kinds(source).first
  }

  @Test(arguments: [
    ("0", 0), ("7", 7), ("1_000_000", 1_000_000), ("0x1F", 31), ("0X_ff", 255), ("0o17", 15),
    ("0b101", 5), ("0B1_0", 2), ("00", 0), ("9223372036854775807", Int.max),
  ])
  func integers(source: String, expected: Int) {
    #expect(value(source) == .integer(expected))
  }

  @Test(arguments: [
    ("1.", 1.0), (".5", 0.5), ("1e-3", 0.001), ("2.0E+5", 200_000.0), ("1_0.2_5", 10.25),
    ("1e1_0", 1e10), ("0.0001", 0.0001), ("1e400", Double.infinity), ("07.5", 7.5), ("0e0", 0),
  ])
  func floats(source: String, expected: Double) {
    #expect(value(source) == .float(expected))
  }

  @Test(arguments: [
    (#"'abc'"#, "abc"), (#""a'b""#, "a'b"), (#"'a\'b'"#, "a'b"), (#"'\n\t\\'"#, "\n\t\\"),
    (#"'\x41\u00e9\U0001F600'"#, "Aé😀"), (#"'\101\0'"#, "A\u{0}"), (#"'\q'"#, #"\q"#),
    (#"r'\n\''"#, #"\n\'"#), (#"u'x'"#, "x"), ("'''a\nb'''", "a\nb"), ("\"\"\"a\"b\"\"\"", "a\"b"),
    ("'a\\\nb'", "ab"), ("''", ""), ("'é'", "é"), ("'''a\r\nb'''", "a\nb"),
  ])
  func strings(source: String, expected: String) {
    #expect(value(source) == .string(expected))
  }

  @Test func keywordsNamesAndPunctuators() {
    #expect(
      kinds("import torch.nn as nn") == [
        .keyword(.import), .name("torch"), .punctuator(.dot), .name("nn"), .keyword(.as),
        .name("nn"), .newline, .end,
      ])
    #expect(
      kinds("a**=b//c->d:=e...f!=g") == [
        .name("a"), .punctuator(.doubleStarEqual), .name("b"), .punctuator(.doubleSlash),
        .name("c"), .punctuator(.arrow), .name("d"), .punctuator(.walrus), .name("e"),
        .punctuator(.ellipsis), .name("f"), .punctuator(.notEqual), .name("g"), .newline, .end,
      ])
    #expect(
      kinds("café_1 = _x") == [.name("café_1"), .punctuator(.equal), .name("_x"), .newline, .end])
  }

  @Test func newlinesOnlyEndLogicalLines() {
    // Blank lines, comments, brackets and backslashes do not end a statement.
    let source = "# c\n\nx = (1,\n  2)  # c\n\n  # indented comment\ny = \\\n 3\n"
    #expect(
      kinds(source) == [
        .name("x"), .punctuator(.equal), .punctuator(.leftParen), .integer(1), .punctuator(.comma),
        .integer(2), .punctuator(.rightParen), .newline, .name("y"), .punctuator(.equal),
        .integer(3), .newline, .end,
      ])
    #expect(kinds("") == [.end])
    #expect(kinds("\n\n# only a comment") == [.end])
    #expect(
      kinds("x\r\ny\rz") == [
        .name("x"), .newline, .name("y"), .newline, .name("z"), .newline, .end,
      ])
  }

  @Test func positionsCountCharactersAndTabsAsOneColumn() {
    let tokens = Lexer.tokenize("x\t= 'é'  +\u{0C}2\nyy").tokens
    let ranges = tokens.map { SyntaxFixtures.range($0.range) }
    #expect(
      ranges == [
        "1:1-1:2", "1:3-1:4", "1:5-1:8", "1:10-1:11", "1:12-1:13", "1:13-1:14", "2:1-2:3",
        "2:3-2:4", "2:3-2:3",
      ])
  }

  @Test func multiLineTokenRanges() {
    let tokens = Lexer.tokenize("s = '''a\nbc'''").tokens
    #expect(tokens.count >= 3)
    #expect(SyntaxFixtures.range(tokens[2].range) == "1:5-2:6")
  }

  @Test func lexicalErrorsAreKeptForTheParser() {
    let output = Lexer.tokenize("x = 1\ny = 'abc\nz = 2")
    #expect(
      output.tokens.map(\.kind) == [
        .name("x"), .punctuator(.equal), .integer(1), .newline, .name("y"), .punctuator(.equal),
      ])
    #expect(output.error?.message == "unterminated string literal (detected at line 2)")
    #expect(output.isIncomplete == false)
  }

  @Test(arguments: [
    ("(", true, true), ("'''", true, false), ("x \\", true, false), ("x \\\n", true, false),
    ("'a\\", true, false), ("'a\\\n", true, false), ("'a", false, false), ("x)", false, false),
    ("\u{7}", false, false),
  ])
  func incompleteness(source: String, incomplete: Bool, unclosedBracket: Bool) {
    let output = Lexer.tokenize(source)
    #expect(output.error != nil)
    #expect(output.isIncomplete == incomplete)
    #expect(output.isUnclosedBracket == unclosedBracket)
  }

  @Test func byteOrderMarkIsSkipped() {
    #expect(kinds("\u{FEFF}x") == [.name("x"), .newline, .end])
  }
}
