import Quiz
import Testing

/// The quiz state machine: shape first, cells in order, tries, hints, giving up, the score.
@Suite struct QuizSessionTests {
  @Test func rightAnswersFillTheCellsInOrder() {
    var session = QuizSession(item: LessonData.item(1), startedAt: 100)
    #expect(session.question == .shape)
    #expect(session.currentStepIndex == nil)
    #expect(session.respond(to: "2x4", at: 101).kind == .right)
    #expect(session.question == .cell(0))
    #expect(session.prompt == "Row 1, column 1")
    #expect(session.respond(to: "4", at: 102).kind == .right)
    #expect(session.filledCells == [0: .rightFirstTry])
    // A whole row at once: the rest of row 1.
    #expect(session.respond(to: "7 5 8", at: 103).kind == .right)
    #expect(session.currentStepIndex == 4)
    #expect(session.respond(to: "4, 8, 4, 8", at: 110).kind == .right)
    #expect(session.isFinished)
    #expect(session.score.rightFirstTry == 9)
    #expect(session.score.questions == 9)
    #expect(session.score.seconds == 10)
    #expect(session.score.summary == "Score: 9 of 9 right at the first try; 0 hints; 10 s.")
  }

  @Test func wrongAnswersAreNamedAndRevealedAfterThreeTries() {
    var session = QuizSession(item: LessonData.item(1))
    session.respond(to: "(1, 2, 4)", at: 0)
    let first = session.respond(to: "5", at: 1)
    #expect(first.kind == .wrong)
    #expect(first.misconception == .addedUncoveredCell)
    #expect(first.line.hasPrefix("✗ You added something the kernel does not cover"))
    #expect(!first.text.contains("4"))
    #expect(session.triesLeft == 2)
    #expect(session.filledCells.isEmpty)
    let notNumber = session.respond(to: "four", at: 2)
    #expect(notNumber.kind == .notAnAnswer)
    #expect(notNumber.text == "not a number: four")
    #expect(session.triesLeft == 2)
    #expect(session.respond(to: "100", at: 3).text == "Not 100. 1 try left; ? gives a hint.")
    let last = session.respond(to: "99", at: 4)
    #expect(last.kind == .revealed)
    #expect(last.text.contains("It is 4: 2×1 + 2×1 + 1×0"))
    #expect(session.filledCells[0] == .revealed)
    #expect(session.question == .cell(1))
    #expect(session.triesLeft == 3)
  }

  @Test func hintsComeInThreeLevelsAndCount() {
    // Without the lesson's own hints (as in a drill), the engine's come at once.
    var session = QuizSession(item: LessonData.variant(LessonData.item(1, quiz: 1)))
    #expect(session.question == .cell(0))
    let one = session.respond(to: "?", at: 0)
    #expect(one.kind == .hint)
    #expect(one.text.hasPrefix("Hint 1 of 3: The window covers rows 1 to 3, columns 1 to 3"))
    #expect(one.text.contains("2 2 1 / 0 4 0 / 0 4 1"))
    #expect(one.text.contains("The kernel: 1 1 0 / 1 0 0 / 0 0 0, bias 2."))
    let two = session.hint()
    #expect(two.text.contains("2×1 + 2×1 + 1×0 + 0×1 + 4×0 + 0×0 + 0×0 + 4×0 + 1×0 + 2 (bias)."))
    #expect(!two.text.contains("= 6"))
    let three = session.respond(to: "hint", at: 1)
    #expect(three.text.hasSuffix("+ 2 (bias) = 6."))
    #expect(session.hintLevel == 3)
    #expect(session.respond(to: "6", at: 2).kind == .right)
    #expect(session.filledCells[0] == .right)
    #expect(session.score.hintsUsed == 3)
    #expect(session.hintLevel == 0)
  }

  @Test func givingUpShowsTheValueAndMovesOn() {
    var session = QuizSession(item: LessonData.item(4))
    let feedback = session.respond(to: "give up", at: 0)
    #expect(feedback.kind == .revealed)
    #expect(feedback.text.contains("(1, 3, 3)"))
    #expect(session.shapeMark == .gaveUp)
    #expect(session.question == .cell(0))
    #expect(session.respond(to: "0 43 43 191", at: 1).kind == .notAnAnswer)
    let partly = session.respond(to: "0 43 42", at: 1)
    #expect(partly.kind == .wrong)
    #expect(partly.text.hasPrefix("The first 2 are right; then not 42."))
    #expect(session.filledCells == [0: .rightFirstTry, 1: .rightFirstTry])
    #expect(session.score.gaveUp == 1)
  }

  @Test func namesOfCells() {
    #expect(QuizSession.cellName(5, shape: [1, 2, 4]) == "Row 2, column 2")
    #expect(QuizSession.cellName(5, shape: [2, 2, 2]) == "Channel 2, row 1, column 2")
    #expect(QuizSession.cellName(3, shape: [6]) == "Element 4")
  }
}
