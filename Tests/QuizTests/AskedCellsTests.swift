import ConvCore
import Testing

@testable import Quiz

/// A quiz that asks only some of the output's cells, as a drill does: exactly those, in
/// row-major order, each answered, missed, given up or typed in a row with its neighbours;
/// the others never shown before the end.
@Suite struct AskedCellsTests {
  /// Exercise 1's first quiz (output 4 7 5 8 / 4 8 4 8), asking the shape and `cells`.
  static func exercise1(asking cells: [Int], shape: Bool = true) -> QuizItem {
    LessonData.variant(LessonData.item(1), asksShape: shape, askedCells: cells)
  }

  @Test func onlyTheAskedCellsAreAskedInOrder() {
    // Given out of order and twice: asked once each, in row-major order.
    let item = Self.exercise1(asking: [7, 2, 1, 4, 2])
    #expect(item.cellsAsked == [1, 2, 4, 7])
    #expect(item.asksSomeCells)
    #expect(item.asks(cell: 4) && !item.asks(cell: 0) && !item.asks(cell: 8))
    var session = QuizSession(item: item, startedAt: 0)
    #expect(session.score.questions == 5)
    #expect(session.question == .shape)
    #expect(session.respond(to: "2x4", at: 1).kind == .right)
    #expect(session.question == .cell(1))
    #expect(session.prompt == "Row 0, column 1")
    #expect(session.respond(to: "7", at: 2).kind == .right)
    #expect(session.question == .cell(2))
    #expect(session.respond(to: "5", at: 3).kind == .right)
    // Row 1, column 0 next: the rest of row 0 is not asked.
    #expect(session.question == .cell(4))
    #expect(session.prompt == "Row 1, column 0")
    #expect(session.respond(to: "4", at: 4).kind == .right)
    #expect(session.question == .cell(7))
    #expect(session.respond(to: "8", at: 5).kind == .right)
    #expect(session.isFinished)
    #expect(
      session.filledCells == [
        1: .rightFirstTry, 2: .rightFirstTry, 4: .rightFirstTry,
        7: .rightFirstTry,
      ])
    #expect(session.score.summary == "Score: 5 of 5 right at the first try; 0 hints; 5 s.")
    #expect(
      session.results.map(\.name) == [
        "Shape of the output", "Row 0, column 1", "Row 0, column 2", "Row 1, column 0",
        "Row 1, column 3",
      ])
  }

  @Test func wrongGivenUpAndHintsAreTheAskedCells() {
    var session = QuizSession(item: Self.exercise1(asking: [2, 5], shape: false))
    #expect(session.question == .cell(2))
    #expect(session.score.questions == 2)
    // The hints are the asked cell's: its window starts at column 2.
    let window = session.respond(to: "?", at: 0)
    #expect(window.kind == .hint)
    #expect(session.respond(to: "?", at: 0).text.contains("columns 2 to 4"))
    let wrong = session.respond(to: "6", at: 1)
    #expect(wrong.kind == .wrong)
    #expect(session.question == .cell(2))
    #expect(session.respond(to: "5", at: 2).kind == .right)
    #expect(session.filledCells == [2: .right])
    let givenUp = session.respond(to: "give up", at: 3)
    #expect(givenUp.kind == .revealed)
    #expect(givenUp.text.hasPrefix("Given up. It is 8: "))
    #expect(session.isFinished)
    #expect(session.filledCells == [2: .right, 5: .gaveUp])
    #expect(
      session.score.summary
        == "Score: 0 of 2 right at the first try, 1 right later, 1 given up; 2 hints; 3 s.")
  }

  @Test func aRowTypedAtOnceCoversTheAskedCellsSideBySide() {
    var session = QuizSession(item: Self.exercise1(asking: [0, 1, 2, 5, 6], shape: false))
    // Cells 0 to 2 are side by side: one line answers them.
    #expect(session.respond(to: "4 7 5", at: 1).text == "Right: all 3 cells.")
    #expect(session.question == .cell(5))
    // Cells 5 and 6 too, but not 7, which is not asked.
    let tooMany = session.respond(to: "8 4 8", at: 2)
    #expect(tooMany.kind == .notAnAnswer)
    #expect(
      tooMany.text
        == "that is 3 numbers, but only 2 cells side by side are asked here; type one number or 2")
    #expect(session.triesLeft == QuizSession.maximumTries)
    let half = session.respond(to: "8 5", at: 3)
    #expect(half.kind == .wrong)
    #expect(half.text.hasPrefix("The first is right; then "))
    #expect(session.question == .cell(6))
    #expect(session.respond(to: "4", at: 4).kind == .right)
    #expect(session.isFinished)
  }

  @Test func oneAskedCellTakesOneNumber() {
    var session = QuizSession(item: Self.exercise1(asking: [1, 3], shape: false))
    let reply = session.respond(to: "7 5", at: 0)
    #expect(reply.kind == .notAnAnswer)
    #expect(reply.text == "that is 2 numbers, but only this cell is asked here; type one number")
    #expect(session.respond(to: "", at: 0).text == "Type a number, ? for a hint, or give up.")
    // With every cell asked, the rest of the row goes on one line, as always.
    var whole = QuizSession(item: LessonData.variant(LessonData.item(1), asksShape: false))
    #expect(
      whole.respond(to: "4 7 5 8 4", at: 0).text
        == "that is 5 numbers, but this row has 4 cells left; type one number or the rest of the row"
    )
  }

  @Test func aCellNotAskedShowsItsErratumOnlyAtTheEnd() {
    // Exercise 2's slide is wrong at cells 0 and 1; only cell 1 is asked.
    let item = LessonData.variant(
      LessonData.item(2), asksShape: false, askedCells: [1, 4], errata: true)
    var session = QuizSession(item: item)
    #expect(session.visibleErrata.isEmpty)
    session.respond(to: "13", at: 0)
    #expect(session.visibleErrata.map(\.subject) == [.cell(1)])
    session.respond(to: "give up", at: 1)
    #expect(session.isFinished)
    #expect(session.visibleErrata.count == item.errata.count)
  }

  @Test func noCellsAskedIsTheShapeAlone() {
    let item = LessonData.variant(LessonData.item(1), asksCells: false, askedCells: [1, 2])
    #expect(item.cellsAsked.isEmpty)
    #expect(!item.asksSomeCells)
    var session = QuizSession(item: item)
    #expect(session.score.questions == 1)
    session.respond(to: "2x4", at: 0)
    #expect(session.isFinished)
  }
}
