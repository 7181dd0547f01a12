import ConvCore
import Testing

@testable import Quiz

/// The quiz state machine: shape first, cells in order, tries, hints, giving up, the score.
@Suite struct QuizSessionTests {
  @Test func rightAnswersFillTheCellsInOrder() {
    var session = QuizSession(item: LessonData.item(1), startedAt: 100)
    #expect(session.question == .shape)
    #expect(session.currentStepIndex == nil)
    #expect(session.respond(to: "2x4", at: 101).kind == .right)
    #expect(session.question == .cell(0))
    #expect(session.prompt == "Row 0, column 0")
    #expect(session.respond(to: "4", at: 102).kind == .right)
    #expect(session.filledCells == [0: .rightFirstTry])
    // A whole row at once: the rest of row 0.
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

  @Test func hintsGoFromTheRuleToTheResultAndCount() {
    // Without the lesson's own hints (as in a drill): the tutor's four.
    var session = QuizSession(item: LessonData.variant(LessonData.item(1, quiz: 1)))
    #expect(session.question == .cell(0))
    let rule = session.respond(to: "?", at: 0)
    #expect(rule.kind == .hint)
    #expect(rule.text.hasPrefix("Hint 1 of 4: A window is the 3×3 patch of the input under"))
    #expect(rule.text.hasSuffix("adds up the products, then the bias."))
    let window = session.hint()
    #expect(
      window.text
        == "Hint 2 of 4: The window covers rows 0 to 2, columns 0 to 2: 2 2 1 / 0 4 0 / 0 4 1. "
        + "The kernel: 1 1 0 / 1 0 0 / 0 0 0, bias 2.")
    let products = session.hint()
    #expect(
      products.text
        == "Hint 3 of 4: The products to add up: 2×1 + 2×1 + 1×0 + 0×1 + 4×0 + 0×0 + 0×0 + 4×0 "
        + "+ 1×0 + 2 (bias).")
    let last = session.respond(to: "hint", at: 1)
    #expect(last.text.hasPrefix("Hint 4 of 4 (the last): The whole arithmetic: 2×1"))
    #expect(last.text.hasSuffix("+ 2 (bias) = 6."))
    #expect(session.hintsOnQuestion == 4)
    // Past the last, the last again, not counted again.
    #expect(session.hint().text == last.text)
    #expect(session.score.hintsUsed == 4)
    #expect(session.respond(to: "6", at: 2).kind == .right)
    #expect(session.filledCells[0] == .right)
    #expect(session.hintsOnQuestion == 0)
  }

  @Test func theShapesHintsGiveTheFormulaBeforeItsNumbersAndItsResultLast() {
    var session = QuizSession(item: LessonData.variant(LessonData.item(2)))
    let hints = (0..<4).map { _ in session.hint().text }
    #expect(hints[0].hasPrefix("Hint 1 of 4: Per dimension: ⌊(n + 2·p - k) / s⌋ + 1"))
    #expect(
      hints[1]
        == "Hint 2 of 4: With this call's numbers: rows ⌊(5 + 2·1 - 3) / 1⌋ + 1, columns "
        + "⌊(3 + 2·1 - 3) / 1⌋ + 1; 1 channel (out_channels).")
    #expect(hints[2] == "Hint 3 of 4: Worked out: rows ⌊4 / 1⌋ + 1, columns ⌊2 / 1⌋ + 1.")
    #expect(
      hints[3]
        == "Hint 4 of 4 (the last): Rows ⌊(5 + 2·1 - 3) / 1⌋ + 1 = 5, columns "
        + "⌊(3 + 2·1 - 3) / 1⌋ + 1 = 3, so the shape is (1, 5, 3).")
    #expect(!hints.prefix(3).contains { $0.contains("(1, 5, 3)") })
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

  @Test func aTwoChannelQuestionNamesItsChannelAndIndexFromZero() throws {
    var layer = try Conv2d(inChannels: 2, outChannels: 2, kernelSize: .single(2))
    layer.weight = Tensor(shape: [2, 2, 2, 2], scalars: (0..<16).map { Double($0 % 3) })
    let input = Tensor(shape: [2, 3, 3], scalars: (0..<18).map(Double.init))
    let item = QuizItem(
      title: "Two channels", narration: nil, layerText: "nn.Conv2d(2, 2, kernel_size=2)",
      steps: try layer.steps(for: input), asksShape: false, asksCells: true)
    var session = QuizSession(item: item)
    #expect(session.prompt == "Channel 0, row 0, column 0 — output[0, 0, 0]")
    for index in 0..<4 {
      session.respond(to: "give up", at: Double(index))
    }
    #expect(session.prompt == "Channel 1, row 0, column 0 — output[1, 0, 0]")
    // The window of a two-channel kernel: each input channel named from 0.
    let rule = session.hint()
    #expect(rule.text.hasPrefix("Hint 1 of 4: A window is the 2×2 patch"))
    #expect(rule.text.contains("adds up the products of every input channel, then the bias."))
    #expect(session.hint().text.contains("channel 0: 0 1 / 3 4; channel 1: 9 10 / 12 13."))
  }
}
