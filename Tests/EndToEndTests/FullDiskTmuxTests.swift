import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Exercise 1's quizzes in the workspace when the progress cannot be saved: a file size limit
/// (EFBIG and SIGXFSZ), a full disk (ENOSPC) and a read-only folder (EROFS). The warning shows
/// once, both quizzes go on to their scores, the program ends normally and the progress saved
/// before is untouched.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux"))
struct FullDiskTmuxTests {
  /// Answers both quizzes of exercise 1 in the workspace; checks the warning shows after the
  /// first score and not again after the second.
  static func answerBothQuizzes(_ session: TutorInTmux, reason: String) throws {
    let tmux = session.tmux
    try TutorSituation.answerFirstRow(in: tmux)
    try tmux.type("4 8 4 8")
    try tmux.sendKeys("Enter")
    let first = try tmux.waitFor("9 of 9 right at the first try")
    let flat = first.replacingOccurrences(of: "\n", with: " ")
    #expect(FullDiskTests.unsavedWarnings(in: flat) == 1, "\(first)")
    #expect(flat.contains(reason), "\(first)")
    try LessonTmuxTests.pressNext(until: "Row 0, column 0 = ?", in: tmux)
    try tmux.type("6 9 7 10")
    try tmux.sendKeys("Enter")
    try tmux.type("6 10 6 10")
    try tmux.sendKeys("Enter")
    let second = try tmux.waitFor("8 of 8 right at the first try")
    let after = try #require(second.range(of: "8 of 8 right at the first try"))
    #expect(
      FullDiskTests.unsavedWarnings(in: String(second[after.upperBound...])) == 0, "\(second)")
    #expect(FullDiskTests.unsavedWarnings(in: second) <= 1, "\(second)")
    try tmux.sendKeys("Tab", "q")
    try session.expectRestored(status: 0)
  }

  /// The database holds exactly `earlier`, alone in its folder (``FullDiskTests/expectAlone(in:sourceLocation:)``).
  static func expectUntouched(_ session: TutorInTmux, earlier: Data) throws {
    #expect(try Data(contentsOf: session.database) == earlier)
    try FullDiskTests.expectAlone(in: session.database.deletingLastPathComponent())
  }

  @Test func aFileSizeLimit() throws {
    let data = try TutorInTmux.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: data) }
    let earlier = try FullDiskTests.saveEarlierProgress(in: data)
    let session = try TutorInTmux.start("open 1", rows: 40, data: data, limit: "ulimit -f 0")
    defer { session.finish() }
    try Self.answerBothQuizzes(session, reason: "too large")
    try Self.expectUntouched(session, earlier: earlier)
  }

  @Test(.enabled(if: TmpfsFolder.isPermitted, "mounting a tmpfs needs root"))
  func aFullDisk() throws {
    let disk = try TmpfsFolder(kibibytes: 1024)
    defer { disk.remove() }
    let earlier = try FullDiskTests.saveEarlierProgress(in: disk.url)
    try disk.fill()
    let session = try TutorInTmux.start("open 1", rows: 40, data: disk.url)
    defer { session.finish() }
    try Self.answerBothQuizzes(session, reason: "disk is full")
    try Self.expectUntouched(session, earlier: earlier)
  }

  /// Root writes into folders without write permission, so a read-only mount is used there;
  /// anyone else gets a folder without write permission.
  @Test(
    .enabled(
      if: getuid() != 0 || TmpfsFolder.isPermitted,
      "as root only a read-only mount stops writes, and mounting is not permitted"))
  func aReadOnlyFolder() throws {
    let disk = getuid() == 0 ? try TmpfsFolder(kibibytes: 256) : nil
    let data = try disk?.url ?? TutorInTmux.temporaryFolder()
    let folder = data.appendingPathComponent("convtutor").path
    defer {
      chmod(folder, 0o700)
      disk?.remove()
      try? FileManager.default.removeItem(at: data)
    }
    let earlier = try FullDiskTests.saveEarlierProgress(in: data)
    if let disk { try disk.makeReadOnly() } else { chmod(folder, 0o500) }
    let session = try TutorInTmux.start("open 1", rows: 40, data: data)
    defer { session.finish() }
    try Self.answerBothQuizzes(session, reason: disk == nil ? "permission" : "read-only")
    try Self.expectUntouched(session, earlier: earlier)
  }
}
