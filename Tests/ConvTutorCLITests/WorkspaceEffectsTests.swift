import Foundation
import ProgressStorage
import Quiz
import Testing
import Workspace

@testable import ConvTutorCLI

/// The workspace's effects carried out on a real database: a review recorded, what opening
/// said handed on once, and a database that cannot be used told at each save.
@Suite struct WorkspaceEffectsTests {
  static func folder() throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-effects-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  static let review = SampleReviews.review(2, writer: "exercise-1")

  @Test func aReviewIsRecordedInTheDatabase() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/progress.sqlite"
    let effects = WorkspaceEffects(opening: ProgressStore.open(at: path))
    #expect(effects.recordsProgress)
    #expect(
      effects.perform(.record(Self.review))
        == .recorded(Self.review, loadWarnings: [], saveWarning: nil))
    #expect(try ProgressStore.open(at: path).store?.reviews() == [Self.review])
  }

  @Test func whatOpeningSaidComesWithTheFirstReplyOnly() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try #"{"lessons": {"exercise-2": {"steps": {"1": {}}}}}"#.write(
      toFile: folder + "/progress.json", atomically: false, encoding: .utf8)
    let opening = ProgressStore.open(at: folder + "/progress.sqlite")
    #expect(opening.messages.count == 1)
    let effects = WorkspaceEffects(opening: opening)
    #expect(effects.unshownMessages == opening.messages)
    #expect(
      effects.perform(.record(Self.review))
        == .recorded(Self.review, loadWarnings: opening.messages, saveWarning: nil))
    #expect(effects.unshownMessages.isEmpty)
    #expect(
      effects.perform(.record(Self.review))
        == .recorded(Self.review, loadWarnings: [], saveWarning: nil))
  }

  @Test func aDatabaseThatCannotBeUsedIsToldAtEachSave() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/progress.sqlite"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    let opening = ProgressStore.open(at: path)
    let effects = WorkspaceEffects(opening: opening)
    #expect(effects.recordsProgress)
    #expect(effects.unshownMessages.isEmpty)
    let reply = WorkspaceReply.recorded(
      Self.review, loadWarnings: [],
      saveWarning:
        "cannot use the progress database \(path): it is a directory, not a regular file; it "
        + "is left as it is, and progress is not saved")
    #expect(effects.perform(.record(Self.review)) == reply)
    #expect(effects.perform(.record(Self.review)) == reply)
  }

  @Test func noPlaceRecordsNothing() {
    let effects = WorkspaceEffects(opening: nil)
    #expect(!effects.recordsProgress)
    #expect(effects.perform(.record(Self.review)) == nil)
  }
}
