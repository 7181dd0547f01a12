import Foundation
import Testing

@testable import Quiz

#if canImport(Glibc)
  import Glibc
#endif

/// The progress store when things go wrong: what a killed writer left behind, and warnings
/// that say why a save failed in words a learner understands.
@Suite struct ProgressStoreFaultTests {
  /// The process id of a child that has ended: a writer that is gone.
  static func endedProcessID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  @Test func temporaryFilesOfWritersThatAreGoneAreRemovedOnSave() throws {
    let folder = try ProgressStoreTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let gone = try Self.endedProcessID()
    let alive = getppid()
    let names = [
      "progress.json.tmp-\(gone)",  // killed mid-write: removed
      "progress.json.tmp-\(alive)",  // another convtutor writing now: kept
      "progress.json.tmp-notes",  // not a writer's: kept
      "other.json.tmp-\(gone)",  // another file's: kept
    ]
    for name in names {
      try "{ torn".write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
    }
    let store = ProgressStore(path: folder + "/progress.json")
    #expect(store.save(ProgressData()) == nil)
    let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(left == (["progress.json"] + names.dropFirst()).sorted())
    #expect(store.load().warnings.isEmpty)
  }

  @Test(arguments: [
    (ENOSPC, "the disk is full"), (EDQUOT, "the disk quota is used up"),
    (EFBIG, "the file is too large for the limit on file sizes (ulimit -f)"),
    (EROFS, "the folder is read-only"), (EACCES, "permission denied"),
    (ENOTDIR, "Not a directory"),
  ])
  func aFailedSaveSaysWhy(code: Int32, reason: String) {
    let warning = ProgressStore(path: "/data/progress.json").saveWarning(errorCode: code)
    #expect(
      warning
        == "cannot save the progress to /data/progress.json: \(reason); "
        + "the quiz goes on without saving")
  }

  @Test func aFileThatCannotBeWrittenWarnsWithTheReason() throws {
    let folder = try ProgressStoreTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A file where the folder should be: every save fails with ENOTDIR.
    try "".write(toFile: folder + "/convtutor", atomically: false, encoding: .utf8)
    let warning = ProgressStore(path: folder + "/convtutor/progress.json").save(ProgressData())
    #expect(warning?.contains(": Not a directory; the quiz goes on without saving") == true)
  }
}
