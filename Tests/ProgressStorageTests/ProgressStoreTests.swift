import Foundation
import Quiz
import Testing

@testable import ProgressStorage

/// The review log: reviews recorded and read back whole, where the database lives, summaries
/// in words derived from the log, reset, and the drills' count.
@Suite struct ProgressStoreTests {
  /// A finished attempt at `lessonId`'s step `stepIndex` with `right` of `questions` right at
  /// the first try and the rest right later, at `time`.
  static func attempt(
    _ lessonId: String, step stepIndex: Int, right: Int, of questions: Int,
    finished: Bool = true, time: Double = 1_700_000_000
  ) -> Review {
    var score = QuizScore()
    score.questions = questions
    score.rightFirstTry = right
    score.rightLater = finished ? questions - right : 0
    return Review(
      time: time, exercise: .lessonStep(lessonId: lessonId, stepIndex: stepIndex), skill: .conv,
      level: 1, score: score, isFinished: finished, mistakes: [], answers: [])
  }

  @Test func theDefaultPlace() {
    #expect(
      ProgressStore.standardPath(environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"])
        == "/x/convtutor/progress.sqlite")
    #expect(
      ProgressStore.standardPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"])
        == "/h/.local/share/convtutor/progress.sqlite")
    #expect(ProgressStore.standardPath(environment: ["HOME": "relative"]) == nil)
    #expect(ProgressStore.standardPath(environment: [:]) == nil)
  }

  @Test func aReviewComesBackWhole() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    let store = try folder.store()
    let lesson = SampleReviews.review(2, writer: "exercise-1")
    let drill = SampleReviews.review(1, writer: "nn.MaxPool2d(2)")
    guard case .drill(let seed, _, _) = drill.exercise else {
      Issue.record("the sample's odd numbers are drills")
      return
    }
    #expect(seed > UInt64(Int64.max))
    #expect(store.record(lesson) == nil)
    #expect(store.record(drill) == nil)
    let reviews = try store.reviews()
    #expect(reviews == [lesson, drill].sorted { $0.time < $1.time })
    #expect(try store.drillReviewCount() == 1)
    // A second process's view: a new connection reads the same.
    #expect(try folder.store().reviews() == reviews)
  }

  @Test func reviewsComeInTimeOrder() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    let store = try folder.store()
    let late = Self.attempt("a", step: 1, right: 1, of: 2, time: 300)
    let early = Self.attempt("a", step: 2, right: 2, of: 2, time: 100)
    let sameTime = Self.attempt("a", step: 3, right: 0, of: 2, time: 100)
    for review in [late, early, sameTime] { #expect(store.record(review) == nil) }
    #expect(try store.reviews() == [early, sameTime, late])
  }

  /// The wording of the summaries that `lessons` and `progress` showed before the database.
  @Test func theSummaryOfALesson() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    let store = try folder.store()
    #expect(try store.summary(for: "exercise-1", quizCount: 2) == "not started")
    #expect(try store.summary(for: "exercise-1", quizCount: 0) == "")
    store.record(Self.attempt("exercise-1", step: 1, right: 3, of: 9, finished: false))
    #expect(try store.summary(for: "exercise-1", quizCount: 2) == "0 of 2 quizzes done")
    store.record(Self.attempt("exercise-1", step: 1, right: 7, of: 9))
    store.record(Self.attempt("exercise-1", step: 1, right: 5, of: 9))
    #expect(
      try store.summary(for: "exercise-1", quizCount: 2)
        == "1 of 2 quizzes done, best 7 of 9 right at the first try")
    store.record(Self.attempt("exercise-1", step: 4, right: 8, of: 8))
    #expect(
      try store.summary(for: "exercise-1", quizCount: 2)
        == "2 of 2 quizzes done, best 15 of 17 right at the first try")
    #expect(
      try store.summary(for: "exercise-4", quizCount: 1) == "not started")
    store.record(Self.attempt("exercise-4", step: 1, right: 9, of: 9))
    #expect(
      try store.summary(for: "exercise-4", quizCount: 1)
        == "1 of 1 quiz done, best 9 of 9 right at the first try")
  }

  @Test func resetDeletesEveryReviewAndKeepsTheFile() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    let store = try folder.store()
    store.record(Self.attempt("exercise-1", step: 1, right: 7, of: 9))
    store.record(SampleReviews.review(1, writer: "drill"))
    #expect(store.reset() == nil)
    #expect(try store.reviews().isEmpty)
    #expect(try store.drillReviewCount() == 0)
    #expect(FileManager.default.fileExists(atPath: folder.database))
    #expect(store.record(Self.attempt("exercise-1", step: 1, right: 1, of: 9)) == nil)
    #expect(try store.reviews().count == 1)
  }

  @Test func readingCommandsDoNotMakeADatabase() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    let path = folder.path + "/convtutor/progress.sqlite"
    let opening = ProgressStore.open(at: path, creatingIfMissing: false)
    #expect(opening.store == nil && opening.messages.isEmpty)
    #expect(try folder.names() == [])
    #expect(ProgressStore.open(at: path).store != nil)
    #expect(try folder.names() == ["convtutor"])
  }

  @Test func theSchemaHasAVersion() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    _ = try folder.store()
    let applied = try HandEditing.rows(
      "SELECT identifier FROM grdb_migrations", in: folder.database)
    #expect(applied == [["v1"]])
    #expect(ProgressSchema.version == ProgressSchema.migrator.migrations.count)
    #expect(try HandEditing.rows("PRAGMA journal_mode", in: folder.database) == [["wal"]])
  }

  /// For the benchmark: `SampleReviews.record` saves N reviews and measures them.
  @Test func recordingSamplesMeasuresTheSavesAndTheSize() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    let measured = try SampleReviews.record(20, into: folder.database).get()
    #expect(measured.saveSeconds.count == 20)
    #expect(measured.bytes > 4096)
    #expect(try folder.store().reviews().count == 20)
  }
}
