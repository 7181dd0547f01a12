import Foundation

/// Paths of the test data: this target's `Fixtures/` and the repository's `Lessons/`.
enum Fixture {
  /// `Tests/LessonsTests/Fixtures`.
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// The repository's `Lessons/`, the source of the shipped lessons.
  static let lessonsFolder =
    folder
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Lessons")

  /// A fixture's path.
  static func path(_ name: String) -> String {
    folder.appendingPathComponent(name).path
  }

  /// A fixture's text.
  static func text(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  /// A new empty folder under the temporary folder, removed by `body`'s caller with
  /// `removeTemporaryFolder`.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-lessons-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
