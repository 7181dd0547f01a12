import Foundation
import Quiz
import TerminalUI
import Testing

@testable import Workspace

/// The answers of a quiz left unfinished are saved however the workspace ends (a key, a
/// signal, the input gone), and a save that fails says so once.
@Suite struct QuizProgressOnEndTests {
  /// A progress store in a new temporary folder.
  static func temporaryStore() throws -> (ProgressStore, String) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-workspace-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return (ProgressStore(path: folder + "/progress.json"), folder)
  }

  /// Exercise 1's first quiz with the shape and the first row answered.
  static func halfAnswered(store: ProgressStore) throws -> WorkspaceProgram {
    var program = try QuizWorkspaceTests.exerciseOneQuiz()
    program.progressStore = store
    program.type("2x4")
    program.type("4 7 5 8")
    #expect(program.quizSession?.question == .cell(4))
    return program
  }

  /// The last result of exercise 1's first quiz in `store`.
  static func result(in store: ProgressStore) -> StepResult? {
    store.load().data.lessons["exercise-1"]?.steps["1"]
  }

  @Test(arguments: [
    [Event.interrupt], [.terminate], [.inputClosed], [.key(.control("c"))],
    [.key(.tab), .key(.character("q"))], [.key(.control("d"))],
  ])
  func theAnswersSoFarAreSavedWhenTheWorkspaceEnds(_ events: [Event]) throws {
    let (store, folder) = try Self.temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var program = try Self.halfAnswered(store: store)
    for event in events { _ = program.update(event) }
    #expect(program.isFinished)
    let result = try #require(Self.result(in: store))
    #expect(result.attempts == 1)
    #expect(!result.completed)
    #expect(result.last.questions == 9)
    #expect(result.last.rightFirstTry == 5)
  }

  @Test func aFinishedQuizIsNotRecordedAgainAtTheEnd() throws {
    let (store, folder) = try Self.temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var program = try Self.halfAnswered(store: store)
    program.type("4 8 4 8")
    _ = program.update(.terminate)
    let result = try #require(Self.result(in: store))
    #expect(result.attempts == 1)
    #expect(result.completed)
  }

  @Test func aQuizWithNothingAnsweredIsNotRecorded() throws {
    let (store, folder) = try Self.temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var program = try QuizWorkspaceTests.exerciseOneQuiz()
    program.progressStore = store
    _ = program.update(.terminate)
    #expect(program.isFinished)
    #expect(!FileManager.default.fileExists(atPath: store.path))
  }

  @Test func aSaveThatFailsWarnsOnceForBothQuizzes() throws {
    let (_, folder) = try Self.temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A file where the folder should be: every save fails the same way.
    try "".write(toFile: folder + "/convtutor", atomically: false, encoding: .utf8)
    let store = ProgressStore(path: folder + "/convtutor/progress.json")
    var program = try Self.halfAnswered(store: store)
    program.type("4 8 4 8")
    while program.quizSession?.isFinished != false, program.lessonSession?.isAtEnd == false {
      _ = program.update(.key(.control("n")))
    }
    program.type("6 9 7 10")
    program.type("6 10 6 10")
    #expect(program.quizSession?.isFinished == true)
    _ = program.update(.terminate)
    let warnings = program.transcript.lines.filter { $0.text.contains("cannot save the progress") }
    #expect(warnings.count == 1)
    #expect(warnings.first?.text.contains("Not a directory") == true)
  }
}
