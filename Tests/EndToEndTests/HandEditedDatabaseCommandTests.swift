import Foundation
import GRDB
import Testing

/// A progress database changed by hand (as with `sqlite3`): counts at the 64-bit limit, a
/// negative time, an unknown skill, a level past every level, a seed that is not a number.
/// Every command that reads it — `lessons`, `progress`, the export, `drill`, `quiz` — ends
/// normally with its output, never by a trap.
@Suite struct HandEditedDatabaseCommandTests {
  static let largest = "9223372036854775807"

  @Test func everyCommandReadsAHandEditedDatabase() throws {
    let data = try TutorInTmux.temporaryFolder("hand-edited")
    defer { try? FileManager.default.removeItem(at: data) }
    let environment = QuizCommandTests.environment(data.path)
    let quiz = try BuiltBinary.run(
      ["quiz", "1", "--plain"], input: "2x4\n4 7 5 8\n4 8 4 8\n", environment: environment)
    #expect(quiz.status == 0)
    let drill = try BuiltBinary.run(
      ["drill", "--plain", "--seed", "2", "--count", "1"],
      input: String(repeating: "give up\n", count: 6), environment: environment)
    #expect(drill.status == 0)
    let database = data.appendingPathComponent("convtutor/progress.sqlite").path
    let queue = try DatabaseQueue(path: database)
    try queue.writeWithoutTransaction { db in
      try db.execute(
        sql: """
          UPDATE review SET questions = \(Self.largest), right_first_try = \(Self.largest),
            wrong_tries = \(Self.largest), hints_used = \(Self.largest), level = \(Self.largest);
          UPDATE review SET time = -1e18 WHERE exercise = 'drill';
          UPDATE review SET skill = 'juggling', drill_seed = 'abc' WHERE exercise = 'drill';
          INSERT INTO review SELECT NULL, 1e308, exercise, lesson_id, step_index, drill_seed,
            drill_number, layer, 'conv', -\(Self.largest), questions, right_first_try,
            right_later, revealed, gave_up, hints_used, wrong_tries, -5, is_finished, mistakes
            FROM review;
          """)
    }
    try queue.close()
    let commands: [(arguments: [String], input: String)] = [
      (["lessons"], ""), (["progress"], ""), (["progress", "--export", "csv"], ""),
      (["progress", "--export", "json"], ""),
      (["drill", "--plain", "--count", "1"], String(repeating: "give up\n", count: 6)),
      (["quiz", "1", "--plain"], "2x4\n"),
    ]
    for (arguments, input) in commands {
      let result = try BuiltBinary.run(arguments, input: input, environment: environment)
      let command = arguments.joined(separator: " ")
      #expect(result.status == 0, "\(command): \(result.standardError)")
      #expect(!result.standardError.contains("Fatal error"), "\(command)")
      #expect(!result.standardOutput.isEmpty, "\(command)")
    }
    // The edits are there to read (four reviews, then the two new ones), counts at the limit.
    let csv = try BuiltBinary.run(["progress", "--export", "csv"], environment: environment)
    #expect(csv.standardOutput.contains(Self.largest))
    let json = try BuiltBinary.run(["progress", "--export", "json"], environment: environment)
    let log = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [Any]
    #expect(log?.count == 6)
    let progress = try BuiltBinary.run(["progress"], environment: environment)
    #expect(progress.standardOutput.contains("    conv     level "))
  }
}
