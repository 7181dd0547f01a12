import Quiz
import Testing

/// The plain quiz runner gives the lesson's hints before the engine's, one line each, and
/// writes them through its `escape`.
@Suite struct PlainQuizHintTests {
  /// What the runner writes after the introduction, for `answers` to `item`'s questions.
  static func questions(_ item: QuizItem, answers: [String]) -> String {
    var remaining = answers[...]
    var written = ""
    let runner = PlainQuizRunner(
      readLine: { remaining.popFirst() }, write: { written += $0 }, clock: { 0 },
      escape: { "«" + $0 + "»" })
    _ = runner.run(item)
    let introduction = "Cells go row by row, counted from 1.\n"
    let start = written.range(of: introduction)?.upperBound ?? written.startIndex
    return String(written[start...])
  }

  @Test func theLessonsHintsComeFirstThenTheEnginesForTheCell() {
    let text = Self.questions(LessonData.item(1), answers: ["?", "2x4", "?", "?", "?", "4"])
    let expected = [
      "Shape of the output? «Lesson hint 1 of 1: No padding and stride 1: the output is "
        + "(4 − 3 + 1) rows by (6 − 3 + 1) columns.»",
      "Shape of the output? «✓ Right: the output has shape (1, 2, 4).»",
      "Row 1, column 1? «Lesson hint 1 of 2: Only three weights are 1: the window's top-left "
        + "cell, the one to its right, and the one below it.»",
      "Row 1, column 1? «Lesson hint 2 of 2: The first window starts at the top-left corner: "
        + "2 + 2 + 0 = 4.»",
      "Row 1, column 1? «Hint 1 of 3: The window covers rows 1 to 3, columns 1 to 3: "
        + "2 2 1 / 0 4 0 / 0 4 1. The kernel: 1 1 0 / 1 0 0 / 0 0 0, no bias.»",
      "Row 1, column 1? «✓ Right: 4.»",
      "Row 1, column 2? ",
      "End of input.",
      "",
    ]
    #expect(text == expected.joined(separator: "\n"))
  }

  @Test func aDrillHasNoLessonHintsAndGivesTheEnginesAtOnce() {
    var generator = DrillGenerator(seed: 3)
    let item = generator.next(.conv)
    #expect(item.authorHints.isEmpty)
    let text = Self.questions(item, answers: ["?", "?"])
    let lines = text.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines[0].contains("? «Hint 1 of 3: "))
    #expect(lines[1].contains("? «Hint 2 of 3: "))
    #expect(!text.contains("Lesson hint"))
  }
}
