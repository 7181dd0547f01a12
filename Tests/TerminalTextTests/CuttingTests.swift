import Testing

@testable import TerminalText

/// Cutting and padding to display columns, keeping grapheme clusters and escapes whole.
@Suite struct CuttingTests {
  @Test func truncateKeepsWholeCharacters() {
    #expect(DisplayWidth.truncate("日本語", to: 4) == "日…")
    #expect(DisplayWidth.truncate("日本語", to: 5) == "日本…")
    #expect(DisplayWidth.truncate("abc", to: 3) == "abc")
    #expect(DisplayWidth.truncate("abcd", to: 3) == "ab…")
    #expect(DisplayWidth.truncate("abc", to: 0) == "")
  }

  @Test func truncateKeepsEmojiSequencesAndMarksWhole() {
    #expect(DisplayWidth.truncate("ab👍🏽cd", to: 4) == "ab…")
    #expect(DisplayWidth.truncate("ab👍🏽cd", to: 5) == "ab👍🏽…")
    #expect(DisplayWidth.truncate("🇻🇳🇫🇷", to: 3) == "🇻🇳…")
    #expect(DisplayWidth.truncate("👨‍👩‍👧 family", to: 4) == "👨‍👩‍👧 …")
    let marked = "e\u{301}\u{302}\u{303}xyz"
    #expect(DisplayWidth.truncate(marked, to: 3) == "e\u{301}\u{302}\u{303}x…")
  }

  @Test func truncateNeverSplitsAnEscape() {
    // x \u{202E} y is 10 columns: the escape does not fit in 7, so it goes whole.
    #expect(DisplayWidth.truncate("x\u{202E}y", to: 8) == "x…")
    #expect(DisplayWidth.truncate("x\u{202E}y", to: 10) == "x\u{202E}y")
    #expect(DisplayWidth.truncate("\u{1B}\u{1B}\u{1B}", to: 4) == "\u{1B}…")
  }

  @Test func paddingCountsColumns() {
    #expect(DisplayWidth.padded("日本", to: 6) == "日本  ")
    #expect(DisplayWidth.padded("👍🏽", to: 4) == "👍🏽  ")
    #expect(DisplayWidth.padded("e\u{301}", to: 3) == "e\u{301}  ")
    #expect(DisplayWidth.padded("abc", to: 2) == "abc")
    #expect(DisplayWidth.padded("\u{1B}", to: 3) == "\u{1B} ")  // \e is 2 columns
  }

  @Test func rightAligningCountsColumns() {
    #expect(DisplayWidth.rightAligned("-1.0390", to: 9) == "  -1.0390")
    #expect(DisplayWidth.rightAligned("-∞", to: 4) == "  -∞")
    #expect(DisplayWidth.rightAligned("日本", to: 6) == "  日本")
    #expect(DisplayWidth.rightAligned("👍🏽", to: 3) == " 👍🏽")
    #expect(DisplayWidth.rightAligned("abc", to: 2) == "abc")
  }
}
