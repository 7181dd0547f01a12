import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `convtutor quiz ID --plain`, `drill --plain` and `progress`, run as a user runs them, with
/// the progress in a temporary XDG_DATA_HOME.
///
/// Each exercise is answered three ways (right, wrong, with hints); the transcripts are
/// compared with `Tests/QuizTests/Transcripts/exercise-N-WAY.txt` (the time taken is written
/// as `N s`). `UPDATE_TRANSCRIPTS=1 swift test` rewrites them, to be read before committing.
@Suite struct QuizCommandTests {
  static let transcripts = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("QuizTests/Transcripts")

  /// The right answers of each exercise's quizzes, one line per answer.
  static let right: [Int: String] = [
    1: "2x4\n4 7 5 8\n4 8 4 8\n6 9 7 10\n6 10 6 10\n",
    2: "5x3\n11 13 12\n15 18 13\n14 14 11\n9 17 8\n7 15 6\n3x2\n11 12\n14 11\n7 6\n",
    3: "3x2\n8 10\n8 8\n6 4\n(1, 3, 1)\n10\n8\n6\n",
    4: "3×3\n0 43 43\n191 250 251\n241 198 250\n",
    5: "5x5\n-250 -243 82 22 168\n-288 -52 120 -59 168\n-288 197 44 -317 244\n"
      + "-231 248 29 -98 202\n-193 57 -9 -17 202\n[1, 2, 2]\n-52 120\n248 44\n",
  ]
  /// Wrong answers, a word that is not a number, giving up, and the end of input.
  static let wrong = "1x1\n(2, 4)\n9x9\n5\nabc\n1000\n-inf\ngive up\n5/3\n"
  /// Every hint on the shape (the tutor's four with the lesson's among them), the shape, and
  /// every hint on the first cell (the tutor's four with the lesson's for it), then one more:
  /// the last again.
  static let shapeHints = "?\n?\n?\n?\nhint\n?\n"
  static let cellHints = "?\n?\n?\n?\n?\nhint\n?\n"

  static func environment(_ folder: String) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_DATA_HOME"] = folder
    environment["NO_COLOR"] = "1"
    return environment
  }

  static func temporaryFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-quiz-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  /// The output with the time taken written as `N s`.
  static func normalized(_ text: String) -> String {
    text.replacingOccurrences(
      of: #"\d+ (min \d+ )?s\."#, with: "N s.", options: .regularExpression)
  }

  @Test(arguments: [1, 2, 3, 4, 5])
  func transcripts(exercise: Int) throws {
    let answers = Self.right[exercise]!
    let shape = String(answers.prefix { $0 != "\n" })
    let firstRow = answers.split(separator: "\n")[1]
    let firstCell = String(firstRow.split(separator: " ")[0])
    for (way, input) in [
      ("right", answers), ("wrong", Self.wrong),
      ("hints", Self.shapeHints + shape + "\n" + Self.cellHints + firstCell + "\n"),
    ] {
      let folder = try Self.temporaryFolder()
      defer { try? FileManager.default.removeItem(atPath: folder) }
      let result = try BuiltBinary.run(
        ["quiz", "\(exercise)", "--plain"], input: input, environment: Self.environment(folder))
      #expect(result.status == 0)
      #expect(result.standardError == "")
      #expect(!result.standardOutput.contains("\u{1B}"))
      let text = Self.normalized(result.standardOutput)
      let file = Self.transcripts.appendingPathComponent("exercise-\(exercise)-\(way).txt")
      if ProcessInfo.processInfo.environment["UPDATE_TRANSCRIPTS"] != nil {
        try text.write(to: file, atomically: true, encoding: .utf8)
      }
      #expect(
        text == (try String(contentsOf: file, encoding: .utf8)), "exercise \(exercise) \(way)")
      #expect(FileManager.default.fileExists(atPath: folder + "/convtutor/progress.sqlite"))
    }
  }

  @Test func doneWhen() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let environment = Self.environment(folder)
    // A new learner types 5 where 4 is right, asks for hints, finishes and sees the score.
    let quiz = try BuiltBinary.run(
      ["quiz", "1", "--plain"], input: "2x4\n5\n?\n?\n?\n4\n7 5 8\n4 8 4 8\n",
      environment: environment)
    #expect(
      quiz.standardOutput.contains(
        "Row 0, column 0? ✗ You added something the kernel does not cover"))
    #expect(
      quiz.standardOutput.contains("Score: 8 of 9 right at the first try, 1 right later; 3 hints;"))
    // The next day, a drill: convolution, given up.
    let drill = try BuiltBinary.run(
      ["drill", "--plain", "--seed", "1", "--count", "1"],
      input: String(repeating: "give up\n", count: 30), environment: environment)
    #expect(drill.status == 0)
    #expect(drill.standardOutput.contains("== Drill 1: convolution, level 1: "))
    // Given up: Again, so it is due again the next day.
    #expect(drill.standardOutput.contains("\nconv, level 1: due tomorrow.\n"))
    let progress = try BuiltBinary.run(["progress"], environment: environment)
    #expect(progress.standardOutput.contains("exercise-1: 1 of 2 quizzes done, best 8 of 9"))
    #expect(progress.standardOutput.contains("  exercise-2: not started\n"))
    #expect(progress.standardOutput.contains("  drills: 1 review; "))
    // Convolution: the quiz with hints (Hard), then the drill given up (Again): due again
    // within a day, level 1 not held.
    let conv = progress.standardOutput.split(separator: "\n").first { $0.hasPrefix("    conv ") }
    #expect(conv?.hasPrefix("    conv     level 1 of 5   due ") == true)
    #expect(conv?.contains("recall") == true)
    #expect(progress.standardOutput.contains("    bias     level 1 of 5   new\n"))
    #expect(progress.standardError == "")
  }

  @Test func drillsAreTheSameForTheSameSeed() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let arguments = ["drill", "--plain", "--seed", "11", "--count", "3"]
    let first = try BuiltBinary.run(
      arguments, input: "1\n2\n3\n", environment: Self.environment(folder + "/a"))
    let second = try BuiltBinary.run(
      arguments, input: "1\n2\n3\n", environment: Self.environment(folder + "/b"))
    #expect(first.status == 0)
    #expect(Self.normalized(first.standardOutput) == Self.normalized(second.standardOutput))
    #expect(first.standardOutput.contains("? "))
  }

  @Test func resetAsksFirstAndKeepsTheFile() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let environment = Self.environment(folder)
    let database = folder + "/convtutor/progress.sqlite"
    let quiz = try BuiltBinary.run(
      ["quiz", "4", "--plain"], input: Self.right[4]!, environment: environment)
    #expect(quiz.status == 0 && quiz.standardError == "")
    let no = try BuiltBinary.run(["progress", "--reset"], input: "n\n", environment: environment)
    #expect(no.standardOutput.hasSuffix("[y/N] Nothing cleared.\n"))
    #expect(
      try BuiltBinary.run(["progress"], environment: environment).standardOutput.contains(
        "exercise-4: 1 of 1 quiz done, best 10 of 10 right at the first try"))
    let yes = try BuiltBinary.run(["progress", "--reset", "--yes"], environment: environment)
    #expect(yes.standardOutput == "Progress cleared.\n")
    #expect(FileManager.default.fileExists(atPath: database))
    let after = try BuiltBinary.run(["progress"], environment: environment)
    #expect(after.standardOutput.contains("exercise-4: not started"))
    #expect(
      try BuiltBinary.run(["progress", "--export", "json"], environment: environment)
        .standardOutput == "[\n\n]\n")
  }

  /// A file that is not a database in its place: one message, the quiz goes on to its score,
  /// and the file is left exactly as it was; `progress` and `lessons` say so too.
  @Test func aCorruptDatabaseIsLeftAsItIs() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let environment = Self.environment(folder)
    let database = folder + "/convtutor/progress.sqlite"
    try FileManager.default.createDirectory(
      atPath: folder + "/convtutor", withIntermediateDirectories: true)
    try "garbage".write(toFile: database, atomically: true, encoding: .utf8)
    let message =
      "convtutor: warning: cannot use the progress database \(database): it is not a convtutor "
      + "database (not an SQLite file, or damaged); it is left as it is, and progress is not saved\n"
    let quiz = try BuiltBinary.run(
      ["quiz", "4", "--plain"], input: Self.right[4]!, environment: environment)
    #expect(quiz.status == 0)
    #expect(quiz.standardError == message)
    #expect(quiz.standardOutput.contains("Score: 10 of 10 right at the first try"))
    let progress = try BuiltBinary.run(["progress"], environment: environment)
    #expect(progress.standardError == message)
    let lessons = try BuiltBinary.run(["lessons"], environment: environment)
    #expect(lessons.standardError == message)
    #expect(lessons.standardOutput.contains("progress cannot be read"))
    let reset = try BuiltBinary.run(["progress", "--reset", "--yes"], environment: environment)
    #expect(reset.status == 1)
    #expect(try String(contentsOfFile: database, encoding: .utf8) == "garbage")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder + "/convtutor") == [
        "progress.sqlite"
      ])
  }

  /// A FIFO in the database's place blocks nothing: each command ends at once with the
  /// message (run with a deadline, so a block would fail the test rather than hang it).
  @Test func aFIFOInTheDatabasesPlaceBlocksNothing() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(
      atPath: folder + "/convtutor", withIntermediateDirectories: true)
    #expect(mkfifo(folder + "/convtutor/progress.sqlite", 0o600) == 0)
    for (arguments, input) in [
      (["lessons"], ""), (["progress"], ""), (["quiz", "4", "--plain"], Self.right[4]!),
      (["progress", "--export", "csv"], ""),
    ] {
      let output = folder + "/output"
      let inputFile = folder + "/input"
      try input.write(toFile: inputFile, atomically: true, encoding: .utf8)
      let pid = try Spawn.start(
        [BuiltBinary.url.path] + arguments, inputPath: inputFile, outputPath: output,
        environment: Self.environment(folder))
      let status = Spawn.wait(pid, seconds: 30)
      #expect(status != nil, "\(arguments) blocked")
      let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
      #expect(
        text.contains("it is a named pipe (FIFO), not a regular file"), "\(arguments): \(text)")
    }
  }

  /// The review log for a teacher: CSV with a header and a row per answer, JSON that parses.
  @Test func theLogIsExportedAsCSVAndJSON() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let environment = Self.environment(folder)
    _ = try BuiltBinary.run(
      ["quiz", "1", "--plain"], input: Self.right[1]!, environment: environment)
    let csv = try BuiltBinary.run(["progress", "--export", "csv"], environment: environment)
    #expect(csv.status == 0 && csv.standardError == "")
    let rows = csv.standardOutput.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(rows.first?.hasPrefix("review,time,exercise,lesson_id,step_index,") == true)
    // Nine answers in the first quiz, eight in the second.
    #expect(rows.count == 1 + 9 + 8)
    #expect(rows[1].hasPrefix("1,") && rows[1].contains(",lesson-step,exercise-1,1,"))
    #expect(rows.last?.contains(",cell,7,\"Row 1, column 3\",right-first-try,") == true)
    let json = try BuiltBinary.run(["progress", "--export", "json"], environment: environment)
    let reviews = try #require(
      try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
    #expect(reviews.map { $0["stepIndex"] as? Int } == [1, 3])
    #expect(reviews.allSatisfy { ($0["time"] as? String)?.hasSuffix("Z") == true })
    let wrong = try BuiltBinary.run(["progress", "--export", "xml"], environment: environment)
    #expect(wrong.status != 0)
    #expect(wrong.standardError.contains("--export takes json or csv"))
  }

  /// Two quizzes and a drill at once on one data folder: every attempt of each is kept.
  @Test func twoQuizzesAndADrillAtOnceKeepEveryResult() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let environment = Self.environment(folder)
    let runs: [([String], String)] = [
      (["quiz", "1", "--plain"], Self.right[1]!), (["quiz", "2", "--plain"], Self.right[2]!),
      (
        ["drill", "--plain", "--seed", "5", "--count", "20"],
        String(repeating: "give up\n", count: 2_000)
      ),
    ]
    let pids = try runs.enumerated().map { index, run in
      let input = folder + "/input-\(index)"
      try run.1.write(toFile: input, atomically: true, encoding: .utf8)
      return try Spawn.start(
        [BuiltBinary.url.path] + run.0, inputPath: input, outputPath: folder + "/output-\(index)",
        environment: environment)
    }
    for pid in pids { #expect(Spawn.wait(pid, seconds: 120) == .exited(0)) }
    let json = try BuiltBinary.run(["progress", "--export", "json"], environment: environment)
    let reviews = try #require(
      try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
    let steps = reviews.compactMap { review in
      (review["lessonId"] as? String).map { "\($0) \(review["stepIndex"] as? Int ?? -1)" }
    }
    #expect(steps.sorted() == ["exercise-1 1", "exercise-1 3", "exercise-2 1", "exercise-2 3"])
    #expect(reviews.filter { $0["exercise"] as? String == "drill" }.count == 20)
    let progress = try BuiltBinary.run(["progress"], environment: environment)
    #expect(progress.standardOutput.contains("exercise-1: 2 of 2 quizzes done, best 17 of 17"))
    #expect(progress.standardOutput.contains("drills: 20 reviews"))
  }
}
