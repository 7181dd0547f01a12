import Foundation
import TerminalUI
import Testing

@testable import Quiz
@testable import Workspace

/// The answers of a quiz left unfinished are saved however the workspace ends (a key, a
/// signal, the input gone), and a save that fails says so once.
@Suite struct QuizProgressOnEndTests {
  /// Exercise 1's first quiz with the shape and the first row answered.
  static func halfAnswered(progress: MemoryProgress) throws -> RecordingWorkspace {
    var program = RecordingWorkspace(try QuizWorkspaceTests.exerciseOneQuiz(), progress: progress)
    program.type("2x4")
    program.type("4 7 5 8")
    #expect(program.quizSession?.question == .cell(4))
    return program
  }

  @Test(arguments: [
    [Event.interrupt], [.terminate], [.inputClosed], [.key(.control("c"))],
    [.key(.tab), .key(.character("q"))], [.key(.control("d"))],
  ])
  func theAnswersSoFarAreSavedWhenTheWorkspaceEnds(_ events: [Event]) throws {
    let progress = MemoryProgress()
    var program = try Self.halfAnswered(progress: progress)
    for event in events { program.update(event) }
    #expect(program.isFinished)
    let attempts = progress.attempts()
    #expect(attempts.count == 1)
    let attempt = try #require(attempts.last)
    #expect(!attempt.isFinished)
    #expect(attempt.score.questions == 9)
    #expect(attempt.score.rightFirstTry == 5)
    #expect(attempt.answers.count == 5)
  }

  @Test func aFinishedQuizIsNotRecordedAgainAtTheEnd() throws {
    let progress = MemoryProgress()
    var program = try Self.halfAnswered(progress: progress)
    program.type("4 8 4 8")
    program.update(.terminate)
    #expect(progress.attempts().count == 1)
    #expect(progress.attempts().last?.isFinished == true)
  }

  @Test func aQuizWithNothingAnsweredIsNotRecorded() throws {
    let progress = MemoryProgress()
    var program = RecordingWorkspace(try QuizWorkspaceTests.exerciseOneQuiz(), progress: progress)
    program.update(.terminate)
    #expect(program.isFinished)
    #expect(progress.reviews.isEmpty)
  }

  @Test func aSaveThatFailsWarnsOnceForBothQuizzes() throws {
    let progress = MemoryProgress()
    let warning =
      "cannot save the progress to /data/convtutor/progress.sqlite: the disk is full; the quiz "
      + "goes on without saving"
    progress.failure = warning
    var program = try Self.halfAnswered(progress: progress)
    program.type("4 8 4 8")
    while program.quizSession?.isFinished != false, program.lessonSession?.isAtEnd == false {
      program.update(.key(.control("n")))
    }
    program.type("6 9 7 10")
    program.type("6 10 6 10")
    #expect(program.quizSession?.isFinished == true)
    program.update(.terminate)
    let warnings = program.transcript.lines.filter { $0.text.contains("cannot save the progress") }
    #expect(warnings.map(\.text) == [warning])
    #expect(progress.reviews.isEmpty)
  }
}

/// Saving is an effect `update` returns: the workspace itself never touches a file.
@Suite struct QuizRecordEffectTests {
  /// The effects of typing `line` at the prompt.
  static func effects(typing line: String, into program: inout WorkspaceProgram)
    -> [WorkspaceEffect]
  {
    var effects: [WorkspaceEffect] = []
    for character in line {
      for case .perform(let effect) in program.update(.key(.character(character))) {
        effects.append(effect)
      }
    }
    for case .perform(let effect) in program.update(.key(.enter)) { effects.append(effect) }
    return effects
  }

  @Test func theLastAnswerAsksForTheQuizToBeRecorded() throws {
    var program = try QuizWorkspaceTests.exerciseOneQuiz()
    program.recordsProgress = true
    #expect(Self.effects(typing: "2x4", into: &program).isEmpty)
    #expect(Self.effects(typing: "4 7 5 8", into: &program).isEmpty)
    let effects = Self.effects(typing: "4 8 4 8", into: &program)
    guard case .record(let record)? = effects.first, effects.count == 1 else {
      Issue.record("expected one record, got \(effects)")
      return
    }
    #expect(record.exercise == .lessonStep(lessonId: "exercise-1", stepIndex: 1))
    #expect(record.skill == .conv && record.grade != nil)
    #expect(record.answers.count == 9)
    #expect(record.isFinished)
    #expect(record.score.rightFirstTry == 9 && record.score.questions == 9)
  }

  @Test func aWorkspaceThatRecordsNothingAsksForNothing() throws {
    var program = try QuizWorkspaceTests.exerciseOneQuiz()
    var effects = Self.effects(typing: "2x4", into: &program)
    effects += Self.effects(typing: "4 7 5 8", into: &program)
    effects += Self.effects(typing: "4 8 4 8", into: &program)
    #expect(effects.isEmpty)
    #expect(program.update(.terminate).isEmpty)
  }

  @Test func aQuizLeftAtTheEndAsksForAnUnfinishedRecord() throws {
    var program = try QuizWorkspaceTests.exerciseOneQuiz()
    program.recordsProgress = true
    _ = Self.effects(typing: "2x4", into: &program)
    let commands = program.update(.terminate)
    #expect(commands.count == 1)
    guard case .perform(.record(let record))? = commands.first else {
      Issue.record("expected a record, got \(commands)")
      return
    }
    #expect(!record.isFinished && record.score.answered == 1)
  }
}
