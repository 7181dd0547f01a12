import TerminalText
import Testing

@testable import TerminalUI

@Suite struct EscapingTests {
  @Test func controlCharactersAreDrawnEscaped() {
    var frame = Frame(rows: 1, columns: 40)
    frame.put("a\u{1B}[31mb\tc\nd\r\u{0}\u{7F}\u{1}", row: 0, column: 0)
    #expect(frame.text == #"a\e[31mb\tc\nd\r\0\x7F\x01"#)
  }

  @Test func noCellEverHoldsAControlCharacter() {
    var frame = Frame(rows: 2, columns: 60)
    let hostile = "\u{1B}]0;title\u{7}\u{9B}2J\r\n\u{202E}evil\u{2028}x\u{85}"
    frame.put(hostile, row: 0, column: 0)
    frame.put(hostile, row: 1, column: 50)
    for cell in frame.cells {
      #expect(!cell.character.unicodeScalars.contains(where: TerminalEscaping.isObeyed))
    }
    #expect(
      frame.lines()[0] == #"\e]0;title\x07\u{9B}2J\r\n\u{202E}evil\u{2028}x\u{85}"#)
  }

  @Test func zeroWidthCharactersAloneAreEscaped() {
    var frame = Frame(rows: 1, columns: 30)
    frame.put("a\u{200B}b", row: 0, column: 0)
    #expect(frame.text == #"a\u{200B}b"#)
  }

  /// A mark after an escape is drawn escaped too, not stacked on the escape's last character.
  @Test func aMarkAfterAnEscapeIsEscaped() {
    var frame = Frame(rows: 1, columns: 30)
    frame.put("\u{202E}\u{301}x", row: 0, column: 0)
    #expect(frame.text == #"\u{202E}\u{301}x"#)
    #expect(frame.cells.allSatisfy { $0.character.unicodeScalars.count == 1 })
  }

  @Test func cellsRefuseControlCharacters() {
    #expect(Cell("\u{1B}").character == "\u{FFFD}")
    #expect(Cell("\r\n").character == "\u{FFFD}")
    #expect(Cell("\u{200B}").character == "\u{FFFD}")
    #expect(Cell("x").character == "x")
  }

  @Test func keyDescriptionsAreEscaped() {
    #expect(Key.character("\u{1B}").description == #"\e"#)
  }
}
