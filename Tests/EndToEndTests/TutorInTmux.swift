import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `convtutor` in a real terminal (tmux) for the signal and fault tests: a data folder of its
/// own, and a shell that records how the program ended and the terminal's settings after it.
struct TutorInTmux {
  let tmux: Tmux
  /// The program's `XDG_DATA_HOME`.
  let data: URL
  /// Where the shell writes `exit=STATUS` and then `stty -a` once the program has ended
  /// (outside `data`, which a test may fill or make read-only).
  let record: URL
  /// Whether `data` was made for this session (and is removed with it).
  let ownsData: Bool

  /// The progress database in `data`.
  var database: URL { data.appendingPathComponent("convtutor/progress.sqlite") }

  /// A fresh, empty data folder.
  static func temporaryFolder(_ name: String = "xdg") throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Starts `convtutor ARGUMENTS` under `sh -c` in a new tmux server. `limit` is run before
  /// the program in a subshell of its own (e.g. `ulimit -f 0`), so the shell that records the
  /// end is not limited. The shell traps SIGINT (rather than ignoring it, which the program
  /// would inherit) so that it outlives a Ctrl-C.
  static func start(
    _ arguments: String, rows: Int = 30, columns: Int = 100, data: URL? = nil,
    limit: String? = nil
  ) throws -> TutorInTmux {
    let folder = try data ?? temporaryFolder()
    let record = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-record-\(UUID().uuidString)")
    let tmux = Tmux(rows: rows, columns: columns)
    let program =
      "env XDG_DATA_HOME=\(folder.path) SWIFT_BACKTRACE=interactive=no "
      + "\(BuiltBinary.url.path) \(arguments)"
    let run = limit.map { "(\($0); exec \(program))" } ?? program
    try tmux.start(
      "sh -c 'trap true INT; \(run); echo exit=$? > \(record.path); "
        + "stty -a >> \(record.path); sleep 30'")
    return TutorInTmux(tmux: tmux, data: folder, record: record, ownsData: data == nil)
  }

  /// Starts an interactive `sh` with job control in tmux (Debian's `dash`, which leaves the
  /// terminal's settings as the program left them), then `convtutor ARGUMENTS` in it.
  static func startInShell(_ arguments: String, rows: Int = 30, columns: Int = 100) throws
    -> TutorInTmux
  {
    let data = try temporaryFolder()
    let tmux = Tmux(rows: rows, columns: columns)
    try tmux.start(
      "env PS1='$ ' ENV= XDG_DATA_HOME=\(data.path) SWIFT_BACKTRACE=interactive=no sh -i")
    let record = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-record-\(UUID().uuidString)")
    let session = TutorInTmux(tmux: tmux, data: data, record: record, ownsData: true)
    try tmux.waitFor("$")
    try tmux.type("\(BuiltBinary.url.path) \(arguments)")
    try tmux.sendKeys("Enter")
    return session
  }

  /// Stops tmux and removes the record, and the data folder when it made it. A program still
  /// running gets SIGHUP and saves before it ends: the folder is removed after that.
  func finish() {
    let program = try? programID(timeout: 0)
    tmux.kill()
    if let program { _ = Self.waitUntilEnded(program) }
    try? FileManager.default.removeItem(at: record)
    if ownsData { try? FileManager.default.removeItem(at: data) }
  }

  /// The process id of `convtutor`: the child of the pane's shell, waited for at most
  /// `timeout` seconds.
  func programID(timeout: Double = 10) throws -> pid_t {
    let shell = try tmux.display("#{pane_pid}")
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      let found = try Spawn.run(["pgrep", "-x", "-P", shell, "convtutor"]).output
      if let pid = found.split(separator: "\n").first.flatMap({ pid_t($0) }) { return pid }
      if Date() >= deadline { break }
      usleep(20_000)
    }
    throw Tmux.Timeout(waitingFor: "the convtutor process", screen: try tmux.capture())
  }

  /// Waits at most `timeout` seconds for process `pid` to end; whether it did.
  static func waitUntilEnded(_ pid: pid_t, timeout: Double = 10) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while !hasEnded(pid) {
      if Date() >= deadline { return false }
      usleep(20_000)
    }
    return true
  }

  /// Whether process `pid` has ended (it is gone, or a zombie nobody has reaped yet).
  static func hasEnded(_ pid: pid_t) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return true }
    return stat[stat.index(close, offsetBy: 2)] == "Z"
  }

  /// Waits for the program to end; returns what the shell recorded (`exit=N`, `stty -a`).
  func endRecord(timeout: Double = 10) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let text = try? String(contentsOf: record, encoding: .utf8), text.contains("speed") {
        return text
      }
      usleep(20_000)
    }
    throw Tmux.Timeout(waitingFor: "the program to end", screen: (try? tmux.capture()) ?? "")
  }

  /// Checks that the terminal is as it was before the program: echo and canonical input on
  /// (from `stty -a`), the main screen, the cursor visible.
  static func expectCooked(_ settings: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let words = Set(settings.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }))
    #expect(words.contains("echo"), "echo on", sourceLocation: sourceLocation)
    #expect(words.contains("icanon"), "canonical input", sourceLocation: sourceLocation)
    #expect(words.contains("icrnl") && words.contains("opost"), sourceLocation: sourceLocation)
  }

  /// Checks the program ended with `status` and gave the terminal back restored.
  func expectRestored(status: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let record = try endRecord()
    #expect(
      record.hasPrefix("exit=\(status)\n"), "\(record.prefix(12))", sourceLocation: sourceLocation)
    Self.expectCooked(record, sourceLocation: sourceLocation)
    #expect(
      try tmux.display("#{alternate_on} #{cursor_flag}") == "0 1", sourceLocation: sourceLocation)
  }

  /// The review log of `data`, as `convtutor progress --export json` writes it (which
  /// must work, with nothing on standard error).
  func reviews(sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
    try Self.reviews(inData: data, sourceLocation: sourceLocation)
  }

  /// The review log of the data folder `data`, as `reviews()`.
  static func reviews(inData data: URL, sourceLocation: SourceLocation = #_sourceLocation)
    throws -> [[String: Any]]
  {
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_DATA_HOME"] = data.path
    let export = try BuiltBinary.run(["progress", "--export", "json"], environment: environment)
    #expect(export.status == 0, sourceLocation: sourceLocation)
    #expect(export.standardError == "", sourceLocation: sourceLocation)
    let parsed = try JSONSerialization.jsonObject(with: Data(export.standardOutput.utf8))
    return try #require(parsed as? [[String: Any]], "a JSON array", sourceLocation: sourceLocation)
  }

  /// The attempts recorded at exercise 1's first quiz (step index 1), in order.
  func exerciseOneAttempts() throws -> [[String: Any]] {
    try reviews().filter {
      $0["lessonId"] as? String == "exercise-1" && $0["stepIndex"] as? Int == 1
    }
  }

  /// A count of an attempt's score (`questions`, `rightFirstTry`, …).
  static func score(_ attempt: [String: Any]?, _ count: String) -> Int? {
    (attempt?["score"] as? [String: Any])?[count] as? Int
  }
}
