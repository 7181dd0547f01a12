#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// (i): start-up as a whole process. `convtutor --version` and `convtutor run` of the slides
/// snippet against `bench-hello`, a Swift hello world with Foundation built beside them in the
/// same way, as ratios of medians. The three are run in turn, round after round, so that a
/// change in the machine's load falls on all of them alike.
enum StartBenchmarks {
  static let rounds = 300

  static func run() -> [String] {
    guard let hello = ChildProcess.sibling("bench-hello"),
      let convtutor = ChildProcess.sibling("convtutor")
    else { return ["(i) skipped: convtutor and bench-hello are not built beside convtutor-bench"] }
    let commands = [
      [hello],
      [convtutor, "--version"],
      [convtutor, "run", snippetFile()],
    ]
    var failed = false
    let summaries = measureInRounds(runs: rounds, warmUp: 10, count: commands.count) { index in
      if !ChildProcess.run(commands[index]) { failed = true }
    }
    if failed { return ["(i) a command failed"] }
    let build =
      isStaticBuild
      ? "static build"
      : "dynamic build (the target is for `swift build -c release --static-swift-stdlib`)"
    let baseline = summaries[0].median
    return [
      "(i) start-up, whole processes, \(build), \(rounds) rounds:",
      summaries[0].line("(i) hello world with Foundation", target: nil),
      summaries[1].line("(i) convtutor --version", target: nil)
        + ratio(summaries[1].median, to: baseline, within: 2),
      summaries[2].line("(i) convtutor run 01-conv-no-bias snippet", target: nil)
        + ratio(summaries[2].median, to: baseline, within: 3),
    ]
  }

  /// `value` as a multiple of `baseline`, and whether it is within `target` times.
  static func ratio(_ value: Double, to baseline: Double, within target: Double) -> String {
    let times = value / baseline
    let shown = (times * 100).rounded() / 100
    let verdict = times <= target ? "met" : "MISSED"
    return ": \(shown)× the hello world  [target within \(Int(target))×: \(verdict)]"
  }

  /// Whether this benchmark (and so everything built with it) has the Swift runtime linked in:
  /// a dynamic build maps `libswiftCore.so` (read from /proc/self/maps).
  static var isStaticBuild: Bool {
    guard let maps = fopen("/proc/self/maps", "r") else { return false }
    defer { fclose(maps) }
    var line = [CChar](repeating: 0, count: 4096)
    while fgets(&line, Int32(line.count), maps) != nil {
      if strstr(line, "libswiftCore.so") != nil { return false }
    }
    return true
  }
}
