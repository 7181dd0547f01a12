import Testing

@testable import Lessons
@testable import Quiz

/// The one rule for when an erratum is visible (``QuizSession/isVisible(_:)``): a cell's once
/// that cell is answered, the shape's once the shape is, the grid's and the author's remark
/// once every question is, the kernel's from the start.
@Suite struct ErratumVisibilityTests {
  static func subjects(_ session: QuizSession) -> [Erratum.Subject] {
    session.visibleErrata.map(\.subject)
  }

  @Test(arguments: [(2, 0), (2, 1), (5, 0), (5, 1)])
  func noErratumOfTheExercisesBeforeTheFirstAnswer(exercise: Int, quiz: Int) {
    let session = QuizSession(item: LessonData.item(exercise, quiz: quiz))
    #expect(!session.item.errata.isEmpty)
    #expect(session.visibleErrata.isEmpty)
  }

  @Test func eachCellsErratumOnceThatCellIsAnsweredTheRemarkAtTheEnd() {
    var session = QuizSession(item: LessonData.item(2))
    session.respond(to: "5x3", at: 0)
    #expect(session.visibleErrata.isEmpty)
    session.respond(to: "11", at: 1)
    #expect(Self.subjects(session) == [.cell(0)])
    // Shown after the last try, or given up, is answered too.
    session.respond(to: "give up", at: 2)
    for attempt in 0..<3 { session.respond(to: "100", at: Double(3 + attempt)) }
    #expect(Self.subjects(session) == [.cell(0), .cell(1), .cell(2)])
    for index in 3..<15 { session.respond(to: "give up", at: Double(index + 10)) }
    #expect(session.isFinished)
    #expect(session.visibleErrata.count == session.item.errata.count)
    #expect(Self.subjects(session).last == .remark)
  }

  @Test func theShapesErratumOnceTheShapeIsAnsweredOrFromTheStartWhenNotAsked() throws {
    let read = LessonReader.read(text: Self.lesson(ask: "both"), fileName: "label.yaml")
    let quiz = try #require(read.lesson?.quizzes.first)
    var session = QuizSession(item: QuizItem(quiz: quiz, title: "Label"))
    #expect(Self.subjects(session) == [.weight])
    session.respond(to: "9x9", at: 0)
    #expect(Self.subjects(session) == [.weight])
    session.respond(to: "2x2", at: 1)
    #expect(Self.subjects(session) == [.shape, .weight])
    let cells = try #require(
      LessonReader.read(text: Self.lesson(ask: "cells"), fileName: "label.yaml").lesson?
        .quizzes.first)
    #expect(
      Self.subjects(QuizSession(item: QuizItem(quiz: cells, title: "Label")))
        == [.shape, .weight])
  }

  @Test func theRuleIsPlainModes() throws {
    let read = LessonReader.read(text: Self.lesson(ask: "both"), fileName: "label.yaml")
    let quiz = try #require(read.lesson?.quizzes.first)
    var written = ""
    var answers = ["9x9", "2x2"][...]
    let runner = PlainQuizRunner(
      readLine: { answers.popFirst() }, write: { written += $0 }, clock: { 0 }, escape: { $0 })
    _ = runner.run(QuizItem(quiz: quiz, title: "Label"))
    let question = try #require(written.range(of: "Type a number"))
    #expect(written[..<question.lowerBound].contains("Erratum: the slide draws the kernel"))
    #expect(!written[..<question.lowerBound].contains("labels the output"))
    #expect(written.contains("(1, 2, 2).\nErratum: the slide labels the output 3 x 3"))
  }

  /// A 2×2 convolution of a 3×3 input (a 2×2 output, with a bias) whose slide labels it
  /// `3 x 3` and draws another kernel.
  static func lesson(ask: String) -> String {
    """
    format: 2
    id: label
    title: Label
    summary: A slide with a wrong size label and kernel.
    steps:
      - quiz:
          layer: nn.Conv2d(1, 1, kernel_size=2)
          input: |
            1 2 0
            0 1 3
            2 1 1
          weight: |
            1 0
            0 1
          bias: 1
          ask: \(ask)
          slide:
            shape: 3 x 3
            weight: |
              0 1
              1 0
    """
  }
}
