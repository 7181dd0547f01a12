import Testing

@testable import TerminalUI

@Suite struct FrameTests {
  @Test func aNewFrameIsBlank() {
    let frame = Frame(rows: 3, columns: 4)
    #expect(frame.rows == 3 && frame.columns == 4)
    #expect(frame.cells.allSatisfy { $0 == .blank })
    #expect(frame.lines() == ["", "", ""])
    #expect(frame.lines(trimmingTrailingSpaces: false) == ["    ", "    ", "    "])
  }

  @Test func negativeSizesBecomeEmpty() {
    var frame = Frame(rows: -2, columns: 5)
    frame.put("text", row: 0, column: 0)
    frame.box(Rect(row: 0, column: 0, rows: 3, columns: 3))
    #expect(frame.rows == 0 && frame.cells.isEmpty && frame.text == "")
  }

  @Test func putDrawsTextAndReturnsTheNextColumn() {
    var frame = Frame(rows: 2, columns: 8)
    let next = frame.put("abc", row: 1, column: 2)
    #expect(next == 5)
    #expect(frame.lines() == ["", "  abc"])
    #expect(frame[1, 2] == Cell("a"))
  }

  @Test func putClipsAtEveryEdge() {
    var frame = Frame(rows: 2, columns: 5)
    frame.put("abcdefgh", row: 0, column: 2)
    frame.put("vwxyz", row: 1, column: -3)
    frame.put("hidden", row: -1, column: 0)
    frame.put("hidden", row: 2, column: 0)
    frame.put("hidden", row: 0, column: 5)
    #expect(frame.lines() == ["  abc", "yz"])
  }

  @Test func putReturnsTheColumnEvenWhenClipped() {
    var frame = Frame(rows: 1, columns: 3)
    #expect(frame.put("abcdef", row: 0, column: 1) == 7)
    #expect(frame.put("ab", row: 5, column: 0) == 2)
  }

  @Test func putUsesTheStyle() {
    var frame = Frame(rows: 1, columns: 6)
    frame.put("ab", row: 0, column: 1, style: .highlight)
    frame.put("c", row: 0, column: 3, style: .bold)
    #expect(frame.styleLines() == [".HHb"])
  }

  @Test func fillCoversARectangleClipped() {
    var frame = Frame(rows: 3, columns: 4)
    frame.fill(Rect(row: 1, column: 2, rows: 5, columns: 5), with: "#", style: .muted)
    #expect(frame.lines() == ["", "  ##", "  ##"])
    #expect(frame.styleLines() == ["", "..MM", "..MM"])
  }

  @Test func fillWithAWideCharacterPlacesWholeCharacters() {
    var frame = Frame(rows: 1, columns: 5)
    frame.fill(with: "日")
    #expect(frame.lines() == ["日日"])
  }

  @Test func restyleKeepsTheText() {
    var frame = Frame(rows: 1, columns: 4)
    frame.put("abcd", row: 0, column: 0)
    frame.restyle(Rect(row: 0, column: 1, rows: 1, columns: 2), style: .reverse)
    #expect(frame.text == "abcd")
    #expect(frame.styleText == ".rr")
  }

  @Test func withinUsesLocalCoordinatesAndClipsToTheRegion() {
    var frame = Frame(rows: 4, columns: 10)
    frame.within(Rect(row: 1, column: 3, rows: 2, columns: 4)) { region in
      #expect(region.area == Rect(row: 0, column: 0, rows: 2, columns: 4))
      region.put("abcdefg", row: 0, column: 0)
      region.put("xy", row: 1, column: -1)
      region.put("never", row: 2, column: 0)
      region.fill(with: ".")
    }
    #expect(frame.lines() == ["", "   ....", "   ....", ""])
    #expect(frame.area == frame.bounds)
  }

  @Test func nestedRegionsIntersect() {
    var frame = Frame(rows: 3, columns: 10)
    frame.within(Rect(row: 0, column: 2, rows: 3, columns: 5)) { outer in
      outer.within(Rect(row: 1, column: 3, rows: 1, columns: 10)) { inner in
        inner.put("123456", row: 0, column: 0)
      }
    }
    #expect(frame.lines() == ["", "     12", ""])
  }

  @Test func framesCompareByCellsNotByRegionState() {
    var drawn = Frame(rows: 2, columns: 3)
    drawn.within(Rect(row: 1, column: 1, rows: 1, columns: 2)) { $0.put("ab", row: 0, column: 0) }
    var direct = Frame(rows: 2, columns: 3)
    direct.put("ab", row: 1, column: 1)
    #expect(drawn == direct)
    #expect(drawn != Frame(rows: 2, columns: 3))
    #expect(Frame(rows: 2, columns: 3) != Frame(rows: 3, columns: 2))
  }

  @Test func subscriptOutsideTheFrameIsBlank() {
    let frame = Frame(rows: 1, columns: 1)
    #expect(frame[-1, 0] == .blank && frame[0, 7] == .blank)
  }

  @Test func alignedTextIsCutWithAnEllipsis() {
    var frame = Frame(rows: 3, columns: 9)
    frame.put("abc", row: 0, alignment: .center)
    frame.put("abc", row: 1, alignment: .trailing)
    frame.put("abcdefghijk", row: 2, alignment: .leading)
    #expect(frame.lines() == ["   abc", "      abc", "abcdefgh…"])
  }

  @Test func rectHelpers() {
    let rect = Rect(row: 1, column: 2, rows: 4, columns: 6)
    #expect(rect.bottom == 5 && rect.right == 8)
    #expect(rect.contains(row: 1, column: 2) && !rect.contains(row: 5, column: 2))
    #expect(rect.inset(rows: 1, columns: 1) == Rect(row: 2, column: 3, rows: 2, columns: 4))
    #expect(rect.inset(rows: 3).isEmpty)
    #expect(
      rect.intersection(Rect(row: 0, column: 0, rows: 2, columns: 3))
        == Rect(row: 1, column: 2, rows: 1, columns: 1))
    #expect(rect.intersection(Rect(row: 9, column: 9, rows: 1, columns: 1)).isEmpty)
    let (top, bottom) = rect.splitRows(at: 1)
    #expect(top == Rect(row: 1, column: 2, rows: 1, columns: 6))
    #expect(bottom == Rect(row: 2, column: 2, rows: 3, columns: 6))
    let (left, right) = rect.splitColumns(at: 10)
    #expect(left == rect && right.isEmpty)
    #expect(rect.description == "1,2 4×6")
  }
}
