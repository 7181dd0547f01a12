import TerminalText
import Testing

@testable import Workspace

/// The typed line keeps its grapheme clusters whole: scalars that arrive one key at a time
/// join the cluster they belong to, and the cursor moves and deletes by cluster.
@Suite struct PromptLineTests {
  static func typed(_ text: String) -> PromptLine {
    var line = PromptLine()
    for scalar in text.unicodeScalars { line.insert(Character(scalar)) }
    return line
  }

  @Test func scalarsTypedOneByOneJoinTheirCluster() {
    let line = Self.typed("e\u{301}👍🏽🇻🇳👨‍👩‍👧 x")
    #expect(line.text.map(String.init) == ["e\u{301}", "👍🏽", "🇻🇳", "👨‍👩‍👧", " ", "x"])
    #expect(line.cursor == 6)
    #expect(line.line == "e\u{301}👍🏽🇻🇳👨‍👩‍👧 x")
  }

  @Test func theCursorMovesAndDeletesByCluster() {
    var line = Self.typed("a👍🏽b")
    line.moveLeft()
    line.moveLeft()
    #expect(line.cursor == 1)
    line.deleteForward()
    #expect(line.line == "ab")
    line.insert("🇻")
    line.insert("🇳")
    #expect(line.text.map(String.init) == ["a", "🇻🇳", "b"])
    #expect(line.cursor == 2)
    line.deleteBackward()
    #expect(line.line == "ab")
    #expect(line.cursor == 1)
  }

  @Test func deletingBetweenTwoHalvesOfAFlagJoinsThem() {
    var line = Self.typed("🇻x🇳🇦🇧🇨")
    #expect(line.text.map(String.init) == ["🇻", "x", "🇳🇦", "🇧🇨"])
    line.moveToStart()
    line.moveRight()
    line.deleteForward()
    // The regional indicators pair again from the first: 🇻🇳 🇦🇧 🇨.
    #expect(line.text.map(String.init) == ["🇻🇳", "🇦🇧", "🇨"])
    #expect(line.cursor == 1)
  }

  @Test func aLongLineTypedAtItsEndStaysCheap() {
    var line = PromptLine()
    let text = String(repeating: "卷积 👍🏽 x", count: 20_000)
    line.insert(text)
    #expect(line.text.count == 20_000 * 6)
    for character in "abc" { line.insert(character) }
    #expect(line.line == text + "abc")
    // The end is shown, in whole clusters, with the cursor's column after it: 73 or 74
    // columns of text, as the 2-column clusters fall.
    let visible = line.visible(columns: 75)
    #expect(line.line.hasSuffix(visible.text))
    #expect(visible.cursorColumn == DisplayWidth.of(visible.text))
    #expect((73...74).contains(visible.cursorColumn))
    #expect(visible.underCursor == " ")
  }
}
