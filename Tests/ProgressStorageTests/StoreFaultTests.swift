import Foundation
import TestSupport
import Testing

@testable import ProgressStorage

#if canImport(Glibc)
  import Glibc
#endif

/// Something other than a database where the database should be, or a place that cannot be
/// written: one sentence with the path and why, the thing left exactly as it was, and nothing
/// blocks. The checks that might block (a FIFO) run the writer in a child process with a
/// deadline.
@Suite struct StoreFaultTests {
  /// The one message opening `path` gives, which must leave no store.
  static func refusal(at path: String, sourceLocation: SourceLocation = #_sourceLocation)
    -> String
  {
    let opening = ProgressStore.open(at: path)
    #expect(opening.store == nil, sourceLocation: sourceLocation)
    #expect(opening.messages.count == 1, sourceLocation: sourceLocation)
    return opening.messages.first ?? ""
  }

  /// The sentence for a database that cannot be used at `path` because of `reason`.
  static func unusable(_ path: String, _ reason: String) -> String {
    "cannot use the progress database \(path): \(reason); it is left as it is, and progress "
      + "is not saved"
  }

  @Test func aFIFOIsNeverOpened() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    #expect(mkfifo(folder.database, 0o600) == 0)
    // In a child with a deadline: opening the FIFO for reading would block it for ever.
    let run = try StoreFolder.runWriter(database: folder.database, count: 1, name: "x")
    #expect(run.status == .exited(1), "it ends at once, with a message: \(run.output)")
    #expect(
      run.output == Self.unusable(folder.database, "it is a named pipe (FIFO), not a regular file")
        + "\n")
    #expect(try folder.names() == ["progress.sqlite"])
  }

  @Test(arguments: ["-wal", "-shm", "-journal"])
  func aFIFOInACompanionsPlaceIsNeverOpened(_ suffix: String) throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    _ = try folder.store()
    #expect(mkfifo(folder.database + suffix, 0o600) == 0)
    let run = try StoreFolder.runWriter(database: folder.database, count: 1, name: "x")
    #expect(run.status == .exited(1), "\(run.output)")
    #expect(run.output.contains("\(folder.database)\(suffix) is in the way: it is a named pipe"))
  }

  @Test func aDirectory() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    try FileManager.default.createDirectory(
      atPath: folder.database, withIntermediateDirectories: false)
    #expect(
      Self.refusal(at: folder.database)
        == Self.unusable(folder.database, "it is a directory, not a regular file"))
    var isDirectory: ObjCBool = false
    #expect(FileManager.default.fileExists(atPath: folder.database, isDirectory: &isDirectory))
    #expect(isDirectory.boolValue)
  }

  @Test func aSymbolicLinkToElsewhereIsNotFollowed() throws {
    let folder = try StoreFolder()
    let elsewhere = try StoreFolder()
    defer {
      folder.remove()
      elsewhere.remove()
    }
    let target = try elsewhere.store()
    target.record(SampleReviews.review(2, writer: "elsewhere"))
    let before = try Data(contentsOf: URL(fileURLWithPath: elsewhere.database))
    #expect(symlink(elsewhere.database, folder.database) == 0)
    #expect(
      Self.refusal(at: folder.database)
        == Self.unusable(
          folder.database,
          "it is a symbolic link to \(elsewhere.database), which convtutor does not follow"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: elsewhere.database)) == before)
    #expect(try elsewhere.store().reviews().count == 1)
  }

  @Test(arguments: [
    Data("garbage, not a database\n".utf8), Data(repeating: 0xFF, count: 8192),
    Data("SQLite format 3\0".utf8) + Data(repeating: 0x41, count: 4096),
  ])
  func aFileThatIsNotADatabaseIsKeptAsItIs(_ bytes: Data) throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    try bytes.write(to: URL(fileURLWithPath: folder.database))
    #expect(
      Self.refusal(at: folder.database)
        == Self.unusable(
          folder.database, "it is not a convtutor database (not an SQLite file, or damaged)"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.database)) == bytes)
    #expect(try folder.names() == ["progress.sqlite"])
  }

  @Test func aFileWhereTheFolderShouldBe() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    try Data().write(to: URL(fileURLWithPath: folder.path + "/convtutor"))
    let path = folder.path + "/convtutor/progress.sqlite"
    #expect(
      Self.refusal(at: path)
        == Self.unusable(
          path, "a part of the path is not a directory"))
  }

  @Test func aDatabaseFromANewerConvtutorIsLeftUntouched() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    try folder.store().record(SampleReviews.review(2, writer: "exercise-1"))
    try HandEditing.run(
      "INSERT INTO grdb_migrations VALUES ('v2-due-dates'); PRAGMA journal_mode = DELETE",
      in: folder.database)
    let before = try Data(contentsOf: URL(fileURLWithPath: folder.database))
    #expect(
      Self.refusal(at: folder.database)
        == "the progress database \(folder.database) is from a newer convtutor (its schema has "
        + "v2-due-dates, which this one, at schema version 1, does not know); it is left as it "
        + "is, and progress is not saved")
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.database)) == before)
  }

  /// As root, permissions stop nothing: a read-only mount does.
  @Test(
    .enabled(
      if: getuid() != 0 || TmpfsFolder.isPermitted,
      "as root only a read-only mount stops writes, and mounting is not permitted"))
  func aReadOnlyFolder() throws {
    let disk = getuid() == 0 ? try TmpfsFolder(kibibytes: 1024) : nil
    let folder = try disk.map { StoreFolder(path: $0.url.path) } ?? StoreFolder()
    defer {
      folder.remove()
      disk?.remove()
    }
    try folder.store().record(SampleReviews.review(2, writer: "exercise-1"))
    let before = try Data(contentsOf: URL(fileURLWithPath: folder.database))
    if let disk { try disk.makeReadOnly() } else { chmod(folder.path, 0o500) }
    let reason =
      disk == nil
      ? "the folder is read-only to you (permission denied)"
      : "the folder is on a read-only file system"
    #expect(Self.refusal(at: folder.database) == Self.unusable(folder.database, reason))
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.database)) == before)
    #expect(try folder.names() == ["progress.sqlite"])
  }

  @Test(.enabled(if: getuid() != 0, "root writes read-only files"))
  func aReadOnlyFile() throws {
    let folder = try StoreFolder()
    defer { folder.remove() }
    try folder.store().record(SampleReviews.review(2, writer: "exercise-1"))
    chmod(folder.database, 0o400)
    let before = try Data(contentsOf: URL(fileURLWithPath: folder.database))
    #expect(
      Self.refusal(at: folder.database)
        == Self.unusable(folder.database, "the file is read-only to you (permission denied)"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder.database)) == before)
  }

  /// The disk fills up while the store is open: the save fails with a sentence, the reviews
  /// saved before are all there, and saving works again once there is room.
  @Test(.enabled(if: TmpfsFolder.isPermitted, "mounting a tmpfs needs root"))
  func aFullDisk() throws {
    let disk = try TmpfsFolder(kibibytes: 512)
    defer { disk.remove() }
    let folder = StoreFolder(path: disk.url.path)
    let store = try folder.store()
    for number in 0..<5 { #expect(store.record(SampleReviews.review(number, writer: "a")) == nil) }
    try disk.fill()
    var warning: String?
    for number in 5..<200 where warning == nil {
      warning = store.record(SampleReviews.review(number, writer: "a"))
    }
    #expect(
      warning
        == "cannot save the progress to \(folder.database): the disk is full; the quiz goes on "
        + "without saving")
    let kept = try store.reviews().count
    #expect(kept >= 5)
    try FileManager.default.removeItem(atPath: disk.url.path + "/filler")
    #expect(store.record(SampleReviews.review(300, writer: "a")) == nil)
    #expect(try store.reviews().count == kept + 1)
  }
}

extension StoreFolder {
  /// The folder at `path`, already there (a mount point).
  init(path: String) {
    self.path = path
  }
}
