import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `convtutor quiz 1 --plain` when the progress cannot be written because the disk is full:
/// a file size limit (`ulimit -f 0`: writes fail with EFBIG and the kernel sends SIGXFSZ),
/// and, where a tmpfs can be mounted, a really full disk (ENOSPC). One warning, the quiz goes
/// on to its score, and the database saved before is untouched.
@Suite struct FullDiskTests {
  /// Exercise 1's two quizzes, answered right.
  static let answers = "2x4\n4 7 5 8\n4 8 4 8\n6 9 7 10\n6 10 6 10\n"
  /// Exercise 4's quiz, answered right: the progress saved before the disk is full.
  static let earlierAnswers = "3×3\n0 43 43\n191 250 251\n241 198 250\n"

  /// The warnings that say progress is not saved: the database cannot be opened, or a save
  /// failed.
  static let unsaved = ["cannot use the progress database", "cannot save the progress"]

  /// How many warnings in `output` say progress is not saved.
  static func unsavedWarnings(in output: String) -> Int {
    unsaved.map { output.components(separatedBy: $0).count - 1 }.reduce(0, +)
  }

  /// Saves exercise 4's quiz to `data` and returns the database's bytes.
  static func saveEarlierProgress(in data: URL) throws -> Data {
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_DATA_HOME"] = data.path
    let result = try BuiltBinary.run(
      ["quiz", "4", "--plain"], input: earlierAnswers, environment: environment)
    #expect(result.status == 0)
    return try Data(contentsOf: data.appendingPathComponent("convtutor/progress.sqlite"))
  }

  /// Runs `convtutor ARGUMENTS` with `limit` applied to it alone and its output going through
  /// a pipe (a file would be limited too); returns its status and output (both streams).
  static func run(_ arguments: [String], input: String, data: URL, limit: String?) throws
    -> (status: String, output: String)
  {
    let folder = try TutorInTmux.temporaryFolder("run")
    defer { try? FileManager.default.removeItem(at: folder) }
    let inputFile = folder.appendingPathComponent("input").path
    let outputFile = folder.appendingPathComponent("output").path
    try input.write(toFile: inputFile, atomically: true, encoding: .utf8)
    let program = limit.map { "(\($0); exec \"$0\" \"$@\")" } ?? "\"$0\" \"$@\""
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_DATA_HOME"] = data.path
    let pid = try Spawn.start(
      ["sh", "-c", "{ \(program); echo \"exit=$?\"; } 2>&1 | cat", BuiltBinary.url.path]
        + arguments, inputPath: inputFile, outputPath: outputFile, environment: environment)
    #expect(Spawn.wait(pid) == .exited(0))
    let output = try String(contentsOfFile: outputFile, encoding: .utf8)
    let status = output.split(separator: "\n").last { $0.hasPrefix("exit=") } ?? ""
    return (String(status), output)
  }

  /// The checks shared by both ways of filling the disk.
  static func expectQuizWentOn(
    _ run: (status: String, output: String), reason: String, data: URL, earlier: Data
  ) throws {
    #expect(run.status == "exit=0", "\(run.output)")
    #expect(run.output.contains("Score: 9 of 9 right at the first try"))
    #expect(run.output.contains("In all: 17 of 17 right at the first try"))
    #expect(unsavedWarnings(in: run.output) == 1, "one warning, not one per save:\n\(run.output)")
    #expect(run.output.components(separatedBy: "warning:").count == 2, "\(run.output)")
    #expect(run.output.contains(reason), "\(run.output)")
    let folder = data.appendingPathComponent("convtutor")
    #expect(try Data(contentsOf: folder.appendingPathComponent("progress.sqlite")) == earlier)
    try expectAlone(in: folder)
  }

  /// Nothing but the database is in `folder`, besides the write-ahead log (empty: nothing was
  /// written) and its shared-memory index that SQLite made when it tried to read the database.
  static func expectAlone(in folder: URL, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names.first == "progress.sqlite", "\(names)", sourceLocation: sourceLocation)
    for name in names.dropFirst() {
      let size =
        try FileManager.default.attributesOfItem(
          atPath: folder.appendingPathComponent(name).path)[.size] as? Int
      #expect(
        name == "progress.sqlite-shm" || (name == "progress.sqlite-wal" && size == 0),
        "\(names)", sourceLocation: sourceLocation)
    }
  }

  @Test func aFileSizeLimitWarnsOnceAndTheQuizGoesOn() throws {
    let data = try TutorInTmux.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: data) }
    let earlier = try Self.saveEarlierProgress(in: data)
    let run = try Self.run(
      ["quiz", "1", "--plain"], input: Self.answers, data: data, limit: "ulimit -f 0")
    try Self.expectQuizWentOn(run, reason: "the file is too large", data: data, earlier: earlier)
  }

  @Test(.enabled(if: TmpfsFolder.isPermitted, "mounting a tmpfs needs root"))
  func aFullDiskWarnsOnceAndTheQuizGoesOn() throws {
    let disk = try TmpfsFolder(kibibytes: 1024)
    defer { disk.remove() }
    let earlier = try Self.saveEarlierProgress(in: disk.url)
    try disk.fill()
    let run = try Self.run(
      ["quiz", "1", "--plain"], input: Self.answers, data: disk.url, limit: nil)
    try Self.expectQuizWentOn(run, reason: "the disk is full", data: disk.url, earlier: earlier)
  }
}
