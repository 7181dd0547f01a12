import Testing

@testable import TerminalUI

@Suite struct KeyTests {
  @Test(
    arguments: [
      (9, Key.tab), (10, .enter), (13, .enter), (8, .backspace), (127, .backspace),
      (27, .escape), (1, .control("a")), (3, .control("c")), (12, .control("l")),
      (26, .control("z")), (0, .control("@")), (31, .control("_")), (32, .character(" ")),
      (0x71, .character("q")), (0x65E5, .character("日")), (0x1F600, .character("😀")),
    ] as [(UInt32, Key)])
  func characterCodes(code: UInt32, key: Key) {
    #expect(Key(characterCode: code) == key)
  }

  @Test func codesThatAreNotKeys() {
    #expect(Key(characterCode: 0x9B) == nil)
    #expect(Key(characterCode: 0xD800) == nil)
  }

  @Test func descriptions() {
    #expect(Key.control("c").description == "Ctrl-C")
    #expect(Key.function(5).description == "F5")
    #expect(Key.character(" ").description == "Space")
    #expect(Key.character("+").description == "+")
    #expect(Key.pageDown.description == "PageDown")
  }

  // ncurses' KEY_* codes, written out (the test target does not import ncurses).
  @Test(
    arguments: [
      (0o403, Key.up), (0o402, .down), (0o404, .left), (0o405, .right), (0o406, .home),
      (0o550, .end), (0o523, .pageUp), (0o522, .pageDown), (0o512, .delete), (0o513, .insert),
      (0o407, .backspace), (0o527, .enter), (0o541, .backTab), (0o411, .function(1)),
      (0o414, .function(4)), (0o424, .function(12)),
    ] as [(Int32, Key)])
  func cursesKeyCodes(code: Int32, key: Key) {
    #expect(CursesBackend.key(forKeyCode: code) == key)
  }

  @Test func unknownCursesKeyCodes() {
    #expect(CursesBackend.key(forKeyCode: 0o631) == nil)  // KEY_MOUSE
  }

  @Test func eventsThatEndARun() {
    #expect(Event.interrupt.endsRun && Event.terminate.endsRun && Event.inputClosed.endsRun)
    #expect(!Event.tick.endsRun && !Event.key(.enter).endsRun)
    #expect(!Event.resize(rows: 1, columns: 1).endsRun)
  }
}
