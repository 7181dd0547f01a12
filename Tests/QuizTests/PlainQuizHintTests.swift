import Testing

@testable import Lessons
@testable import Quiz

/// The plain quiz runner gives each question's hints, the lesson's among the tutor's, one line
/// each, and writes them through its `escape`.
@Suite struct PlainQuizHintTests {
  /// What the runner writes after the introduction, for `answers` to `item`'s questions.
  static func questions(_ item: QuizItem, answers: [String]) -> String {
    var remaining = answers[...]
    var written = ""
    let runner = PlainQuizRunner(
      readLine: { remaining.popFirst() }, write: { written += $0 }, clock: { 0 },
      escape: { "«" + $0 + "»" })
    _ = runner.run(item)
    let introduction = "Cells go row by row, counted from 0 as PyTorch indexes them.\n"
    let start = written.range(of: introduction)?.upperBound ?? written.startIndex
    return String(written[start...])
  }

  @Test func theLessonsHintsComeAtTheirQuestionsAmongTheTutors() {
    let text = Self.questions(LessonData.item(1), answers: ["?", "?", "2x4", "?", "?", "?", "4"])
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.count == 10)
    #expect(lines[0].hasPrefix("Shape of the output? «Hint 1 of 5: Per dimension: "))
    #expect(
      lines[1]
        == "Shape of the output? «Hint 2 of 5 (the lesson's): No padding and stride 1: the "
        + "output is (4 - 3 + 1) rows by (6 - 3 + 1) columns.»")
    #expect(lines[2] == "Shape of the output? «✓ Right: the output has shape (1, 2, 4).»")
    #expect(lines[3].hasPrefix("Row 0, column 0? «Hint 1 of 6: A window is the 3×3 patch"))
    #expect(
      lines[4]
        == "Row 0, column 0? «Hint 2 of 6 (the lesson's): Only three weights are 1: the "
        + "window's top-left cell, the one to its right, and the one below it.»")
    #expect(
      lines[5]
        == "Row 0, column 0? «Hint 3 of 6: The window covers rows 0 to 2, columns 0 to 2: "
        + "2 2 1 / 0 4 0 / 0 4 1. The kernel: 1 1 0 / 1 0 0 / 0 0 0, no bias.»")
    #expect(lines[6] == "Row 0, column 0? «✓ Right: 4.»")
    #expect(lines[7] == "Row 0, column 1? ")
    #expect(lines[8] == "End of input.")
    #expect(lines[9] == "")
  }

  @Test func aDrillHasNoLessonHintsAndGivesTheEnginesAtOnce() {
    var generator = DrillGenerator(seed: 3)
    let item = generator.next(.conv)
    #expect(item.authorHints.isEmpty)
    let text = Self.questions(item, answers: ["?", "?"])
    let lines = text.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines[0].contains("? «Hint 1 of 4: "))
    #expect(lines[1].contains("? «Hint 2 of 4: "))
    #expect(!text.contains("(the lesson's)"))
  }

  /// A layer of two output channels lists both biases, with the channels they belong to
  /// named as a span from 0.
  @Test func theBiasesOfTwoOutputChannelsNameTheirChannels() throws {
    let text = """
      format: 2
      id: two-out
      title: Two out
      summary: Two output channels.
      steps:
        - quiz:
            layer: nn.Conv2d(1, 2, kernel_size=2)
            input: |
              1 2
              3 4
            weight:
              - - |
                  1 0
                  0 1
              - - |
                  0 1
                  1 0
            bias: [3, -1]
            ask: cells
      """
    let read = LessonReader.read(text: text, fileName: "two-out.yaml")
    let quiz = try #require(read.lesson?.quizzes.first, "\(read.diagnostics)")
    var written = ""
    var answers = ["8", "4"][...]
    let runner = PlainQuizRunner(
      readLine: { answers.popFirst() }, write: { written += $0 }, clock: { 0 },
      escape: { $0 })
    _ = runner.run(QuizItem(quiz: quiz, title: "Two out"))
    #expect(written.contains("\nbias: 3, -1 (output channels 0 to 1)\n"), "\(written)")
  }
}
