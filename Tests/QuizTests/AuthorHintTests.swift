import Testing

@testable import Lessons
@testable import Quiz

/// A lesson's own hints in a quiz: each belongs to a question (the shape, any cell, or one
/// cell) and is given there, among the tutor's, general first; a hint that states the value
/// comes after the tutor's products.
@Suite struct AuthorHintTests {
  /// The texts of every hint of the current question, in order (asked for until the last).
  static func hints(_ session: inout QuizSession) -> [String] {
    var texts: [String] = []
    while texts.last?.contains("(the last)") != true, texts.count < 20 {
      texts.append(session.hint().text)
    }
    return texts
  }

  @Test func theShapesHintComesAfterTheRuleAndTheCellsHintsAtTheirCells() {
    // Exercise 1: one hint for the shape, one for any cell, one for row 0, column 0.
    var session = QuizSession(item: LessonData.item(1))
    let shape = Self.hints(&session)
    #expect(shape.count == 5)
    #expect(shape[0].hasPrefix("Hint 1 of 5: Per dimension"))
    #expect(
      shape[1]
        == "Hint 2 of 5 (the lesson's): No padding and stride 1: the output is (4 - 3 + 1) rows "
        + "by (6 - 3 + 1) columns.")
    #expect(shape[2].hasPrefix("Hint 3 of 5: With this call's numbers"))
    #expect(session.respond(to: "2x4", at: 0).kind == .right)
    let first = Self.hints(&session)
    #expect(first.count == 6)
    #expect(first[0].hasPrefix("Hint 1 of 6: A window is"))
    #expect(first[1].hasPrefix("Hint 2 of 6 (the lesson's): Only three weights are 1"))
    #expect(first[2].hasPrefix("Hint 3 of 6: The window covers rows 0 to 2, columns 0 to 2"))
    #expect(first[3].hasPrefix("Hint 4 of 6: The products to add up"))
    // `2 + 2 + 0 = 4` states the value: after the products, before the result.
    #expect(
      first[4]
        == "Hint 5 of 6 (the lesson's): The first window starts at the top-left corner: "
        + "2 + 2 + 0 = 4.")
    #expect(first[5].hasPrefix("Hint 6 of 6 (the last): The whole arithmetic"))
    #expect(session.respond(to: "4", at: 1).kind == .right)
    // The next cell: the hint for any cell was given, and the first cell's is not its own.
    let second = Self.hints(&session)
    #expect(second.count == 4)
    #expect(!second.contains { $0.contains("(the lesson's)") })
    #expect(second[1].hasPrefix("Hint 2 of 4: The window covers rows 0 to 2, columns 1 to 3"))
  }

  @Test func aHintForAnyCellNotAskedForWaitsForTheNextCell() {
    var session = QuizSession(item: LessonData.item(1))
    #expect(session.respond(to: "2x4", at: 0).kind == .right)
    #expect(session.respond(to: "4", at: 1).kind == .right)
    let second = Self.hints(&session)
    #expect(second.count == 5)
    #expect(second[1].hasPrefix("Hint 2 of 5 (the lesson's): Only three weights are 1"))
    #expect(!second.contains { $0.contains("top-left corner") })
  }

  @Test func theValueOfTheFirstCellNeverComesBeforeTheWindow() {
    // Exercise 2: `… plus the bias 2, is 11` is the first cell's, and states its value.
    var session = QuizSession(item: LessonData.item(2))
    session.respond(to: "5x3", at: 0)
    let hints = Self.hints(&session)
    let value = hints.firstIndex { $0.contains("is 11.") }
    let window = hints.firstIndex { $0.contains("The window covers rows -1 to 1") }
    let products = hints.firstIndex { $0.contains("The products to add up") }
    #expect(value != nil && window != nil && products != nil)
    #expect(window! < products! && products! < value!)
    #expect(
      hints[1]
        == "Hint 2 of 6 (the lesson's): The first window covers the top-left corner of the "
        + "padded grid: its top row and left column are zeros.")
  }

  @Test func aHintForOneCellIsGivenOnlyThere() {
    let item = LessonData.variant(
      LessonData.item(1, quiz: 1), hints: [LessonHint("Look at column 2.", for: .cell(2))])
    var session = QuizSession(item: item)
    for index in 0..<2 {
      #expect(!Self.hints(&session).contains { $0.contains("Look at column 2.") })
      session.respond(to: "give up", at: Double(index))
    }
    #expect(session.question == .cell(2))
    let rule = HintWriter.cellHints(step: 2, of: item.steps)[0]
    #expect(session.hint().text == "Hint 1 of 5: " + rule)
    #expect(session.hint().text == "Hint 2 of 5 (the lesson's): Look at column 2.")
  }

  @Test func aLessonHintAloneMakesTheAnswerNotFirstTry() {
    var session = QuizSession(item: LessonData.item(1, quiz: 1))
    session.respond(to: "?", at: 0)
    #expect(session.hintsOnQuestion == 1)
    #expect(session.respond(to: "6", at: 1).kind == .right)
    #expect(session.filledCells[0] == .right)
    #expect(session.hintsOnQuestion == 0)
    #expect(session.respond(to: "9", at: 2).kind == .right)
    #expect(session.filledCells[1] == .rightFirstTry)
    #expect(session.score.rightFirstTry == 1)
    #expect(session.score.rightLater == 1)
    #expect(session.score.hintsUsed == 1)
  }

  @Test func aShapeHintNotAskedForIsNeverGiven() {
    var session = QuizSession(item: LessonData.item(1))
    #expect(session.respond(to: "2x4", at: 0).kind == .right)
    #expect(session.shapeMark == .rightFirstTry)
    #expect(!Self.hints(&session).contains { $0.contains("No padding and stride 1") })
  }

  @Test func aHintOfSeveralLinesIsGivenOnOneLine() {
    let item = LessonData.variant(
      LessonData.item(1, quiz: 1),
      hints: [LessonHint("Look at the bias:\n  it is 2,\r\n\nnot 0. ", for: .cells)])
    var session = QuizSession(item: item)
    _ = session.hint()
    #expect(session.hint().text == "Hint 2 of 5 (the lesson's): Look at the bias: it is 2, not 0.")
  }
}

/// A number that names a place (`channel 1`, `row 0`) states no value: only numbers that can
/// be a question's answer or sum make a lesson hint wait for the products.
@Suite struct HintValueTests {
  @Test func aPlaceIsNotAValue() {
    let numbers = QuestionHints.numbers(in: "Channel 1 sums all four cells; row 0 gives 11.")
    #expect(numbers.map(\.value) == [11])
    #expect(QuestionHints.numbers(in: "(0 + 30 + 191) - (43 + 230 + 0) = -52").count == 7)
    #expect(QuestionHints.numbers(in: "at position 3, the value -2").map(\.value) == [-2])
  }
}
