import Foundation
import Testing

@testable import Lessons

/// `--lessons DIR` and `lesson check PATH`: a teacher's folder, read safely.
@Suite struct LessonFolderTests {
  let template = LessonTemplate.text(id: "teacher-one")

  @Test func aTeachersLessonsComeAfterTheShippedOnes() throws {
    let folder = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try template.write(
      to: folder.appendingPathComponent("one.yaml"), atomically: true, encoding: .utf8)
    try "not a lesson".write(
      to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    let catalog = LessonLibrary.catalog(addingFolder: folder.path)
    #expect(catalog.lessons.last?.id == "teacher-one")
    #expect(catalog.lessons.count == LessonLibrary.shipped.lessons.count + 1)
    #expect(catalog.failedFiles.isEmpty)
    #expect(catalog.lessons.last?.fileName == folder.path + "/one.yaml")
  }

  @Test func aLinkInsideAFolderIsNotFollowed() throws {
    let folder = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("elsewhere.yaml").path,
      withDestinationPath: Fixture.lessonsFolder.appendingPathComponent("05-exercise-1.yaml").path)
    let catalog = LessonLibrary.check(paths: [folder.path])
    #expect(catalog.lessons.isEmpty)
    #expect(
      catalog.diagnostics.map(\.message) == [
        "is a symbolic link; a lesson folder is read without following links"
      ])
  }

  @Test func missingEmptyAndOversizedPathsAreErrors() throws {
    let folder = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let empty = LessonLibrary.check(paths: [folder.path])
    #expect(
      empty.diagnostics.map(\.rendered) == ["\(folder.path): error: holds no lesson files (*.yaml)"]
    )
    let missing = LessonLibrary.check(paths: [folder.path + "/none.yaml"])
    #expect(missing.diagnostics.map(\.message) == ["No such file or directory"])
    let big = folder.appendingPathComponent("big.yaml")
    try Data(repeating: UInt8(ascii: "#"), count: (1 << 20) + 10).write(to: big)
    let oversized = LessonLibrary.check(paths: [big.path])
    #expect(oversized.diagnostics.first?.message.contains("larger than the limit") == true)
    let notAFolder = LessonLibrary.catalog(addingFolder: folder.path + "/none")
    #expect(notAFolder.failedFiles == [folder.path + "/none"])
  }

  @Test func aFolderAndItsFileCanBeCheckedTogether() throws {
    let folder = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("one.yaml").path
    try template.write(toFile: path, atomically: true, encoding: .utf8)
    let catalog = LessonLibrary.check(paths: [path, folder.path])
    #expect(catalog.fileCount == 2)
    #expect(catalog.errorCount == 1, "the same id twice")
  }
}
