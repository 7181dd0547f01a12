import Quiz
import Testing

/// A lesson's own hints (`hints:`) in a quiz: given first, one per `?`, each once; the first
/// is the shape's when both the shape and the cells are asked; then the engine's.
@Suite struct AuthorHintTests {
  static let shapeHint =
    "Lesson hint 1 of 1: No padding and stride 1: the output is (4 − 3 + 1) rows by "
    + "(6 − 3 + 1) columns."
  static let weightsHint =
    "Lesson hint 1 of 2: Only three weights are 1: the window's top-left cell, the one to "
    + "its right, and the one below it."
  static let firstWindowHint =
    "Lesson hint 2 of 2: The first window starts at the top-left corner: 2 + 2 + 0 = 4."

  @Test func theLessonsHintsComeBeforeTheEnginesAndAreGivenOnce() {
    // Exercise 1, quiz 2: only the cells are asked, so both hints are the cells'.
    var session = QuizSession(item: LessonData.item(1, quiz: 1))
    let one = session.respond(to: "?", at: 0)
    #expect(one.kind == .hint)
    #expect(one.line == "Lesson hint 1 of 2: The windows and the products are exactly as before.")
    #expect(
      session.respond(to: "hint", at: 1).text
        == "Lesson hint 2 of 2: Add the bias, 2, to every cell of the previous answer.")
    #expect(session.hintLevel == 0)
    let engine = session.respond(to: "?", at: 2)
    #expect(engine.text.hasPrefix("Hint 1 of 3: The window covers rows 1 to 3, columns 1 to 3"))
    #expect(session.hintLevel == 1)
    #expect(session.respond(to: "6", at: 3).kind == .right)
    #expect(session.filledCells[0] == .right)
    #expect(session.score.hintsUsed == 3)
    // The next cell: the lesson's hints were given, so the engine's come at once.
    let next = session.respond(to: "?", at: 4)
    #expect(next.text.hasPrefix("Hint 1 of 3: The window covers rows 1 to 3, columns 2 to 4"))
    #expect(session.score.hintsUsed == 4)
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

  @Test func withBothAskedTheFirstHintIsTheShapesAndTheOthersTheCells() {
    var session = QuizSession(item: LessonData.item(1))
    #expect(session.respond(to: "?", at: 0).text == Self.shapeHint)
    // The shape's one hint is given: the engine's shape hints follow, not a cell's hint.
    #expect(session.respond(to: "?", at: 1).text.hasPrefix("Hint 1 of 3: Per dimension"))
    #expect(session.respond(to: "2x4", at: 2).kind == .right)
    #expect(session.shapeMark == .right)
    #expect(session.respond(to: "?", at: 3).text == Self.weightsHint)
    #expect(session.respond(to: "4", at: 4).kind == .right)
    // The cells' hints go to the first cells where a hint is asked.
    #expect(session.respond(to: "?", at: 5).text == Self.firstWindowHint)
    let engine = session.respond(to: "?", at: 6)
    #expect(engine.text.hasPrefix("Hint 1 of 3: The window covers rows 1 to 3, columns 2 to 4"))
    #expect(session.score.hintsUsed == 5)
  }

  @Test func aShapeHintNotAskedForIsNeverGiven() {
    var session = QuizSession(item: LessonData.item(1))
    #expect(session.respond(to: "2x4", at: 0).kind == .right)
    #expect(session.shapeMark == .rightFirstTry)
    #expect(session.respond(to: "?", at: 1).text == Self.weightsHint)
    #expect(session.respond(to: "?", at: 2).text == Self.firstWindowHint)
    #expect(session.respond(to: "?", at: 3).text.hasPrefix("Hint 1 of 3: The window covers"))
  }

  @Test func withOnlyTheShapeAskedEveryHintIsTheShapes() {
    let item = LessonData.variant(
      LessonData.item(1), hints: LessonData.item(1).authorHints, asksCells: false)
    var session = QuizSession(item: item)
    let texts = (0..<4).map { session.respond(to: "?", at: Double($0)).text }
    #expect(texts[0].hasPrefix("Lesson hint 1 of 3: No padding and stride 1"))
    #expect(texts[1].hasPrefix("Lesson hint 2 of 3: Only three weights are 1"))
    #expect(texts[2].hasPrefix("Lesson hint 3 of 3: The first window starts"))
    #expect(texts[3].hasPrefix("Hint 1 of 3: Per dimension"))
    #expect(session.score.hintsUsed == 4)
  }

  @Test func aHintOfSeveralLinesIsGivenOnOneLine() {
    let item = LessonData.variant(
      LessonData.item(1, quiz: 1), hints: ["Look at the bias:\n  it is 2,\r\n\nnot 0. "])
    var session = QuizSession(item: item)
    #expect(session.hint().text == "Lesson hint 1 of 1: Look at the bias: it is 2, not 0.")
  }
}
