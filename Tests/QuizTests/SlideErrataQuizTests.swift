import Testing

@testable import Lessons
@testable import Quiz

/// A quiz meets the slide's mistakes: an answer that is the slide's wrong value is named as
/// the slide's, and plain mode shows each erratum once its question is answered, as the
/// workspace does.
@Suite struct SlideErrataQuizTests {
  /// What the plain runner writes for `answers` to `item`.
  static func plain(_ item: QuizItem, answers: [String]) -> String {
    var remaining = answers[...]
    var written = ""
    let runner = PlainQuizRunner(
      readLine: { remaining.popFirst() }, write: { written += $0 }, clock: { 0 },
      escape: { $0 })
    _ = runner.run(item)
    return written
  }

  @Test func theSlidesValueIsNamedWithoutGivingTheAnswer() {
    // Exercise 2, stride 1: the slide prints 7 where PyTorch computes 11.
    var session = QuizSession(item: LessonData.item(2))
    session.respond(to: "5x3", at: 0)
    let reply = session.respond(to: "7", at: 1)
    #expect(reply.kind == .wrong)
    #expect(
      reply.text
        == "Not 7: that is what the slide prints, but the slide is wrong here. 2 tries left; "
        + "? gives a hint.")
    // A wrong value the slide does not print stays a plain "Not".
    #expect(session.respond(to: "8", at: 2).text == "Not 8. 1 try left; ? gives a hint.")
  }

  @Test func theSlidesPooled297IsNamed() {
    // Exercise 5's pooling: the slide prints 34 206 / 657 297 for -52 120 / 248 44.
    var session = QuizSession(item: LessonData.item(5, quiz: 1))
    session.respond(to: "2x2", at: 0)
    session.respond(to: "-52 120", at: 1)
    session.respond(to: "248", at: 1)
    let reply = session.respond(to: "297", at: 2)
    #expect(reply.text.hasPrefix("Not 297: that is what the slide prints"))
    #expect(!reply.text.contains("44"))
  }

  @Test func plainModeShowsEachCellsErratumOnceAnswered() throws {
    let text = Self.plain(LessonData.item(2), answers: ["5x3", "11 13"])
    let lines = text.split(separator: "\n").map(String.init)
    // Nothing before the first answer, not even the remark about the slide's grid.
    let answer = try #require(lines.firstIndex { $0.contains("✓ Right: both cells.") })
    #expect(!lines[..<answer].contains { $0.hasPrefix("Erratum:") })
    let after = lines[answer...].filter { $0.hasPrefix("Erratum:") }
    #expect(after.count == 2)
    #expect(after.first?.hasPrefix("Erratum: the slide prints 7 for row 0, column 0;") == true)
    #expect(after.last?.hasPrefix("Erratum: the slide prints 6 for row 0, column 1;") == true)
    // The third cell is not answered: its erratum (9 for 12) is not shown, nor the remark.
    #expect(!text.contains("the slide prints 9 for row 0, column 2"))
    #expect(!text.contains("The slide's answer grid does not follow"))
  }

  @Test func plainModeShowsTheRemarkOnceEveryQuestionIsAnswered() throws {
    let answers = [
      "5x5", "-250 -243 82 22 168", "-288 -52 120 -59 168", "-288 197 44 -317 244",
      "-231 248 29 -98 202", "-193 57 -9 -17",
    ]
    let text = Self.plain(LessonData.item(5), answers: answers + ["202"])
    let last = try #require(text.range(of: "✓ Right: 202."))
    let remark = "Erratum: Only the first row and a few cells of the slide's edge map follow"
    #expect(!text[..<last.lowerBound].contains(remark))
    #expect(text[last.upperBound...].contains(remark))
    let unfinished = Self.plain(LessonData.item(5), answers: answers)
    #expect(!unfinished.contains(remark))
  }

  @Test func plainModeKeepsTheShapeLabelUntilTheShapeIsAnswered() throws {
    let read = LessonReader.read(text: Self.shapeLabelLesson, fileName: "label.yaml")
    let quiz = try #require(read.lesson?.quizzes.first)
    let text = Self.plain(QuizItem(quiz: quiz, title: "Label"), answers: ["9x9", "2x2"])
    let label = "Erratum: the slide labels the output 3 x 3; it is 2×2"
    let wrong = try #require(text.range(of: "✗ "))
    let right = try #require(text.range(of: "✓ Right: the output has shape (1, 2, 2).\n"))
    #expect(!text[..<wrong.lowerBound].contains("Erratum"))
    #expect(text[right.upperBound...].hasPrefix(label))
  }

  /// A quiz whose slide labels its 2×2 output `3 x 3`.
  static let shapeLabelLesson = """
    format: 1
    id: label
    title: Label
    summary: A slide with a wrong size label.
    steps:
      - quiz:
          layer: nn.MaxPool2d(kernel_size=2)
          input: |
            1 2 0 1
            0 1 3 2
            2 1 1 0
            1 0 2 3
          slide:
            shape: 3 x 3
    """
}
