import Testing

@testable import Quiz
@testable import TerminalUI
@testable import Workspace

/// `?` at the prompt during a lesson's quiz: each question's hints, general first, the lesson's
/// for that question among the tutor's, on screen in the transcript.
@Suite struct QuizHintWorkspaceTests {
  /// The frame of `program` at `rows` × `columns`, as text.
  static func screen(_ program: WorkspaceProgram, rows: Int = 40, columns: Int = 140) -> String {
    var frame = Frame(rows: rows, columns: columns)
    program.render(into: &frame)
    return frame.text
  }

  @Test func theRuleComesFirstThenTheLessonsHintsAmongTheTutors() throws {
    var program = try QuizWorkspaceTests.exerciseOneQuiz()
    program.type("?")
    #expect(program.quizSession?.question == .shape)
    #expect(Self.screen(program).contains("Hint 1 of 5: Per dimension: ⌊(n + 2·p - k) / s⌋ + 1"))
    program.type("?")
    #expect(
      Self.screen(program).contains(
        "Hint 2 of 5 (the lesson's): No padding and stride 1: the output is (4 - 3 + 1) rows by "
          + "(6 - 3 + 1) columns."))
    // On the smallest screen the hint wraps at words and is whole in the transcript's rows:
    // the question, still the same and on screen, is not asked again below it.
    let small = Self.screen(program, rows: 24, columns: 80)
    #expect(small.contains("Hint 2 of 5 (the lesson's): No padding and stride 1: the output"))
    #expect(small.contains("rows by (6 - 3 + 1) columns."))
    #expect(small.contains("What is the shape of the output?"))
    program.type("2x4")
    program.type("?")
    #expect(Self.screen(program).contains("Hint 1 of 6: A window is the 3×3 patch of the input"))
    program.type("?")
    #expect(
      Self.screen(program).contains(
        "Hint 2 of 6 (the lesson's): Only three weights are 1: the window's top-left cell, the one "
          + "to its right, and the one below it."))
    program.type("?")
    let engine = Self.screen(program)
    #expect(engine.contains("Hint 3 of 6: The window covers rows 0 to 2, columns 0 to 2"))
    #expect(engine.contains("Row 0, column 0 = ?"))
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
