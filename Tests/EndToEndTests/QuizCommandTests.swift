import Foundation
import Testing

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
      #expect(FileManager.default.fileExists(atPath: folder + "/convtutor/progress.json"))
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
    // The next day, the drill brings back the skill that was missed: convolution.
    let drill = try BuiltBinary.run(
      ["drill", "--plain", "--seed", "1", "--count", "1"], input: "", environment: environment)
    #expect(drill.status == 0)
    #expect(drill.standardOutput.contains("== Drill 1: convolution, level 1: "))
    let progress = try BuiltBinary.run(["progress"], environment: environment)
    #expect(progress.standardOutput.contains("exercise-1: 1 of 2 quizzes done, best 8 of 9"))
    #expect(progress.standardOutput.contains("drills: conv box 1 (due)"))
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

  @Test func resetAsksFirstAndACorruptFileIsKeptAside() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let environment = Self.environment(folder)
    try FileManager.default.createDirectory(
      atPath: folder + "/convtutor", withIntermediateDirectories: true)
    try "garbage".write(
      toFile: folder + "/convtutor/progress.json", atomically: true, encoding: .utf8)
    let quiz = try BuiltBinary.run(
      ["quiz", "4", "--plain"], input: "3x3\n", environment: environment)
    #expect(quiz.status == 0)
    #expect(quiz.standardError.contains("moved aside to"))
    let kept = try FileManager.default.contentsOfDirectory(atPath: folder + "/convtutor")
    #expect(kept.contains { $0.hasPrefix("progress.json.corrupt-") })
    let no = try BuiltBinary.run(["progress", "--reset"], input: "n\n", environment: environment)
    #expect(no.standardOutput.hasSuffix("[y/N] Nothing cleared.\n"))
    #expect(FileManager.default.fileExists(atPath: folder + "/convtutor/progress.json"))
    let yes = try BuiltBinary.run(["progress", "--reset", "--yes"], environment: environment)
    #expect(yes.standardOutput == "Progress cleared.\n")
    #expect(!FileManager.default.fileExists(atPath: folder + "/convtutor/progress.json"))
  }
}
