import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The built binary killed with SIGKILL while it answers and saves, 20 times at random
/// moments: the progress file is always absent or whole, and the temporary files of the writes
/// that were cut short do not pile up.
@Suite struct KillDuringSaveTests {
  /// A drill of 100 exercises, each given up cell by cell: it saves after every exercise.
  static let drill = ["drill", "--plain", "--seed", "7", "--count", "100"]

  @Test func killedAtRandomMomentsTheProgressIsAbsentOrWhole() throws {
    let data = try TutorInTmux.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: data) }
    let input = data.appendingPathComponent("give-up").path
    try String(repeating: "give up\n", count: 5_000).write(
      toFile: input, atomically: true, encoding: .utf8)
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_DATA_HOME"] = data.path
    let folder = data.appendingPathComponent("convtutor")
    let progress = folder.appendingPathComponent("progress.json")
    // How long a whole run takes here (the quicker of two), so that the kills fall while it
    // works.
    var span = Double.infinity
    for _ in 0..<2 {
      let start = Date()
      let whole = try Spawn.start(
        [BuiltBinary.url.path] + Self.drill, inputPath: input, environment: environment)
      #expect(Spawn.wait(whole) == .exited(0))
      span = min(span, Date().timeIntervalSince(start))
    }
    try FileManager.default.removeItem(at: folder)
    var generator = SystemRandomNumberGenerator()
    var killedMidRun = 0
    for round in 0..<20 {
      let pid = try Spawn.start(
        [BuiltBinary.url.path] + Self.drill, inputPath: input, environment: environment)
      // Within the first half of the quicker run: a busy machine makes runs vary by 2×.
      let delay = Double.random(in: 0.05...0.5, using: &generator) * max(span, 0.02)
      usleep(UInt32(delay * 1_000_000))
      kill(pid, SIGKILL)
      if Spawn.wait(pid) == .signaled(SIGKILL) { killedMidRun += 1 }
      // Absent, or a whole progress file (the parse fails the test on a torn one).
      _ = try TutorInTmux.progress(at: progress)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      let temporary = names.filter { $0.hasPrefix("progress.json.tmp-") }
      // Each save clears what writes that were killed left; only the last kill's may remain.
      #expect(temporary.count <= 1, "round \(round): \(names)")
    }
    #expect(killedMidRun >= 10, "most kills fall while the program runs")
    // One run to the end: the file is whole and nothing else is left beside it.
    let last = try Spawn.start(
      [BuiltBinary.url.path] + Self.drill, inputPath: input, environment: environment)
    #expect(Spawn.wait(last) == .exited(0))
    #expect(try TutorInTmux.progress(at: progress) != nil)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["progress.json"])
  }
}
