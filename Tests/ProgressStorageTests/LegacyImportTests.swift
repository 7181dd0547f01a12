import Foundation
import Quiz
import TestSupport
import Testing

@testable import ProgressStorage

#if canImport(Glibc)
  import Glibc
#endif

/// An earlier convtutor's `progress.json`, imported once into the database and renamed
/// `progress.json.imported`: the summaries read as they did, and no value in the file, however
/// hostile, makes the import trap or hang.
@Suite struct LegacyImportTests {
  /// A progress file as convtutor 0.x wrote it: exercise 1 with one quiz done (best 7 of 9,
  /// the last attempt left with 3 answered) and one started; exercise 4 done at the last try.
  static let file = """
    {
      "drill" : { "boxes" : { "conv" : 2 }, "lastRound" : { "conv" : 4 }, "round" : 5 },
      "format" : 1,
      "lessons" : {
        "exercise-1" : {
          "steps" : {
            "1" : {
              "attempts" : 3, "bestRightFirstTry" : 7, "completed" : true,
              "last" : { "gaveUp" : 0, "hintsUsed" : 0, "questions" : 9, "revealed" : 0,
                "rightFirstTry" : 3, "rightLater" : 0, "seconds" : 12.5, "wrongTries" : 1 },
              "lastTime" : 1700000000.5
            },
            "4" : {
              "attempts" : 1, "completed" : false,
              "last" : { "gaveUp" : 0, "hintsUsed" : 1, "questions" : 8, "revealed" : 0,
                "rightFirstTry" : 2, "rightLater" : 1, "seconds" : 3, "wrongTries" : 2 },
              "lastTime" : 1700000100
            }
          }
        },
        "exercise-4" : {
          "steps" : {
            "1" : {
              "attempts" : 1, "bestRightFirstTry" : 9, "completed" : true,
              "last" : { "gaveUp" : 0, "hintsUsed" : 0, "questions" : 9, "revealed" : 0,
                "rightFirstTry" : 9, "rightLater" : 0, "seconds" : 40, "wrongTries" : 0 },
              "lastTime" : 1700000200
            }
          }
        }
      }
    }
    """

  /// What the old `summary(for:quizCount:)` said of `file`.
  static let summaries = [
    "exercise-1": "1 of 2 quizzes done, best 7 of 9 right at the first try",
    "exercise-4": "1 of 1 quiz done, best 9 of 9 right at the first try",
    "exercise-2": "not started",
  ]
  static let quizCounts = ["exercise-1": 2, "exercise-4": 1, "exercise-2": 2]

  @Test func importedOnceAndRenamed() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    try Self.file.write(toFile: folder.legacy, atomically: false, encoding: .utf8)
    let opening = ProgressStore.open(at: folder.database)
    let store = try #require(opening.store)
    #expect(
      opening.messages == [
        "imported the old progress file \(folder.legacy) (4 reviews); it is kept as "
          + "\(folder.legacy).imported"
      ])
    for (lesson, summary) in Self.summaries {
      #expect(try store.summary(for: lesson, quizCount: Self.quizCounts[lesson]!) == summary)
    }
    #expect(try folder.names() == ["progress.json.imported", "progress.sqlite"])
    #expect(
      try String(contentsOfFile: folder.legacy + ".imported", encoding: .utf8) == Self.file)
    let reviews = try store.reviews()
    #expect(
      reviews.map(\.time) == [1_700_000_000.5, 1_700_000_000.5, 1_700_000_100, 1_700_000_200])
    #expect(reviews.first?.score.rightFirstTry == 7 && reviews.first?.isFinished == true)
    #expect(reviews[1].score.seconds == 12.5 && reviews[1].score.wrongTries == 1)
    // Opened again: nothing more to import.
    let again = ProgressStore.open(at: folder.database)
    #expect(again.messages.isEmpty)
    #expect(try again.store?.reviews().count == 4)
  }

  @Test func aSecondFileIsImportedBesideTheFirstAndNothingIsOverwritten() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    try Self.file.write(toFile: folder.legacy, atomically: false, encoding: .utf8)
    _ = ProgressStore.open(at: folder.database)
    try "{\"lessons\": {\"exercise-2\": {\"steps\": {\"1\": {}}}}}".write(
      toFile: folder.legacy, atomically: false, encoding: .utf8)
    let opening = ProgressStore.open(at: folder.database)
    #expect(opening.messages.first?.hasSuffix("it is kept as \(folder.legacy).imported-2") == true)
    #expect(
      try opening.store?.summary(for: "exercise-2", quizCount: 2) == "0 of 2 quizzes done")
    #expect(
      try folder.names() == [
        "progress.json.imported", "progress.json.imported-2", "progress.sqlite",
      ])
  }

  /// Three processes start at once on a folder with a `progress.json`: it is imported once.
  @Test func processesStartingAtOnceImportItOnce() throws {
    for round in 0..<3 {
      let folder = try StoreFolder()
      defer { folder.remove() }
      try Self.file.write(toFile: folder.legacy, atomically: false, encoding: .utf8)
      let pids = try (0..<3).map { index in
        try StoreFolder.startWriter(
          database: folder.database, count: 1, name: "w\(index)",
          output: folder.path + "/w\(index).out")
      }
      for (index, pid) in pids.enumerated() {
        let status = Spawn.wait(pid, seconds: 60)
        let output = try String(contentsOfFile: folder.path + "/w\(index).out", encoding: .utf8)
        #expect(status == .exited(0), "round \(round), writer \(index): \(output)")
      }
      let store = try folder.store()
      let imported = try store.reviews().filter {
        if case .lessonStep(let id, _) = $0.exercise { id.hasPrefix("exercise-") } else { false }
      }
      #expect(imported.count == 4, "round \(round)")
      #expect(try store.summary(for: "exercise-1", quizCount: 2) == Self.summaries["exercise-1"])
      #expect(
        try folder.names().filter { $0.hasPrefix("progress.json") } == ["progress.json.imported"])
    }
  }

  @Test func aFIFOInItsPlaceIsNeverOpened() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    #expect(mkfifo(folder.legacy, 0o600) == 0)
    // The writer goes on and saves: the FIFO is only not imported.
    let run = try StoreFolder.runWriter(database: folder.database, count: 1, name: "x")
    #expect(run.status == .exited(0), "\(run.output)")
    #expect(run.output.contains("saved 0"))
    let opening = ProgressStore.open(at: folder.database)
    #expect(
      opening.messages == [
        "the old progress file \(folder.legacy) is not imported: it is a named pipe (FIFO), "
          + "not a regular file"
      ])
  }

  /// Hostile files: huge, negative and not-a-number values, wrong types, cut short, deep
  /// nesting, controls in names, empty.
  static let hostile = [
    #"{"lessons":{"a":{"steps":{"1":{"completed":true,"bestRightFirstTry":9223372036854775807,"last":{"questions":9223372036854775807,"rightFirstTry":1e999,"rightLater":-1e999,"seconds":NaN},"lastTime":-Infinity}}}}}"#,
    #"{"lessons":{"a":{"steps":{"1":{"completed":"yes","bestRightFirstTry":"7","last":[1,2,3],"lastTime":"soon"},"x":{},"-3":{}}}}}"#,
    #"{"lessons":{"a":{"steps":{"1":{"completed":true,"last":{"questions":9"#,
    #"{"lessons":[{"steps":1}], "format": 99}"#,
    #"[1, 2, {"lessons": {}}]"#,
    String(repeating: "[", count: 100_000),
    String(repeating: "{\"lessons\":", count: 50_000),
    "\u{FEFF}{\"lessons\":{\"\u{202E}\u{1B}]0;x\u{7}\":{\"steps\":{\"1\":{\"completed\":true}}}}}",
    "",
  ]

  /// Hostile values through the whole import: nothing traps, and what can be read is taken.
  @Test(arguments: hostile.indices)
  func hostileFilesImportWhatCanBeRead(_ index: Int) throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    let text = Self.hostile[index]
    try text.write(toFile: folder.legacy, atomically: false, encoding: .utf8)
    let opening = ProgressStore.open(at: folder.database)
    let store = try #require(opening.store)
    #expect(opening.messages.count == 1)
    #expect(opening.messages.first?.hasPrefix("imported the old progress file") == true)
    let reviews = try store.reviews()
    _ = try store.export(as: .csv)
    _ = try store.export(as: .json)
    for review in reviews {
      #expect(review.time >= 0 && review.score.seconds >= 0)
      #expect(review.score.answered >= 0)
    }
    #expect(try folder.names() == ["progress.json.imported", "progress.sqlite"])
  }

  @Test func theFirstHostileFileIsClamped() throws {
    let (reviews, isWhole) = LegacyProgressFile.reviews(
      in: Array(
        #"{"lessons":{"a":{"steps":{"1":{"completed":true,"bestRightFirstTry":9223372036854775807,"last":{"questions":9223372036854775807,"rightFirstTry":1e999,"rightLater":-1e999,"seconds":NaN},"lastTime":-Infinity}}}}}"#
          .utf8))
    #expect(isWhole)
    #expect(reviews.count == 1)
    let review = try #require(reviews.first)
    #expect(review.time == 0 && review.score.seconds == 0)
    #expect(review.score.questions == .max && review.score.rightFirstTry == .max)
    #expect(review.score.rightLater == 0 && review.isFinished)
    #expect(
      LessonSummary.text(for: "a", quizCount: 1, reviews: reviews)
        == "1 of 1 quiz done, best 9223372036854775807 of 9223372036854775807 right at the first try"
    )
  }

  /// The file cut at every byte: never a trap, never called whole, and a cut past a lesson
  /// keeps that lesson's summary.
  @Test func aFileCutShortGivesWhatStoodBefore() throws {
    let bytes = Array(Self.file.utf8)
    let afterExerciseOne = try #require(Self.file.range(of: "\"exercise-4\""))
      .lowerBound.utf16Offset(in: Self.file)
    for end in 0...bytes.count {
      let (reviews, isWhole) = LegacyProgressFile.reviews(in: Array(bytes[0..<end]))
      #expect(isWhole == (end == bytes.count), "cut at \(end)")
      // Each step gives its last attempt, and its best before it when that differs.
      #expect(reviews.count <= 6, "cut at \(end)")
      if end >= afterExerciseOne {
        #expect(
          LessonSummary.text(for: "exercise-1", quizCount: 2, reviews: reviews)
            == Self.summaries["exercise-1"], "cut at \(end)")
      }
      if end < 20 { #expect(reviews.isEmpty) }
    }
  }
}
