import Foundation
import Testing

@testable import TerminalUI

/// Snapshot files in `Tests/WorkspaceTests/Snapshots/`, read by path.
///
/// A missing snapshot is recorded and the test fails, asking for a look at it; with
/// `SNAPSHOTS_RECORD=1` in the environment every snapshot is recorded again (and fails too,
/// so a recording run never passes unnoticed).
enum Snapshot {
  /// The snapshots folder.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Snapshots")

  /// Compares `text` with the snapshot `name` (`name.txt`).
  static func check(
    _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = folder.appendingPathComponent(name + ".txt")
    let content = text.hasSuffix("\n") ? text : text + "\n"
    let record = ProcessInfo.processInfo.environment["SNAPSHOTS_RECORD"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
      do {
        try content.write(to: url, atomically: true, encoding: .utf8)
        Issue.record(
          "recorded snapshot \(url.path): check it, then run the tests again",
          sourceLocation: sourceLocation)
      } catch {
        Issue.record("cannot record snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    #expect(
      content == expected, "snapshot \(name) differs from \(url.path); got:\n\(content)",
      sourceLocation: sourceLocation)
  }

  /// Compares a frame's text and its style layer with the snapshot `name`.
  static func check(
    _ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let ruler = String(repeating: "─", count: frame.columns)
    let text =
      "text \(frame.columns)×\(frame.rows)\n\(ruler)\n\(frame.text)\n\(ruler)\nstyles\n\(ruler)\n"
      + "\(frame.styleText)\n\(ruler)\n"
    check(text, named: name, sourceLocation: sourceLocation)
  }
}
