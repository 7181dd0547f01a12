import Foundation
import Quiz
import Testing

@testable import ProgressStorage

/// A database changed by hand: any value in any column. Reading never traps: counts are
/// clamped to 0 and up, times to 1970 through 9999, sums saturate, and a row that cannot be
/// read as a review or an answer is passed over.
@Suite struct HandEditedValueTests {
  static let largest = "9223372036854775807"

  /// A store with one real review, whose tables were then changed by `sql`.
  static func edited(_ sql: String, folder: StoreFolder) throws -> ProgressStore {
    let store = try folder.store()
    store.record(SampleReviews.review(2, writer: "exercise-1"))
    try HandEditing.run(sql, in: folder.database)
    return store
  }

  @Test func countsAtThe64BitLimitAreReadAndSummedWithoutOverflow() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    let columns = [
      "questions", "right_first_try", "right_later", "revealed", "gave_up", "hints_used",
      "wrong_tries",
    ]
    let store = try Self.edited(
      "UPDATE review SET " + columns.map { "\($0) = \(Self.largest)" }.joined(separator: ", ")
        + "; INSERT INTO review SELECT NULL, time, exercise, lesson_id, 5, drill_seed, "
        + "drill_number, layer, skill, \(Self.largest), questions, right_first_try, right_later, "
        + "revealed, gave_up, hints_used, wrong_tries, 1e308, is_finished, mistakes FROM review;"
        + "UPDATE answer SET wrong_tries = \(Self.largest), hints = -\(Self.largest);",
      folder: folder)
    let reviews = try store.reviews()
    #expect(reviews.count == 2)
    #expect(reviews.allSatisfy { $0.score.questions == .max && $0.score.answered == .max })
    #expect(reviews[1].level == .max)
    #expect(reviews[0].answers.allSatisfy { $0.wrongTries == .max && $0.hints == 0 })
    #expect(reviews[0].grade == .again)
    // Both steps done, their bests summed: at the limit, not past it.
    #expect(
      try store.summary(for: "exercise-1", quizCount: 2)
        == "2 of 2 quizzes done, best \(Self.largest) of \(Self.largest) right at the first try")
    var total = QuizScore()
    for review in reviews { total.add(review.score) }
    #expect(total.wrongTries == .max)
    #expect(try store.export(as: .csv).contains(Self.largest))
    #expect(try store.export(as: .json).contains(Self.largest))
  }

  @Test func negativeAndImpossibleTimesAreClamped() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    let store = try Self.edited(
      "INSERT INTO review SELECT NULL, -5, exercise, lesson_id, 7, drill_seed, drill_number, "
        + "layer, skill, -3, -1, -2, right_later, revealed, gave_up, hints_used, wrong_tries, "
        + "-10, is_finished, mistakes FROM review;"
        + "INSERT INTO review SELECT NULL, 1e300, exercise, lesson_id, 8, drill_seed, "
        + "drill_number, layer, skill, level, questions, right_first_try, right_later, revealed, "
        + "gave_up, hints_used, wrong_tries, 'NaN', is_finished, mistakes FROM review "
        + "WHERE id = 1;"
        + "UPDATE answer SET seconds = -1e308;",
      folder: folder)
    let reviews = try store.reviews()
    #expect(reviews.map(\.time).first == 0)
    #expect(reviews.map(\.time).last == StoredValue.latestTime)
    let negative = try #require(reviews.first)
    #expect(negative.level == 1 && negative.score.questions == 0)
    #expect(negative.score.rightFirstTry == 0 && negative.score.seconds == 0)
    #expect(reviews.last?.score.seconds == 0)
    #expect(reviews.flatMap(\.answers).allSatisfy { $0.seconds == 0 })
    let csv = try store.export(as: .csv)
    #expect(csv.contains(",1970-01-01T00:00:00Z,"))
    #expect(csv.contains(",9999-12-31T23:59:59Z,"))
  }

  @Test func unknownNamesAreSkippedOrReadAsNone() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    let store = try Self.edited(
      "UPDATE review SET skill = 'telepathy', mistakes = 'bias  telepathy conv';"
        + "UPDATE answer SET mark = 'maybe' WHERE position = 1;"
        + "UPDATE answer SET question = 'riddle' WHERE position = 2;"
        + "INSERT INTO review SELECT NULL, time, 'dream', lesson_id, step_index, drill_seed, "
        + "drill_number, layer, skill, level, questions, right_first_try, right_later, revealed, "
        + "gave_up, hints_used, wrong_tries, seconds, is_finished, mistakes FROM review;",
      folder: folder)
    let reviews = try store.reviews()
    #expect(reviews.count == 1)
    let review = try #require(reviews.first)
    #expect(review.skill == nil)
    #expect(review.mistakes == [.bias, .conv])
    #expect(review.answers.count == 7)
    #expect(review.answers.map(\.name).first == "Shape of the output")
  }

  /// A table rebuilt by hand without its types and constraints: NULLs and text anywhere.
  @Test func nullsAndTextInNumberColumns() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    let store = try Self.edited(
      """
      DROP TABLE answer;
      ALTER TABLE review RENAME TO old_review;
      CREATE TABLE review (id INTEGER PRIMARY KEY, time, exercise, lesson_id, step_index,
        drill_seed, drill_number, layer, skill, level, questions, right_first_try, right_later,
        revealed, gave_up, hints_used, wrong_tries, seconds, is_finished, mistakes);
      INSERT INTO review (time, exercise, lesson_id, step_index, questions, right_first_try,
        is_finished) VALUES ('yesterday', 'lesson-step', 'exercise-1', ' 3 ', 'nine', ' 7 ', 'yes');
      INSERT INTO review (exercise, lesson_id, step_index) VALUES ('lesson-step', 'exercise-1', NULL);
      INSERT INTO review (exercise, lesson_id, step_index) VALUES ('lesson-step', NULL, 1);
      INSERT INTO review (exercise, drill_seed, drill_number, layer, level, questions)
        VALUES ('drill', 'seven', 'one', X'00FF', x'41', 2.9);
      INSERT INTO review (exercise, drill_seed, drill_number) VALUES ('drill', -4, -4);
      INSERT INTO review (exercise, lesson_id, step_index, time, seconds, questions)
        VALUES ('lesson-step', 12, 4.7, 'NaN', 'Infinity', 1e300);
      CREATE TABLE answer (review_id, position, question, cell, name, mark, wrong_tries, hints,
        seconds);
      INSERT INTO answer VALUES (1, 0, 'cell', NULL, NULL, 'right', NULL, NULL, NULL);
      INSERT INTO answer VALUES (1, 1, 'cell', 'two', 'x', 'right', 'one', 2, 'slow');
      INSERT INTO answer VALUES (NULL, 2, 'shape', NULL, 'Shape', 'right', 0, 0, 0);
      INSERT INTO answer VALUES (1, 3, 'shape', NULL, 'Shape', 'right', 0, 0, 0);
      """, folder: folder)
    let reviews = try store.reviews()
    // The first two are lesson steps, the drills have a seed of 0 and number 1.
    #expect(reviews.count == 4)
    let first = try #require(
      reviews.first { $0.exercise == .lessonStep(lessonId: "exercise-1", stepIndex: 3) })
    #expect(first.time == 0 && first.score.questions == 0 && first.score.rightFirstTry == 7)
    #expect(!first.isFinished)
    #expect(first.answers.map(\.question) == [.shape])
    let drills = reviews.filter {
      if case .drill = $0.exercise { true } else { false }
    }
    #expect(
      drills.map(\.exercise) == [
        .drill(seed: 0, number: 1, layer: ""), .drill(seed: 0, number: 1, layer: ""),
      ])
    #expect(drills.first?.score.questions == 2)
    let last = try #require(
      reviews.first { $0.exercise == .lessonStep(lessonId: "12", stepIndex: 4) })
    #expect(last.score.seconds == 0 && last.score.questions == .max)
    #expect(try store.summary(for: "exercise-1", quizCount: 2) == "0 of 2 quizzes done")
    _ = try store.export(as: .json)
    _ = try store.export(as: .csv)
  }

  /// A table or column removed by hand: a read fails with a sentence, and nothing traps.
  @Test func aMissingTableIsAMessage() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    let store = try Self.edited("DROP TABLE answer", folder: folder)
    #expect(throws: ProgressStoreError.self) { try store.reviews() }
    do {
      _ = try store.reviews()
    } catch {
      #expect(error.message.hasPrefix("cannot read the progress in \(folder.database): "))
      #expect(error.message.contains("no such table: answer"))
    }
    let warning = try #require(store.record(SampleReviews.review(2, writer: "x")))
    #expect(warning.hasPrefix("cannot save the progress to \(folder.database): "))
    #expect(try HandEditing.rows("SELECT COUNT(*) FROM review", in: folder.database) == [["1"]])
  }
}
