import Lessons
import Testing

@testable import Quiz
@testable import TerminalUI
@testable import Workspace

/// A lesson's quiz in the workspace: answers typed at the prompt, mistakes named, the output
/// filling with what the learner got.
@Suite struct QuizWorkspaceTests {
  /// Exercise 1 opened at its first quiz, with a clock that does not move.
  static func exerciseOneQuiz() throws -> WorkspaceProgram {
    var program = WorkspaceProgram(usesColor: false)
    program.now = { 100 }
    program.open(try #require(LessonLibrary.shipped.lesson(named: "1")))
    while program.quizSession == nil, program.lessonSession?.isAtEnd == false {
      _ = program.update(.key(.control("n")))
    }
    return program
  }

  @Test func aQuizStepAsksAtThePromptWithTheOutputHidden() throws {
    let program = try Self.exerciseOneQuiz()
    let quiz = try #require(program.quizSession)
    #expect(quiz.question == .shape)
    #expect(program.focus == .prompt)
    var frame = Frame(rows: 24, columns: 80)
    program.render(into: &frame)
    #expect(frame.text.contains("What is the shape of the output?"))
    #expect(!frame.text.contains("output 2×4"))
  }

  @Test func typingFiveWhereFourIsRightNamesTheMistake() throws {
    var program = try Self.exerciseOneQuiz()
    program.type("2x4")
    #expect(program.quizSession?.shapeMark?.isRight == true)
    #expect(program.quizSession?.question == .cell(0))
    program.type("5")
    let feedback = try #require(program.transcript.lines.last { $0.kind == .error })
    #expect(feedback.text.hasPrefix("✗ You added something the kernel does not cover"))
    #expect(!feedback.text.contains(" 4"))
    // The window and the asked cell are on screen; the result is not.
    var frame = Frame(rows: 24, columns: 80)
    program.render(into: &frame)
    #expect(frame.text.contains("[?]"))
    #expect(frame.text.contains("Row 0, column 0 = ?"))
    #expect(!frame.text.contains("2×1 + 2×1"))
  }

  @Test func aWholeQuizToItsScore() throws {
    var program = try Self.exerciseOneQuiz()
    program.type("(1, 2, 4)")
    program.type("?")
    #expect(
      program.transcript.lines.last { $0.kind == .notice }?.text.hasPrefix(
        "Hint 1 of 6: A window is the 3×3 patch") == true)
    program.type("4 7 5 8")
    program.type("4 8 4 8")
    let quiz = try #require(program.quizSession)
    #expect(quiz.isFinished)
    #expect(quiz.filledCells.count == 8)
    #expect(quiz.filledCells.values.allSatisfy { $0.isRight })
    let summary = program.transcript.lines.last { $0.text.hasPrefix("Score:") }?.text ?? ""
    #expect(summary.contains("8 of 9"))
    // After the quiz the animation is free again and shows every value.
    _ = program.update(.key(.tab))
    _ = program.update(.key(.end))
    #expect(program.animation?.location.step == 7)
  }

  @Test func steppingIsLockedDuringTheQuiz() throws {
    var program = try Self.exerciseOneQuiz()
    program.type("2x4")
    _ = program.update(.key(.tab))
    _ = program.update(.key(.end))
    #expect(program.status?.contains("answer the quiz") == true)
    #expect(program.animation?.location.step == 0)
  }
}
