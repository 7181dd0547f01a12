import Foundation
import Testing

/// `convtutor quiz ID --lessons FOLDER --plain` on a teacher's lesson with hints (format 1):
/// `?` gives each question's hints, general first, the lesson's escaped among the tutor's.
@Suite struct QuizHintCommandTests {
  /// A max pooling quiz whose hints hold an escape sequence (OSC 52, the clipboard).
  static let lesson = #"""
    format: 1
    id: pool-hints
    title: Pooling with hints
    summary: A quiz whose hints the learner asks for.
    steps:
      - quiz:
          layer: nn.MaxPool2d(kernel_size=2)
          input: |
            1 2 3 4
            5 6 7 8
            9 10 11 12
            13 14 15 16
          ask: both
          hints:
            - "Windows of 2×2 with stride 2: the output is 2 by 2."
            - "Each cell is the largest value of its window \e]52;c;ZXZpbA==\a."
          expect:
            shape: [1, 2, 2]
            cells: |
              6 8
              14 16
    """#

  @Test func theLessonsHintsComeAtTheirQuestionsEscaped() throws {
    let folder = try QuizCommandTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let lessons = folder + "/lessons"
    try FileManager.default.createDirectory(atPath: lessons, withIntermediateDirectories: true)
    try Self.lesson.write(toFile: lessons + "/pool.yaml", atomically: true, encoding: .utf8)
    let result = try BuiltBinary.run(
      ["quiz", "pool-hints", "--lessons", lessons, "--plain"],
      input: "?\n?\n?\n?\n2x2\n?\n?\n?\n6\n8\n14 16\n",
      environment: QuizCommandTests.environment(folder + "/data"))
    #expect(result.status == 0)
    #expect(result.standardError == "")
    #expect(!result.standardOutput.contains("\u{1B}"))
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    let asked = lines.drop { !$0.hasPrefix("Shape of the output? ") }
    // The shape's hint states the shape (2 by 2): it comes after the formula worked out.
    #expect(
      asked.dropFirst(2).first == "Shape of the output? Hint 3 of 5: Worked out: rows "
        + "⌊2 / 2⌋ + 1, columns ⌊2 / 2⌋ + 1.")
    #expect(
      Array(asked.dropFirst(3).prefix(6)) == [
        "Shape of the output? Hint 4 of 5 (the lesson's): Windows of 2×2 with stride 2: the "
          + "output is 2 by 2.",
        "Shape of the output? ✓ Right: the output has shape (1, 2, 2).",
        "Row 0, column 0? Hint 1 of 5: A window is the 2×2 patch of the input under the kernel; "
          + "it moves by the stride (2 cells) from one output cell to the next. Max pooling "
          + "keeps the largest value of the window.",
        "Row 0, column 0? Hint 2 of 5 (the lesson's): Each cell is the largest value of its "
          + "window \\e]52;c;ZXZpbA==\\x07.",
        "Row 0, column 0? Hint 3 of 5: The window covers rows 0 to 1, columns 0 to 1: "
          + "1 2 / 5 6. Take the largest value.",
        "Row 0, column 0? ✓ Right: 6.",
      ])
    #expect(
      result.standardOutput.contains(
        "Score: 3 of 5 right at the first try, 2 right later; 7 hints;"))
  }
}
