import Testing

@testable import TerminalText

/// Display width by grapheme cluster, as a terminal shows it.
@Suite struct DisplayWidthTests {
  @Test(
    arguments: [
      ("a", 1), ("é", 1), ("e\u{301}", 1), ("e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}", 1),
      ("─", 1), ("·", 1), ("∞", 1), ("❤", 1), ("日", 2), ("한", 2), ("Ａ", 2), ("。", 2),
      ("か\u{3099}", 2), ("日\u{301}", 2), ("😀", 2), ("👍🏽", 2), ("☝🏽", 2), ("🇻🇳", 2),
      ("🇫🇷", 2), ("❤️", 2), ("1️⃣", 2), ("👩‍💻", 2), ("👨‍👩‍👧", 2), ("🏳️‍🌈", 2),
    ] as [(Character, Int)])
  func clusterWidths(character: Character, width: Int) {
    #expect(DisplayWidth.of(character) == width)
    #expect(DisplayWidth.columns(of: character) == width)
  }

  @Test(arguments: ["\u{301}", "\u{3099}", "\u{200B}", "\u{200D}", "\u{FE0F}", "\u{AD}"])
  func charactersWithoutAColumnOfTheirOwnAreZeroAlone(text: String) throws {
    let character = try #require(text.first)
    #expect(DisplayWidth.of(character) == 0)
    // Drawn, they show as their escaped form.
    let form = TerminalEscaping.form(of: text.unicodeScalars.first!)
    #expect(DisplayWidth.columns(of: character) == form.count)
  }

  @Test func textWidthCountsColumnsAsDrawn() {
    #expect(DisplayWidth.of("ab日本") == 6)
    #expect(DisplayWidth.of("a\u{1B}b") == 4)  // a \e b
    #expect(DisplayWidth.of("a\u{200B}b") == 10)  // a \u{200B} b
    #expect(DisplayWidth.of("\u{202E}") == 8)
    #expect(DisplayWidth.of("👍🏽🇻🇳") == 4)
    #expect(DisplayWidth.of("\r\n") == 4)
    #expect(DisplayWidth.of("") == 0)
  }

  @Test func theWidthOfTextIsTheWidthOfItsRow() {
    let samples = [
      "hostile \u{1B}]0;title\u{7} \u{9B}2J\r\n\u{202E}evil\u{2028}x\u{85}", "a\u{200B}b\u{301}",
      "日本語 👍🏽 🇻🇳 e\u{301}\u{302}", "\t\u{301}",
    ]
    for text in samples {
      let row = TerminalEscaping.escapedForRow(text)
      #expect(DisplayWidth.of(text) == DisplayWidth.of(row), "\(row)")
      var drawn = 0
      DisplayWidth.forEachDrawable(text) { _, width in drawn += width }
      #expect(drawn == DisplayWidth.of(text))
    }
  }
}
