import Testing

@testable import TerminalUI

@Suite struct FrameDiffTests {
  @Test func identicalFramesHaveNoChanges() {
    let frame = SnapshotTests.sampleFrame()
    #expect(FrameDiff(from: frame, to: frame).isEmpty)
  }

  @Test func everyCellChangesWithoutAnOldFrameOrOnResize() {
    let frame = Frame(rows: 2, columns: 3)
    #expect(FrameDiff(from: nil, to: frame).count == 6)
    #expect(FrameDiff(from: Frame(rows: 3, columns: 2), to: frame).count == 6)
  }

  @Test func changedCellsAreListedRowByRow() {
    let old = Frame(rows: 3, columns: 5)
    var new = old
    new.put("ab", row: 2, column: 1)
    new.put("z", row: 0, column: 4, style: .highlight)
    let diff = FrameDiff(from: old, to: new)
    #expect(diff.count == 3)
    #expect(diff.changes.map { [$0.row, $0.column] } == [[0, 4], [2, 1], [2, 2]])
    #expect(diff.changes[0].cell == Cell("z", style: .highlight))
    #expect(diff.changedRows == [0, 2])
  }

  @Test func aStyleChangeAloneIsAChange() {
    var old = Frame(rows: 1, columns: 3)
    old.put("abc", row: 0, column: 0)
    var new = old
    new.restyle(Rect(row: 0, column: 1, rows: 1, columns: 1), style: .reverse)
    #expect(FrameDiff(from: old, to: new).count == 1)
  }

  @Test func movingAHighlightChangesFewCells() {
    func frame(highlightAt column: Int) -> Frame {
      var frame = Frame(rows: 4, columns: 20)
      frame.put(String(repeating: "1 ", count: 10), row: 1, column: 0)
      frame.restyle(Rect(row: 1, column: column, rows: 1, columns: 3), style: .highlight)
      return frame
    }
    #expect(FrameDiff(from: frame(highlightAt: 0), to: frame(highlightAt: 2)).count == 4)
  }
}
