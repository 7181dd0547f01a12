import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The built binary killed with SIGKILL while it answers and saves, 20 times at random
/// moments: the database always opens with every review committed before (the count of
/// reviews never falls), and nothing but the database is left beside it.
@Suite struct KillDuringSaveTests {
  /// A drill of 100 exercises, each given up cell by cell: it saves after every exercise.
  static let drill = ["drill", "--plain", "--seed", "7", "--count", "100"]

  @Test func killedAtRandomMomentsEveryCommittedReviewIsKept() throws {
    let data = try TutorInTmux.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: data) }
    let input = data.appendingPathComponent("give-up").path
    try String(repeating: "give up\n", count: 5_000).write(
      toFile: input, atomically: true, encoding: .utf8)
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_DATA_HOME"] = data.path
    let folder = data.appendingPathComponent("convtutor")
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
    #expect(try TutorInTmux.reviews(inData: data).count == 200)
    try FileManager.default.removeItem(at: folder)
    var generator = SystemRandomNumberGenerator()
    var killedMidRun = 0
    var kept = 0
    for round in 0..<20 {
      let pid = try Spawn.start(
        [BuiltBinary.url.path] + Self.drill, inputPath: input, environment: environment)
      // Within the first half of the quicker run: a busy machine makes runs vary by 2×.
      let delay = Double.random(in: 0.05...0.5, using: &generator) * max(span, 0.02)
      usleep(UInt32(delay * 1_000_000))
      kill(pid, SIGKILL)
      if Spawn.wait(pid) == .signaled(SIGKILL) { killedMidRun += 1 }
      // It opens (no message), and holds at least what it held before the run.
      let count = try TutorInTmux.reviews(inData: data).count
      #expect(count >= kept, "round \(round): \(count) reviews after \(kept)")
      kept = count
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      #expect(names.allSatisfy { $0 == "progress.sqlite" }, "round \(round): \(names)")
    }
    #expect(killedMidRun >= 10, "most kills fall while the program runs")
    // One run to the end: its 100 reviews are added, and the database is alone in its folder.
    let last = try Spawn.start(
      [BuiltBinary.url.path] + Self.drill, inputPath: input, environment: environment)
    #expect(Spawn.wait(last) == .exited(0))
    #expect(try TutorInTmux.reviews(inData: data).count == kept + 100)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["progress.sqlite"])
  }
}
