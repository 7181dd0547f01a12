import Quiz
import TerminalUI
import Testing

@testable import Workspace

/// `?` at the prompt during a lesson's quiz: the lesson's own hints first (the first one for
/// the shape, the others for the cells), then the engine's, on screen in the transcript.
@Suite struct QuizHintWorkspaceTests {
  /// The frame of `program` at `rows` × `columns`, as text.
  static func screen(_ program: WorkspaceProgram, rows: Int = 40, columns: Int = 140) -> String {
    var frame = Frame(rows: rows, columns: columns)
    program.render(into: &frame)
    return frame.text
  }

  @Test func theLessonsHintsComeFirstThenTheEngines() throws {
    var program = try QuizWorkspaceTests.exerciseOneQuiz()
    program.type("?")
    #expect(program.quizSession?.question == .shape)
    #expect(
      Self.screen(program).contains(
        "Lesson hint 1 of 1: No padding and stride 1: the output is (4 − 3 + 1) rows by "
          + "(6 − 3 + 1) columns."))
    // On the smallest screen the hint wraps at words above the question asked again.
    let small = Self.screen(program, rows: 24, columns: 80)
    #expect(small.contains("Lesson hint 1 of 1: No padding and stride 1: the output is"))
    #expect(small.contains("Shape of the output?"))
    program.type("?")
    #expect(Self.screen(program).contains("Hint 1 of 3: Per dimension: ⌊(n + 2·p - k) / s⌋ + 1"))
    program.type("2x4")
    program.type("?")
    #expect(
      Self.screen(program).contains(
        "Lesson hint 1 of 2: Only three weights are 1: the window's top-left cell, the one to its "
          + "right, and the one below it."))
    program.type("?")
    #expect(
      Self.screen(program).contains(
        "Lesson hint 2 of 2: The first window starts at the top-left corner: 2 + 2 + 0 = 4."))
    program.type("?")
    let engine = Self.screen(program)
    #expect(engine.contains("Hint 1 of 3: The window covers rows 1 to 3, columns 1 to 3"))
    #expect(engine.contains("Row 1, column 1 (output[0, 0, 0]) = ?"))
    program.type("4")
    let quiz = try #require(program.quizSession)
    #expect(quiz.shapeMark == .right)
    #expect(quiz.filledCells == [0: .right])
    #expect(quiz.score.hintsUsed == 5)
  }

  @Test func theHintsAreCountedInTheScore() throws {
    var program = try QuizWorkspaceTests.exerciseOneQuiz()
    program.type("2x4")
    program.type("?")
    program.type("4 7 5 8")
    program.type("4 8 4 8")
    #expect(program.quizSession?.isFinished == true)
    let summary = program.transcript.lines.last { $0.text.hasPrefix("Score:") }?.text
    #expect(
      summary?.hasPrefix("Score: 8 of 9 right at the first try, 1 right later; 1 hint;") == true)
  }
}
