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
    let progress = MemoryProgress()
    var program = try Saved.halfAnswered(progress: progress)
    for event in events { program.update(event) }
    #expect(program.lessonSession?.stepIndex != 1)
    #expect(program.quizSession == nil)
    // Recorded under the quiz's own step, not the step moved to.
    #expect(progress.reviews.map(\.exercise) == [.lessonStep(lessonId: "exercise-1", stepIndex: 1)])
    let attempt = try #require(progress.attempts().last)
    #expect(!attempt.isFinished)
    #expect(attempt.score.questions == 9)
    #expect(attempt.score.rightFirstTry == 5)
    let notice = program.transcript.lines.last { $0.text.hasPrefix("Quiz left unfinished.") }
    #expect(
      notice?.text == "Quiz left unfinished. Score: 5 of 9 right at the first try, 4 not "
        + "answered; 0 hints; 0 s. Coming back to this step starts the quiz afresh.")
    #expect(program.transcript.lines.contains { $0.text == "Saved as an unfinished attempt." })
    // Ending the workspace afterwards records nothing more.
    program.update(.terminate)
    #expect(progress.attempts().count == 1)
  }

  @Test func openingAnotherLessonSavesTheAnswersOnce() throws {
    let progress = MemoryProgress()
    var program = try Saved.halfAnswered(progress: progress)
    program.type("%open 2")
    #expect(program.lessonSession?.lesson.id == "exercise-2")
    #expect(progress.attempts().count == 1)
    #expect(progress.attempts().last?.score.rightFirstTry == 5)
    // Opening a lesson by value (as `convtutor open` does) also leaves the quiz.
    var again = try Saved.halfAnswered(progress: progress)
    again.open(try #require(LessonLibrary.shipped.lesson(named: "3")))
    #expect(again.lessonSession?.lesson.id == "exercise-3")
    #expect(again.quizSession == nil)
    #expect(progress.attempts().count == 2)
    program.update(.terminate)
    again.update(.terminate)
    #expect(progress.attempts().count == 2)
    #expect(progress.reviews.count == 2)
  }

  @Test func aSaveThatFailsIsNotCalledSaved() throws {
    let progress = MemoryProgress()
    progress.failure = "cannot save the progress to /data/progress.sqlite: the disk is full"
    var program = try Saved.halfAnswered(progress: progress)
    program.update(.key(.control("n")))
    let texts = program.transcript.lines.map(\.text)
    #expect(texts.contains(try #require(progress.failure)))
    let notice = try #require(texts.first { $0.hasPrefix("Quiz left unfinished.") })
    #expect(!notice.contains("Saved"))
    #expect(notice.hasSuffix("0 s. Coming back to this step starts the quiz afresh."))
  }

  @Test func leavingWithNothingAnsweredOrAfterTheEndRecordsNothingMore() throws {
    let progress = MemoryProgress()
    var untouched = RecordingWorkspace(
      try QuizWorkspaceTests.exerciseOneQuiz(), progress: progress)
    untouched.update(.key(.control("n")))
    #expect(untouched.quizSession == nil)
    #expect(progress.reviews.isEmpty)
    #expect(!untouched.transcript.lines.contains { $0.text.hasPrefix("Quiz left") })
    var finished = try Saved.halfAnswered(progress: progress)
    finished.type("4 8 4 8")
    finished.update(.key(.control("n")))
    finished.update(.terminate)
    #expect(progress.attempts().count == 1)
    #expect(progress.attempts().last?.isFinished == true)
  }

  @Test func comingBackStartsAFreshAttemptWithAnEmptyOutput() throws {
    let progress = MemoryProgress()
    var program = try Saved.halfAnswered(progress: progress)
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
    #expect(progress.attempts().count == 2)
    let last = try #require(progress.attempts().last)
    #expect(last.score.questions == 9)
    #expect(last.score.answered == 1)
  }
}
