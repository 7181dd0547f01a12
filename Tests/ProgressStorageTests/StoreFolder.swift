import Foundation
import TestSupport
import Testing

@testable import ProgressStorage

#if canImport(Glibc)
  import Glibc
#endif

/// A temporary folder for a database, removed at the end; and the `quiz-progress-writer`
/// helper, run in a child process with a deadline.
struct StoreFolder {
  /// The folder.
  let path: String

  /// A new empty folder.
  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-store-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// The database's path in it.
  var database: String { path + "/" + ProgressStore.fileName }

  /// The old progress file's path in it.
  var legacy: String { path + "/progress.json" }

  /// The names in the folder, sorted, but for the write-ahead log and its index, which SQLite
  /// keeps beside the database while a connection is open.
  func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path).sorted().filter {
      !$0.hasSuffix(".sqlite-wal") && !$0.hasSuffix(".sqlite-shm")
    }
  }

  /// Removes the folder and everything in it.
  func remove() {
    chmod(path, 0o700)
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The store at `database`, which must open without a message.
  func store(sourceLocation: SourceLocation = #_sourceLocation) throws -> ProgressStore {
    let opening = ProgressStore.open(at: database)
    #expect(opening.messages == [], sourceLocation: sourceLocation)
    return try #require(opening.store, sourceLocation: sourceLocation)
  }

  /// The built `quiz-progress-writer`, beside the test bundle.
  static let writer: String = {
    var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      .deletingLastPathComponent()
    while !FileManager.default.isExecutableFile(
      atPath: folder.appendingPathComponent("quiz-progress-writer").path), folder.path != "/"
    {
      folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("quiz-progress-writer").path
  }()

  /// Starts the writer on the database at `database`: `count` reviews (0: until killed) as
  /// writer `name`, its output to `output`.
  static func startWriter(database: String, count: Int, name: String, output: String) throws
    -> pid_t
  {
    try Spawn.start([writer, database, String(count), name], outputPath: output)
  }

  /// Runs the writer to its end, at most `seconds`: how it ended (nil: killed at the
  /// deadline, it blocked) and what it printed.
  static func runWriter(database: String, count: Int, name: String, seconds: Double = 20)
    throws -> (status: Spawn.Status?, output: String)
  {
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("writer-\(UUID().uuidString).out").path
    defer { try? FileManager.default.removeItem(atPath: output) }
    let pid = try startWriter(database: database, count: count, name: name, output: output)
    let status = Spawn.wait(pid, seconds: seconds)
    return (status, (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
  }

  /// The numbers a writer's output says it saved.
  static func saved(in output: String) -> [Int] {
    output.split(separator: "\n").compactMap { line in
      line.hasPrefix("saved ") ? Int(line.dropFirst(6)) : nil
    }
  }
}
