import Foundation
import Lessons
import Testing

@testable import Quiz
@testable import TerminalUI
@testable import Workspace

/// A quiz left in the middle for another lesson step (n / p, Ctrl-N / Ctrl-P) or another
/// lesson (`%open`) keeps the answers given as an unfinished attempt, recorded once; coming
/// back to the step starts a fresh attempt with an empty output.
@Suite struct QuizLeftForAnotherStepTests {
  typealias Saved = QuizProgressOnEndTests

  /// The animation's rows of an 80×24 frame (the title and the picture, not the transcript).
  static func picture(_ program: WorkspaceProgram) -> [Substring] {
    var frame = Frame(rows: 24, columns: 80)
    program.render(into: &frame)
    return Array(frame.text.split(separator: "\n", omittingEmptySubsequences: false)[0..<19])
  }

  @Test(arguments: [
    [Event.key(.control("n"))], [.key(.control("p"))], [.key(.tab), .key(.character("n"))],
    [.key(.tab), .key(.character("p"))],
  ])
  func movingToAnotherStepSavesTheAnswersOnce(_ events: [Event]) throws {
    let (store, folder) = try Saved.temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var program = try Saved.halfAnswered(store: store)
    for event in events { program.update(event) }
    #expect(program.lessonSession?.stepIndex != 1)
    #expect(program.quizSession == nil)
    // Recorded under the quiz's own step, not the step moved to.
    let steps = try #require(store.load().data.lessons["exercise-1"]?.steps)
    #expect(steps.keys.sorted() == ["1"])
    let result = try #require(Saved.result(in: store))
    #expect(result.attempts == 1)
    #expect(!result.completed)
    #expect(result.last.questions == 9)
    #expect(result.last.rightFirstTry == 5)
    let notice = program.transcript.lines.last { $0.text.hasPrefix("Quiz left unfinished.") }
    #expect(
      notice?.text == "Quiz left unfinished. Score: 5 of 9 right at the first try, 4 not "
        + "answered; 0 hints; 0 s. Coming back to this step starts the quiz afresh.")
    #expect(program.transcript.lines.contains { $0.text == "Saved as an unfinished attempt." })
    // Ending the workspace afterwards records nothing more.
    program.update(.terminate)
    #expect(Saved.result(in: store)?.attempts == 1)
  }

  @Test func openingAnotherLessonSavesTheAnswersOnce() throws {
    let (store, folder) = try Saved.temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var program = try Saved.halfAnswered(store: store)
    program.type("%open 2")
    #expect(program.lessonSession?.lesson.id == "exercise-2")
    #expect(Saved.result(in: store)?.attempts == 1)
    #expect(Saved.result(in: store)?.last.rightFirstTry == 5)
    // Opening a lesson by value (as `convtutor open` does) also leaves the quiz.
    var again = try Saved.halfAnswered(store: store)
    again.open(try #require(LessonLibrary.shipped.lesson(named: "3")))
    #expect(again.lessonSession?.lesson.id == "exercise-3")
    #expect(again.quizSession == nil)
    #expect(Saved.result(in: store)?.attempts == 2)
    program.update(.terminate)
    again.update(.terminate)
    #expect(Saved.result(in: store)?.attempts == 2)
    #expect(store.load().data.lessons.keys.sorted() == ["exercise-1"])
  }

  @Test func aSaveThatFailsIsNotCalledSaved() throws {
    let (_, folder) = try Saved.temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A file where the folder should be: the save fails.
    try "".write(toFile: folder + "/convtutor", atomically: false, encoding: .utf8)
    var program = try Saved.halfAnswered(
      store: ProgressStore(path: folder + "/convtutor/progress.json"))
    program.update(.key(.control("n")))
    let texts = program.transcript.lines.map(\.text)
    #expect(texts.contains { $0.contains("cannot save the progress") })
    let notice = try #require(texts.first { $0.hasPrefix("Quiz left unfinished.") })
    #expect(!notice.contains("Saved"))
    #expect(notice.hasSuffix("0 s. Coming back to this step starts the quiz afresh."))
  }

  @Test func leavingWithNothingAnsweredOrAfterTheEndRecordsNothingMore() throws {
    let (store, folder) = try Saved.temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var untouched = RecordingWorkspace(try QuizWorkspaceTests.exerciseOneQuiz(), store: store)
    untouched.update(.key(.control("n")))
    #expect(untouched.quizSession == nil)
    #expect(!FileManager.default.fileExists(atPath: store.path))
    #expect(!untouched.transcript.lines.contains { $0.text.hasPrefix("Quiz left") })
    var finished = try Saved.halfAnswered(store: store)
    finished.type("4 8 4 8")
    finished.update(.key(.control("n")))
    finished.update(.terminate)
    let result = try #require(Saved.result(in: store))
    #expect(result.attempts == 1)
    #expect(result.completed)
  }

  @Test func comingBackStartsAFreshAttemptWithAnEmptyOutput() throws {
    let (store, folder) = try Saved.temporaryStore()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var program = try Saved.halfAnswered(store: store)
    program.type("5")
    program.update(.key(.control("n")))
    program.update(.key(.control("p")))
    let quiz = try #require(program.quizSession)
    #expect(quiz.question == .shape)
    #expect(quiz.filledCells.isEmpty)
    #expect(quiz.shapeMark == nil)
    #expect(quiz.triesLeft == QuizSession.maximumTries)
    #expect(quiz.score.answered == 0 && quiz.score.wrongTries == 0)
    #expect(program.focus == .prompt)
    // Past the shape, the output is as empty as in a quiz never started.
    program.type("2x4")
    var fresh = try QuizWorkspaceTests.exerciseOneQuiz()
    fresh.type("2x4")
    #expect(Self.picture(program.program) == Self.picture(fresh))
    // The second attempt, left with the shape answered, is recorded as a second attempt.
    program.update(.key(.control("n")))
    let result = try #require(Saved.result(in: store))
    #expect(result.attempts == 2)
    #expect(result.last.questions == 9)
    #expect(result.last.answered == 1)
  }
}
