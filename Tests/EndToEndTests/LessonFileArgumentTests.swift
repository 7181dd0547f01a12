import Foundation
import Testing

/// `show`, `open` and `quiz` take a lesson file as well as an id: a teacher tries the lesson
/// being written without making a folder for it.
@Suite struct LessonFileArgumentTests {
  /// A copy of the shipped exercise 2 under an id of its own, in a fresh folder.
  static func teachersLesson() throws -> (folder: URL, file: URL) {
    let folder = try LessonCommandTests.temporaryFolder()
    let shipped = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Lessons/06-exercise-2.yaml")
    let text = try String(contentsOf: shipped, encoding: .utf8)
      .replacingOccurrences(of: "id: exercise-2", with: "id: my-padding")
      .replacingOccurrences(of: "Exercise 2: padding and stride", with: "My padding lesson")
    let file = folder.appendingPathComponent("my-padding.yaml")
    try text.write(to: file, atomically: true, encoding: .utf8)
    return (folder, file)
  }

  @Test func showPrintsALessonFile() throws {
    let (folder, file) = try Self.teachersLesson()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try BuiltBinary.run(["show", file.path, "--plain"])
    #expect(result.status == 0)
    #expect(result.standardError == "")
    #expect(result.standardOutput.hasPrefix("My padding lesson (my-padding, 5 steps)\n"))
  }

  @Test func openWithoutATerminalPrintsTheLessonFile() throws {
    let (folder, file) = try Self.teachersLesson()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try BuiltBinary.run(["open", file.path])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("My padding lesson (my-padding, 5 steps)\n"))
  }

  @Test func quizAsksTheLessonFilesQuestions() throws {
    let (folder, file) = try Self.teachersLesson()
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = try LessonCommandTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: data) }
    let result = try BuiltBinary.run(
      ["quiz", file.path, "--plain"], input: "",
      environment: ["XDG_DATA_HOME": data.path, "PATH": "/usr/bin:/bin"])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("\n== My padding lesson, quiz 1 of 2 ==\n"))
  }

  @Test func aBrokenLessonFileSaysWhereAndWhy() throws {
    let folder = try LessonCommandTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("draft.yaml")
    try "format: 1\nid: draft\ntitle: Draft\nsummary: s\nstep: []\n".write(
      to: file, atomically: true, encoding: .utf8)
    for command in ["show", "open", "quiz"] {
      let result = try BuiltBinary.run([command, file.path])
      #expect(result.status == 1, "\(command)")
      #expect(result.standardOutput == "", "\(command)")
      #expect(
        result.standardError.contains("\(file.path):5:1: error: unknown field `step`"),
        "\(command): \(result.standardError)")
      #expect(
        result.standardError.hasSuffix(
          "convtutor: \(file.path) has errors; fix them and try again "
            + "(`convtutor lesson check FILE` checks it)\n"), "\(command)")
    }
  }

  @Test func aMissingLessonFileIsNamed() throws {
    let result = try BuiltBinary.run(["show", "/nonexistent/lesson.yaml"])
    #expect(result.status == 1)
    #expect(result.standardError == "/nonexistent/lesson.yaml: error: No such file or directory\n")
  }

  /// `lesson new mine` writes mine.yaml; `open mine` then points at the file.
  @Test func anIdThatIsALessonFileWithoutItsExtensionIsSuggested() throws {
    let folder = try LessonCommandTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let name = folder.appendingPathComponent("mine").path
    #expect(try BuiltBinary.run(["lesson", "new", name]).status == 0)
    let result = try BuiltBinary.run(["open", name])
    #expect(result.status == 1)
    #expect(
      result.standardError
        == "convtutor: no lesson '\(name)'; did you mean the lesson file \(name).yaml?\n")
    #expect(try BuiltBinary.run(["show", name + ".yaml", "--plain"]).status == 0)
  }

  @Test func anIdNotFoundPointsAtTheFolderErrors() throws {
    let folder = try LessonCommandTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "format: 1\nid: broken\n".write(
      to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
    let result = try BuiltBinary.run(["open", "broken", "--lessons", folder.path])
    #expect(result.status == 1)
    #expect(
      result.standardError
        == "convtutor: no lesson 'broken'; `convtutor lessons --lessons \(folder.path)` lists "
        + "them (1 lesson file has errors: `convtutor lesson check \(folder.path)` shows them)\n")
  }
}
