import Testing

@testable import TerminalText

/// Word wrapping by columns, grapheme clusters whole: nothing is ever dropped.
@Suite struct TextWrapTests {
  /// Every line fits, and the lines hold all of the text's characters but the spaces at the
  /// breaks.
  static func checkWrapped(_ text: String, width: Int) -> [String] {
    let lines = TextWrap.lines(text, width: width)
    for line in lines { #expect(DisplayWidth.of(line) <= width, "\(line)") }
    #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
    return lines
  }

  @Test func proseWrapsAtSpaces() {
    #expect(
      Self.checkWrapped("the window slides over the input", width: 10) == [
        "the window", "slides", "over the", "input",
      ])
    #expect(TextWrap.lines("one two\nthree\n\nfour", width: 20) == ["one two three", "", "four"])
  }

  @Test func aWordLongerThanTheLineIsCutBetweenGraphemes() {
    #expect(Self.checkWrapped("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    let marked = String(repeating: "e\u{301}\u{302}", count: 5)
    #expect(Self.checkWrapped(marked, width: 2).count == 3)
  }

  /// Seen: an 89-character Chinese sentence showed 62 characters, as whole lines of 2-column
  /// characters were cut at a character count.
  @Test func chineseWithoutSpacesWrapsBetweenAnyCharacters() {
    let sentence = String(
      repeating: "卷积核在输入上滑动，每个位置计算一次乘积之和。", count: 4
    ).prefix(89)
    #expect(sentence.count == 89)
    let lines = Self.checkWrapped(String(sentence), width: 38)
    #expect(lines.joined() == String(sentence))
    #expect(lines.count == 5)
    // Closing punctuation stays on the line of the character before it.
    for line in lines.dropFirst() {
      #expect(line.first != "，" && line.first != "。", "\(line)")
    }
  }

  @Test func japaneseAfterAWordBreaksWhereItMust() {
    #expect(Self.checkWrapped("kernel は「窓」です。", width: 10) == ["kernel は", "「窓」で", "す。"])
  }

  /// Seen: a long word of escaped characters lost some; each escape is whole on one line.
  @Test func aLongWordOfEscapedCharactersKeepsThemAll() {
    let word = String(repeating: "\u{1B}", count: 30)
    let lines = Self.checkWrapped(word, width: 15)
    #expect(lines.joined() == word)
    #expect(lines.allSatisfy { DisplayWidth.of($0) == 14 || $0 == lines.last })
    #expect(Self.checkWrapped("\u{202E}\u{202E}\u{202E}", width: 10).count == 3)
    // An escape wider than the line is a line of its own, not a loop.
    #expect(TextWrap.lines("a\u{202E}b", width: 4) == ["a", "\u{202E}", "b"])
  }

  @Test func emojiBreakLikeIdeographs() {
    #expect(Self.checkWrapped("go 👍🏽👍🏽👍🏽", width: 5) == ["go 👍🏽", "👍🏽👍🏽"])
  }

  @Test func flagsAndSkinTonesStayWhole() {
    let lines = Self.checkWrapped("Thumbs 👍🏽 and the flag 🇻🇳 of Vietnam", width: 12)
    #expect(lines.contains { $0.contains("👍🏽") })
    #expect(lines.contains { $0.contains("🇻🇳") })
  }

  @Test func rowsCutAtTheColumnBetweenGraphemes() {
    #expect(TextWrap.rows("日本語abc", width: 3) == ["日", "本", "語a", "bc"])
    #expect(TextWrap.rows("x = \u{1B}[2J", width: 5) == ["x = ", "\u{1B}[2J"])
    #expect(TextWrap.rows("", width: 5) == [""])
    #expect(TextWrap.rows("abc", width: 0) == [])
  }
}
