import Foundation
import TerminalText
import Testing

/// `convtutor lessons`, `lesson check` and `lesson new`, driven as a teacher drives them.
@Suite struct LessonCommandTests {
  /// The lesson fixtures of the lesson engine's tests.
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("LessonsTests/Fixtures")

  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-lesson-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func checkingTheShippedLessonsPrintsTheirErrataAndSucceeds() throws {
    let result = try BuiltBinary.run(["lesson", "check"])
    let expected = try String(
      contentsOf: Self.fixtures.appendingPathComponent("shipped-check.txt"), encoding: .utf8)
    #expect(result.standardOutput == expected)
    #expect(result.standardError == "")
    #expect(result.status == 0)
    #expect(
      result.standardOutput.contains(
        "Lessons/09-exercise-5.yaml:104:15: note: the slide prints 297 for row 1, column 1; "
          + "the maximum of 44, -317, 29, -98 is 44\n"))
  }

  @Test func aBrokenLessonFailsWithItsPlaces() throws {
    let path = Self.fixtures.appendingPathComponent("broken/unknown-field.yaml").path
    let result = try BuiltBinary.run(["lesson", "check", path])
    #expect(result.status == 1)
    #expect(
      result.standardOutput
        == "\(path):11:7: error: unknown field `hint` in this quiz; did you mean `hints`?\n"
        + "1 lesson file checked: 1 error, 0 notes\n")
  }

  @Test func aFolderOfBrokenLessonsReportsEveryOne() throws {
    let folder = Self.fixtures.appendingPathComponent("broken").path
    let result = try BuiltBinary.run(["lesson", "check", folder])
    #expect(result.status == 1)
    #expect(result.standardOutput.hasSuffix("22 lesson files checked: 54 errors, 1 note\n"))
  }

  @Test func textFromALessonFileIsEscaped() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("escape.yaml").path
    try "format: 1\n\"\\e]52;c;evil\\a\": 1\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    let result = try BuiltBinary.run(["lesson", "check", path])
    #expect(result.status == 1)
    #expect(!result.standardOutput.contains("\u{1B}"))
    #expect(!result.standardOutput.contains("\u{07}"))
    #expect(result.standardOutput.contains("unknown field `\\e]52;c;evil\\x07`"))
  }

  @Test func lessonNewWritesATemplateThatPassesTheCheck() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let name = folder.appendingPathComponent("edge-intro").path
    let created = try BuiltBinary.run(["lesson", "new", name])
    #expect(created.status == 0)
    #expect(created.standardOutput.hasPrefix("Wrote \(name).yaml."))
    let check = try BuiltBinary.run(["lesson", "check", name + ".yaml"])
    #expect(check.standardOutput == "1 lesson file checked: 0 errors, 0 notes\n")
    #expect(check.status == 0)
    let again = try BuiltBinary.run(["lesson", "new", name])
    #expect(again.status == 1)
    #expect(again.standardError.contains("exists already"))
    let bad = try BuiltBinary.run(["lesson", "new", folder.appendingPathComponent("Bad Name").path])
    #expect(bad.status == 1)
    #expect(bad.standardError.contains("lowercase letters, digits and single hyphens"))
    #expect(
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Bad Name.yaml").path))
  }

  @Test func lessonsListsShippedAndTeachersLessons() throws {
    let shipped = try BuiltBinary.run(["lessons"])
    #expect(shipped.status == 0)
    let lines = shipped.standardOutput.split(separator: "\n")
    try #require(lines.count == 10)
    #expect(lines[0].hasPrefix("id ") && lines[0].hasSuffix("steps  progress"))
    #expect(lines[9].hasPrefix("exercise-5 ") && lines[9].contains("Exercise 5: finding edges"))
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try BuiltBinary.run(["lesson", "new", folder.appendingPathComponent("mine").path])
    let withMine = try BuiltBinary.run(["lessons", "--lessons", folder.path])
    #expect(withMine.status == 0)
    #expect(withMine.standardOutput.split(separator: "\n").last?.hasPrefix("mine ") == true)
    try "format: 1\n".write(
      to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
    let withBroken = try BuiltBinary.run(["lessons", "--lessons", folder.path])
    #expect(withBroken.status == 1)
    #expect(withBroken.standardOutput.split(separator: "\n").count == 11)
    #expect(withBroken.standardError.contains("broken.yaml has errors and is left out"))
  }

  /// The table pads by display columns: with a Chinese and an emoji title, the steps of
  /// every lesson start in one column.
  @Test func lessonsPadsTitlesByDisplayColumns() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (id, title) in [
      ("chinese", "卷积：卷积核在输入上滑动，每个位置计算一次乘积之和"),
      ("emoji", "Pooling 👍🏽 🇻🇳 👨‍👩‍👧 and a mark é"),
    ] {
      try "format: 1\nid: \(id)\ntitle: \"\(title)\"\nsummary: s\nsteps:\n  - say: x\n".write(
        to: folder.appendingPathComponent("\(id).yaml"), atomically: true, encoding: .utf8)
    }
    let result = try BuiltBinary.run(["lessons", "--lessons", folder.path])
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    try #require(lines.count == 12)
    let header = try #require(lines[0].range(of: "steps"))
    let stepsColumn = DisplayWidth.of(String(lines[0][..<header.lowerBound]))
    for line in lines.dropFirst() {
      // The text before the steps column is exactly as wide, and a number starts it.
      var width = 0
      var index = line.startIndex
      while index < line.endIndex, width < stepsColumn {
        width += DisplayWidth.columns(of: line[index])
        index = line.index(after: index)
      }
      #expect(width == stepsColumn, "\(line)")
      #expect(index < line.endIndex && line[index].isNumber, "\(line)")
      #expect(line[line.index(before: index)] == " ", "\(line)")
    }
    #expect(lines.contains { $0.hasPrefix("chinese ") && $0.contains("卷积：卷积核") })
    #expect(lines.contains { $0.contains("Pooling 👍🏽 🇻🇳 👨‍👩‍👧 and a mark é") })
  }
}
