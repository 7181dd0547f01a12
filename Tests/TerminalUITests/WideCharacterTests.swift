import Testing

@testable import TerminalUI

@Suite struct WideCharacterTests {
  @Test func aWideCharacterTakesTwoCells() {
    var frame = Frame(rows: 1, columns: 6)
    let next = frame.put("a日b", row: 0, column: 0, style: .result)
    #expect(next == 4)
    #expect(frame[0, 1].width == 2 && frame[0, 1].character == "日")
    #expect(frame[0, 2].isContinuation)
    #expect(frame[0, 3].character == "b")
    #expect(frame.lines() == ["a日b"])
    #expect(frame.styleLines() == ["RRRR"])
  }

  @Test func aWideCharacterCutByTheRightEdgeBecomesASpace() {
    var frame = Frame(rows: 1, columns: 3)
    frame.put("ab日", row: 0, column: 0, style: .bold)
    #expect(frame.lines(trimmingTrailingSpaces: false) == ["ab "])
    #expect(frame.styleLines() == ["bbb"])
    #expect(frame.cells.allSatisfy { !$0.isContinuation })
  }

  @Test func aWideCharacterCutByTheLeftEdgeBecomesASpace() {
    var frame = Frame(rows: 1, columns: 4)
    frame.put("日本", row: 0, column: -1)
    #expect(frame.lines(trimmingTrailingSpaces: false) == [" 本 "])
  }

  @Test func aWideCharacterCutByARegionStaysInsideIt() {
    var frame = Frame(rows: 1, columns: 6)
    frame.within(Rect(row: 0, column: 1, rows: 1, columns: 3)) { region in
      region.put("日本", row: 0, column: 0)
    }
    #expect(frame.lines(trimmingTrailingSpaces: false) == [" 日   "])
  }

  @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
    var frame = Frame(rows: 2, columns: 6)
    frame.put("日本", row: 0, column: 0)
    frame.put("x", row: 0, column: 1)
    #expect(frame.lines() == [" x本", ""])
    frame.put("日本", row: 1, column: 0)
    frame.put("x", row: 1, column: 2)
    #expect(frame.lines() == [" x本", "日x"])
    #expect(frame.cells.filter(\.isContinuation).count == 2)
  }

  @Test func aWideCharacterOverAnotherOffByOne() {
    var frame = Frame(rows: 1, columns: 6)
    frame.put("日本", row: 0, column: 0)
    frame.put("中", row: 0, column: 1)
    #expect(frame.lines() == [" 中"])
    #expect(frame[0, 1].width == 2 && frame[0, 2].isContinuation && frame[0, 3] == .blank)
  }

  @Test func combiningMarksStayWithTheirLetter() {
    var frame = Frame(rows: 1, columns: 4)
    frame.put("e\u{301}x", row: 0, column: 0)
    #expect(frame[0, 0].character == "e\u{301}")
    #expect(frame[0, 1].character == "x")
  }
}
