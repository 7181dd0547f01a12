import Testing

@testable import Lessons

/// Hints and their questions: a format-1 file reads as it always did (the first hint of
/// `ask: both` is the shape's, the others any cell's); format 2 lets a hint name its question.
@Suite struct HintFormatTests {
  static func quiz(format: Int, ask: String, hints: String) -> String {
    """
    format: \(format)
    id: hints
    title: Hints
    summary: Hints and their questions.
    steps:
      - quiz:
          layer: nn.MaxPool2d(kernel_size=2)
          input: |
            1 2 0 1
            0 1 3 2
            2 1 1 0
            1 0 2 3
          ask: \(ask)
          hints:
    \(hints)
    """
  }

  static func hints(_ text: String) throws -> [LessonHint] {
    let result = LessonReader.read(text: text, fileName: "hints.yaml")
    #expect(result.diagnostics == [])
    return try #require(result.lesson?.quizzes.first).hints
  }

  @Test(arguments: [1, 2])
  func textHintsArePlacedByOrder(format: Int) throws {
    let texts = "        - One.\n        - Two.\n        - Three."
    #expect(
      try Self.hints(Self.quiz(format: format, ask: "both", hints: texts)) == [
        LessonHint("One.", for: .shape), LessonHint("Two.", for: .cells),
        LessonHint("Three.", for: .cells),
      ])
    #expect(
      try Self.hints(Self.quiz(format: format, ask: "cells", hints: texts)).map(\.question)
        == [.cells, .cells, .cells])
    #expect(
      try Self.hints(Self.quiz(format: format, ask: "shape", hints: texts)).map(\.question)
        == [.shape, .shape, .shape])
  }

  @Test func format2HintsNameTheirQuestion() throws {
    let hints = """
              - for: cells
                text: Any cell.
              - for: [1, 0]
                text: Row 1, column 0.
              - for: [0, 0, 1]
                text: The whole index.
              - for: shape
                text: The shape.
      """
    #expect(
      try Self.hints(Self.quiz(format: 2, ask: "both", hints: hints)) == [
        LessonHint("Any cell.", for: .cells), LessonHint("Row 1, column 0.", for: .cell(2)),
        LessonHint("The whole index.", for: .cell(1)), LessonHint("The shape.", for: .shape),
      ])
  }

  @Test func aHintOnACellThatDoesNotExistIsReportedAtItsPlace() {
    let hints = "        - for: [2, 0]\n          text: Row 2."
    let result = LessonReader.read(
      text: Self.quiz(format: 2, ask: "cells", hints: hints), fileName: "hints.yaml")
    #expect(result.lesson == nil)
    #expect(
      result.diagnostics.map(\.rendered) == [
        "hints.yaml:15:16: error: there is no cell [2, 0]: the output (shape (1, 2, 2)) has "
          + "indices up to [1, 1], counted from 0"
      ])
  }

  /// The diagnostics of a format-2 quiz asking `ask` with `hints`, as `lesson check` prints
  /// them.
  static func problems(ask: String, hints: String) -> [String] {
    LessonReader.read(text: quiz(format: 2, ask: ask, hints: hints), fileName: "hints.yaml")
      .diagnostics.map(\.rendered)
  }

  /// A hint for a question the quiz does not ask is refused at its `for:`, naming the
  /// question and the `ask:` that leaves it out; a cell that is not a list of indices too.
  @Test func aHintForAQuestionNotAskedIsReportedAtItsPlace() {
    let forShape = "        - for: shape\n          text: The shape."
    #expect(
      Self.problems(ask: "cells", hints: forShape) == [
        "hints.yaml:15:16: error: a hint `for: shape`, but this quiz does not ask the shape "
          + "(`ask: cells`)"
      ])
    let forCells = """
              - for: cells
                text: Any cell.
              - for: [0, 1]
                text: One cell.
      """
    #expect(
      Self.problems(ask: "shape", hints: forCells) == [
        "hints.yaml:15:16: error: a hint `for: cells`, but this quiz does not ask the cells "
          + "(`ask: shape`)",
        "hints.yaml:17:16: error: a hint for a cell, but this quiz does not ask the cells "
          + "(`ask: shape`)",
      ])
    let notIndices =
      "        - for: [row, 1]\n          text: A name.\n        - for: []\n"
      + "          text: Nothing."
    #expect(
      Self.problems(ask: "cells", hints: notIndices) == [
        "hints.yaml:15:17: error: a cell is a list of indices counted from 0, such as `[0, 1]` "
          + "(row 0, column 1)",
        "hints.yaml:17:16: error: a cell is a list of indices counted from 0, such as `[0, 1]` "
          + "(row 0, column 1)",
      ])
  }
}
