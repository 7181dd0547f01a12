import Foundation
import Testing

@testable import Lessons

/// The broken lessons of `Fixtures/broken/`: each problem reported at its exact place, with
/// the expected message, and nothing else.
@Suite struct BrokenLessonTests {
  struct Expectation: Equatable, CustomStringConvertible {
    var file: String
    var line: Int
    var column: Int
    var severity: String
    var fragment: String
    var description: String { "\(file):\(line):\(column): \(severity): \(fragment)" }
  }

  static func expectations() throws -> [Expectation] {
    try Fixture.text("broken/expected.txt").split(separator: "\n").compactMap { line in
      guard !line.hasPrefix("#") else { return nil }
      let parts = line.split(separator: ":", maxSplits: 4).map(String.init)
      return Expectation(
        file: parts[0], line: Int(parts[1])!, column: Int(parts[2])!,
        severity: parts[3].trimmingCharacters(in: .whitespaces),
        fragment: String(parts[4].dropFirst()))
    }
  }

  static func brokenFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: Fixture.path("broken"))
      .filter { $0.hasSuffix(".yaml") }.sorted()
  }

  @Test("every broken lesson has its expected diagnostics", arguments: try brokenFiles())
  func brokenLesson(_ name: String) throws {
    let expected = try Self.expectations().filter { $0.file == name }
    #expect(!expected.isEmpty, "no expectation for \(name) in expected.txt")
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixture.path("broken/\(name)"))))
    let result = LessonReader.read(bytes, fileName: name)
    #expect(result.lesson == nil || !result.hasErrors)
    #expect(result.hasErrors)
    #expect(
      result.diagnostics.count == expected.count,
      "\(result.diagnostics.map(\.rendered).joined(separator: "\n"))")
    for (diagnostic, expectation) in zip(result.diagnostics, expected) {
      #expect(diagnostic.location?.line == expectation.line, "\(diagnostic)")
      #expect(diagnostic.location?.column == expectation.column, "\(diagnostic)")
      #expect(diagnostic.severity.rawValue == expectation.severity, "\(diagnostic)")
      #expect(diagnostic.message.contains(expectation.fragment), "\(diagnostic)")
    }
  }

  @Test func everyExpectationNamesAFixture() throws {
    let files = Set(try Self.brokenFiles())
    for expectation in try Self.expectations() {
      #expect(files.contains(expectation.file), "\(expectation)")
    }
  }

  @Test func checkingTheFolderReportsEveryFileInOrder() throws {
    let catalog = LessonLibrary.check(paths: [Fixture.path("broken")])
    #expect(catalog.fileCount == (try Self.brokenFiles().count))
    #expect(catalog.lessons.isEmpty)
    let prefix = Fixture.path("broken") + "/"
    let rendered = catalog.diagnostics.map {
      $0.rendered.replacingOccurrences(of: prefix, with: "")
    }
    let expected = try Self.expectations()
    #expect(rendered.count == expected.count)
    for (line, expectation) in zip(rendered, expected) {
      let place = "\(expectation.file):\(expectation.line):\(expectation.column): "
      #expect(line.hasPrefix(place + expectation.severity + ": "), "\(line)")
      #expect(line.contains(expectation.fragment), "\(line)")
    }
  }

  @Test func duplicateIdsAcrossCheckedLessons() throws {
    let catalog = LessonLibrary.check(paths: [Fixture.path("duplicate-ids")])
    #expect(catalog.lessons.map(\.id) == ["same-id"])
    #expect(catalog.errorCount == 1)
    let error = try #require(catalog.diagnostics.first)
    #expect(error.fileName.hasSuffix("duplicate-ids/b.yaml"))
    #expect(error.location?.line == 2 && error.location?.column == 5)
    #expect(error.message.contains("the id `same-id` is already the id of "))
    #expect(error.message.contains("duplicate-ids/a.yaml:2:5"))
  }

  @Test func aShippedIdInATeachersFolderIsRefused() throws {
    let folder = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try String(
      contentsOf: Fixture.lessonsFolder.appendingPathComponent("05-exercise-1.yaml"),
      encoding: .utf8)
    try text.write(
      to: folder.appendingPathComponent("copy.yaml"), atomically: true, encoding: .utf8)
    let catalog = LessonLibrary.catalog(addingFolder: folder.path)
    #expect(catalog.lessons.count == LessonLibrary.shipped.lessons.count)
    #expect(catalog.failedFiles == [folder.path + "/copy.yaml"])
    #expect(catalog.diagnostics.last?.message.contains("Lessons/05-exercise-1.yaml:3:5") == true)
  }
}
