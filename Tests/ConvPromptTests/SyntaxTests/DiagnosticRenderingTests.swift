import ConvPrompt
import Testing

/// How an error shows its source line: whole when short, cut around the place when long, so
/// that a pasted megabyte-long line gives a message of a few lines.
@Suite struct DiagnosticRenderingTests {
  @Test func aShortLineIsShownWhole() {
    let source = "x = 1 + y"
    #expect(
      failure(of: source)?.rendered(fileName: "t.py", source: source) == """
        t.py:1:9: error: name 'y' is not defined
        x = 1 + y
                ^
        """)
  }

  /// The quoted line shows control characters escaped, and the caret moves with them.
  @Test func theCaretStaysUnderThePlaceAfterEscapedCharacters() {
    let source = "x = \"\u{1B}]0;title\u{07}\" + y"
    #expect(
      failure(of: source)?.rendered(fileName: "t.py", source: source) == #"""
        t.py:1:20: error: name 'y' is not defined
        x = "\e]0;title\x07" + y
                               ^
        """#)
  }

  /// The caret counts display columns: a Chinese character takes two.
  @Test func theCaretStaysUnderThePlaceAfterWideCharacters() {
    let source = "x = '日本' + y"
    #expect(
      failure(of: source)?.rendered(fileName: "t.py", source: source) == """
        t.py:1:12: error: name 'y' is not defined
        x = '日本' + y
                     ^
        """)
  }

  /// A long line of escaped characters is cut between them, never inside `\e`.
  @Test func aLongLineIsCutBetweenEscapedCharacters() throws {
    let source = "x = '" + String(repeating: "\u{1B}", count: 200) + "' + y"
    let rendered = try #require(failure(of: source)?.rendered(fileName: "t.py", source: source))
    let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3)
    #expect(lines[1].hasPrefix("…\\e\\e"))
    #expect(lines[1].hasSuffix("\\e' + y"))
    // The caret under the y: 119 columns of text after the ellipsis, the y the last of them.
    #expect(lines[1].count == 120)
    #expect(lines[2] == String(repeating: " ", count: 119) + "^")
  }

  @Test func aLongLineIsCutAroundThePlace() throws {
    let source =
      "x = 1 +" + String(repeating: " ", count: 300) + "y + 2" + String(repeating: " ", count: 300)
    let rendered = try #require(failure(of: source)?.rendered(fileName: "t.py", source: source))
    let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3)
    #expect(lines[0] == "t.py:1:308: error: name 'y' is not defined")
    // 40 columns before the place, 120 in all, each cut side marked with an ellipsis.
    #expect(
      lines[1] == "…" + String(repeating: " ", count: 40) + "y + 2"
        + String(repeating: " ", count: 75) + "…")
    #expect(lines[2] == String(repeating: " ", count: 41) + "^")
  }

  @Test func aMegabyteLineGivesAShortMessage() throws {
    let source = "x = " + Array(repeating: "1", count: 200_000).joined(separator: "+")
    let rendered = try #require(failure(of: source)?.rendered(fileName: "t.py", source: source))
    #expect(rendered.count < 400)
    #expect(rendered.contains("nested too deeply"))
  }

  @Test func theStartOfALongLineIsNotMarkedAsCut() throws {
    let source = "x = 1 + y" + String(repeating: " ", count: 300)
    let rendered = try #require(failure(of: source)?.rendered(fileName: "t.py", source: source))
    let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[1] == "x = 1 + y" + String(repeating: " ", count: 111) + "…")
    #expect(lines[2] == "        ^")
  }
}
