import Foundation
import Testing

@testable import Quiz

#if canImport(Glibc)
  import Glibc
#endif

/// The progress file: round trips, atomic writes under SIGKILL, corrupt files kept aside,
/// folders that cannot be written.
@Suite struct ProgressStoreTests {
  static func temporaryFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-progress-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func roundTripAndDefaultPlace() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = ProgressStore.standard(environment: ["XDG_DATA_HOME": folder, "HOME": "/nowhere"])!
    #expect(store.path == folder + "/convtutor/progress.json")
    #expect(
      ProgressStore.standard(environment: ["HOME": "/home/x"])?.path
        == "/home/x/.local/share/convtutor/progress.json")
    var data = ProgressData()
    var score = QuizScore()
    score.questions = 9
    score.rightFirstTry = 7
    score.rightLater = 2
    data.record(
      lessonId: "exercise-1", stepIndex: 1, score: score, misconceptions: [.forgotBias(2)],
      finished: true, at: 5)
    #expect(store.save(data) == nil)
    let loaded = store.load()
    #expect(loaded.warnings.isEmpty)
    #expect(loaded.data == data)
    #expect(loaded.data.drill.box(of: .bias) == 1)
    #expect(
      loaded.data.summary(for: "exercise-1", quizCount: 2)
        == "1 of 2 quizzes done, best 7 of 9 right at the first try")
    #expect(store.summary(for: "exercise-2", quizCount: 2) == "not started")
    let text = try String(contentsOfFile: store.path, encoding: .utf8)
    #expect(text.contains("\"format\" : 1"))
  }

  /// A file from a newer convtutor is someone's progress too: it is neither moved aside nor
  /// overwritten, and the session says its progress is not saved.
  @Test func aFileOfANewerFormatIsLeftAlone() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/progress.json"
    let newer = "{\"format\": 2, \"learners\": {\"ada\": {}}}\n"
    try newer.write(toFile: path, atomically: false, encoding: .utf8)
    let store = ProgressStore(path: path)
    let loaded = store.load()
    #expect(loaded.data == ProgressData())
    #expect(
      loaded.warnings == [
        "the progress file \(path) is from a newer convtutor (format 2; this one reads format "
          + "1); it is left as it is, and this session's progress is not saved"
      ])
    var data = ProgressData()
    data.record(
      lessonId: "exercise-1", stepIndex: 1, score: QuizScore(), misconceptions: [],
      finished: false, at: 5)
    #expect(
      store.save(data)
        == "the progress file \(path) is from a newer convtutor (format 2); it is not "
        + "overwritten, so this progress is not saved")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == newer)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["progress.json"])
  }

  @Test func aCorruptFileIsMovedAside() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/progress.json"
    try "{ not json".write(toFile: path, atomically: false, encoding: .utf8)
    let loaded = ProgressStore(path: path).load(now: Date(timeIntervalSince1970: 0))
    #expect(loaded.data == ProgressData())
    #expect(loaded.warnings.count == 1)
    #expect(loaded.warnings[0].contains("moved aside to \(path).corrupt-19700101-000000"))
    #expect(
      try String(contentsOfFile: path + ".corrupt-19700101-000000", encoding: .utf8)
        == "{ not json")
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test func aReadOnlyFolderWarns() throws {
    guard getuid() != 0 else { return }  // root writes anywhere
    let folder = try Self.temporaryFolder()
    defer {
      chmod(folder, 0o700)
      try? FileManager.default.removeItem(atPath: folder)
    }
    chmod(folder, 0o500)
    let warning = ProgressStore(path: folder + "/progress.json").save(ProgressData())
    #expect(warning?.contains("cannot save the progress") == true)
    let nested = ProgressStore(path: folder + "/convtutor/progress.json").save(ProgressData())
    #expect(nested != nil)
  }

  /// The helper writes the file in a loop; killed at any moment, the file still parses.
  @Test func anAtomicWriteSurvivesAKill() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/progress.json"
    for round in 0..<5 {
      let process = Process()
      process.executableURL = Self.writer
      process.arguments = [path]
      try process.run()
      // Wait until it has written at least once, then a little more, then kill it.
      var waited = 0
      while !FileManager.default.fileExists(atPath: path), waited < 500 {
        usleep(2_000)
        waited += 1
      }
      usleep(UInt32(3_000 + round * 7_000))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      #expect(process.terminationReason == .uncaughtSignal)
      let loaded = ProgressStore(path: path).load()
      #expect(loaded.warnings.isEmpty, "round \(round): \(loaded.warnings)")
      #expect(!loaded.data.lessons.isEmpty)
    }
  }

  /// The built `quiz-progress-writer`, beside the test bundle.
  static let writer: URL = {
    var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      .deletingLastPathComponent()
    while !FileManager.default.isExecutableFile(
      atPath: folder.appendingPathComponent("quiz-progress-writer").path), folder.path != "/"
    {
      folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("quiz-progress-writer")
  }()
}
