import Testing

@testable import TerminalUI

@Suite struct BoxTests {
  @Test func aBoxHasUnicodeCornersAndEdges() {
    var frame = Frame(rows: 4, columns: 6)
    frame.box(Rect(row: 0, column: 1, rows: 4, columns: 5))
    #expect(
      frame.text == """
         ┌───┐
         │   │
         │   │
         └───┘
        """)
  }

  @Test func aTitleSitsInTheTopEdgeAndIsCut() {
    var frame = Frame(rows: 3, columns: 12)
    frame.box(
      Rect(row: 0, column: 0, rows: 3, columns: 12), title: "Input 6×6 padded", style: .muted)
    #expect(frame.lines() == ["┌ Input 6… ┐", "│          │", "└──────────┘"])
    #expect(frame.styleLines()[1] == "M..........M")
  }

  @Test func aTitleCanHaveItsOwnStyle() {
    var frame = Frame(rows: 2, columns: 10)
    frame.box(Rect(row: 0, column: 0, rows: 2, columns: 10), title: "K", titleStyle: .bold)
    #expect(frame.lines() == ["┌ K ─────┐", "└────────┘"])
    #expect(frame.styleLines() == [".bbb", ""])
  }

  @Test func otherLineStyles() {
    var frame = Frame(rows: 2, columns: 12)
    frame.box(Rect(row: 0, column: 0, rows: 2, columns: 3), lines: .double)
    frame.box(Rect(row: 0, column: 3, rows: 2, columns: 3), lines: .heavy)
    frame.box(Rect(row: 0, column: 6, rows: 2, columns: 3), lines: .rounded)
    frame.box(Rect(row: 0, column: 9, rows: 2, columns: 3), lines: .ascii)
    #expect(frame.lines() == ["╔═╗┏━┓╭─╮+-+", "╚═╝┗━┛╰─╯+-+"])
  }

  @Test func aBoxTooSmallDrawsNothing() {
    var frame = Frame(rows: 3, columns: 3)
    frame.box(Rect(row: 0, column: 0, rows: 1, columns: 3))
    frame.box(Rect(row: 0, column: 0, rows: 3, columns: 1))
    #expect(frame == Frame(rows: 3, columns: 3))
  }

  @Test func aBoxIsClippedByTheFrameAndByRegions() {
    var frame = Frame(rows: 3, columns: 8)
    frame.box(Rect(row: 1, column: 4, rows: 4, columns: 6))
    frame.within(Rect(row: 0, column: 0, rows: 2, columns: 3)) { region in
      region.box(Rect(row: 0, column: 0, rows: 3, columns: 4))
    }
    #expect(frame.lines() == ["┌──", "│   ┌───", "    │"])
  }

  @Test func boxesInsideBoxes() {
    var frame = Frame(rows: 5, columns: 9)
    let outer = Rect(row: 0, column: 0, rows: 5, columns: 9)
    frame.box(outer)
    frame.within(outer.inset(rows: 1, columns: 1)) { inside in
      inside.box(Rect(row: 0, column: 1, rows: 3, columns: 5), style: .highlight)
      inside.put("x", row: 1, column: 3)
    }
    #expect(
      frame.lines() == [
        "┌───────┐",
        "│ ┌───┐ │",
        "│ │ x │ │",
        "│ └───┘ │",
        "└───────┘",
      ])
    #expect(frame.styleLines() == ["", "..HHHHH", "..H...H", "..HHHHH", ""])
  }

  @Test func linesAlone() {
    var frame = Frame(rows: 3, columns: 4)
    frame.horizontalLine(row: 0, column: 0, length: 4)
    frame.verticalLine(row: 0, column: 3, length: 3, lines: .heavy)
    #expect(frame.lines() == ["───┃", "   ┃", "   ┃"])
  }
}
