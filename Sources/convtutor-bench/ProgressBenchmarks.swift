import Foundation
import ProgressStorage
import Quiz

#if canImport(Glibc)
  import Glibc
#endif

/// (f) to (h): the progress database. A save's time, the database's size after 1,000 reviews,
/// and a drill's start-up over that log, in the process and as a whole `convtutor drill`.
enum ProgressBenchmarks {
  static func run() -> [String] {
    let folder = NSTemporaryDirectory() + "convtutor-bench-\(getpid())"
    let data = folder + "/convtutor"
    try? FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = data + "/" + ProgressStore.fileName
    var lines: [String] = []
    switch SampleReviews.record(1_000, into: path) {
    case .failure(let error):
      return ["(f) failed: \(error.message)"]
    case .success(let (seconds, bytes)):
      lines.append(
        Summary(samples: seconds).line(
          "(f) a save (one review and its 9 answers, one transaction, synced)", target: 0.010))
      lines.append(
        "(g) database after 1,000 reviews: \(bytes / 1024) KiB with its write-ahead log, "
          + "\(size(of: path) / 1024) KiB once the last connection has closed")
    }
    let startUp = measure(runs: 20) {
      let store = ProgressStore.open(at: path, creatingIfMissing: false).store
      let reviews = (try? store?.reviews()) ?? []
      var schedule = DrillRequest().schedule(reviews: reviews, at: Date().timeIntervalSince1970)
      _ = schedule.nextItem(at: Date().timeIntervalSince1970)
    }
    lines.append(
      startUp.line(
        "(h) drill start-up in the process: open, read 1,000 reviews, schedule, first item",
        target: 0.100))
    lines.append(wholeDrill(data: folder))
    return lines
  }

  /// The size of the file at `path` and of its write-ahead log, in bytes.
  static func size(of path: String) -> Int {
    [path, path + "-wal"].reduce(0) { total, file in
      total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
    }
  }

  /// `convtutor drill --plain --count 1` over the 1,000 reviews, input closed at once: the
  /// process from start to its first question and exit.
  static func wholeDrill(data: String) -> String {
    guard let binary = ChildProcess.sibling("convtutor") else {
      return "(h) skipped: convtutor is not built beside convtutor-bench"
    }
    let arguments = [binary, "drill", "--plain", "--count", "1"]
    let environment = ["XDG_DATA_HOME=\(data)", "PATH=/usr/bin:/bin"]
    var failed = false
    let summary = measure(runs: 20) {
      if !ChildProcess.run(arguments, environment: environment) { failed = true }
    }
    if failed { return "(h) convtutor drill failed" }
    return summary.line(
      "(h) convtutor drill --plain over 1,000 reviews, whole process to its first question",
      target: 0.100)
  }
}
