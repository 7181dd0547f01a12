import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Drives a program in a real terminal: a tmux server on a private socket, one session.
///
/// Works without a controlling terminal (CI). Waits by polling `capture-pane` until a pattern
/// shows or a deadline passes, never by sleeping a fixed time. Call `kill()` when done (a
/// `defer` right after `start`).
///
///     let tmux = Tmux()
///     try tmux.start("sh -c 'echo hello; sleep 5'")
///     defer { tmux.kill() }
///     let screen = try tmux.waitFor("hello")
public struct Tmux {
  /// The private socket name (`tmux -L`).
  public let socket: String
  /// The session's window size.
  public let rows: Int
  public let columns: Int

  public init(socket: String? = nil, rows: Int = 30, columns: Int = 100) {
    self.socket = socket ?? "convtutor-\(getpid())-\(UUID().uuidString.prefix(8))"
    self.rows = rows
    self.columns = columns
  }

  /// Whether tmux is installed.
  public static var isAvailable: Bool { Spawn.isAvailable("tmux") }

  /// Starts the server and a detached session running `command` (a shell command line).
  /// `environment` is added to the session's environment (`-e NAME=VALUE`).
  public func start(_ command: String, environment: [String: String] = [:]) throws {
    // Keep the pane after the program ends, so its exit status can be read; set before the
    // session starts, so even a program that ends at once is kept. (tmux 3.3 replaces the
    // pane's screen by "Pane is dead"; to read the last screen, end the command with a sleep.)
    var arguments = [
      "set-option", "-g", "remain-on-exit", "on", ";",
      "new-session", "-d", "-s", Self.sessionName, "-x", String(columns), "-y", String(rows),
    ]
    for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
      arguments += ["-e", "\(name)=\(value)"]
    }
    // The server gets a clean, predictable environment: no user configuration, a known TERM.
    var processEnvironment = ProcessInfo.processInfo.environment
    processEnvironment["TMUX"] = nil
    processEnvironment["TERM"] = processEnvironment["TERM"] ?? "xterm-256color"
    try tmux(["-f", "/dev/null"] + arguments + [command], environment: processEnvironment)
  }

  /// Sends keys as `tmux send-keys` names them: "Right", "Enter", "C-c", "q", "Escape".
  public func sendKeys(_ keys: String...) throws {
    try tmux(["send-keys", "-t", target] + keys)
  }

  /// Types `text` literally (`send-keys -l`).
  public func type(_ text: String) throws {
    try tmux(["send-keys", "-t", target, "-l", text])
  }

  /// The screen as text (`capture-pane -p`), or with SGR escape codes when `escapes`.
  public func capture(escapes: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p", "-t", target] + (escapes ? ["-e"] : []))
  }

  /// Polls the screen until it contains `pattern`; returns the screen. Throws `Tmux.Timeout`
  /// with the last screen when `timeout` seconds pass first.
  @discardableResult
  public func waitFor(_ pattern: String, timeout: Double = 10, escapes: Bool = false) throws
    -> String
  {
    try waitUntil(timeout: timeout, escapes: escapes, description: pattern) {
      $0.contains(pattern)
    }
  }

  /// Polls the screen until `condition` holds; returns the screen.
  @discardableResult
  public func waitUntil(
    timeout: Double = 10, escapes: Bool = false, description: String = "condition",
    _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = ""
    while true {
      screen = (try? capture(escapes: escapes)) ?? ""
      if condition(screen) { return screen }
      if Date() >= deadline { throw Timeout(waitingFor: description, screen: screen) }
      usleep(20_000)
    }
  }

  /// Resizes the window (the program sees SIGWINCH).
  public func resize(rows: Int, columns: Int) throws {
    try tmux(["resize-window", "-t", target, "-x", String(columns), "-y", String(rows)])
  }

  /// Resizes the window to each size in turn, in one tmux command: the program sees a storm
  /// of SIGWINCH faster than it can draw.
  public func resize(through sizes: [(rows: Int, columns: Int)]) throws {
    var arguments: [String] = []
    for (rows, columns) in sizes {
      if !arguments.isEmpty { arguments.append(";") }
      arguments += ["resize-window", "-t", target, "-x", String(columns), "-y", String(rows)]
    }
    try tmux(arguments)
  }

  /// A tmux format evaluated for the pane, e.g. "#{alternate_on} #{cursor_flag}".
  public func display(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", target, format])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Stops the server and everything in it, and removes its socket. Safe to call more than
  /// once.
  public func kill() {
    _ = try? tmux(["kill-server"])
    let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
    unlink("\(folder)/tmux-\(getuid())/\(socket)")
  }

  /// Runs `tmux -L socket arguments…`; returns what it printed. Throws when it fails.
  @discardableResult
  public func tmux(_ arguments: [String], environment: [String: String]? = nil) throws -> String {
    let result = try Spawn.run(["tmux", "-L", socket] + arguments, environment: environment)
    guard result.status == .exited(0) else {
      throw Failure(arguments: arguments, status: result.status, output: result.output)
    }
    return result.output
  }

  /// The one session's name, and the target of every command.
  static let sessionName = "main"
  private var target: String { "=" + Self.sessionName + ":" }

  /// A pattern did not show in time.
  public struct Timeout: Error, CustomStringConvertible {
    public let waitingFor: String
    public let screen: String

    public init(waitingFor: String, screen: String) {
      self.waitingFor = waitingFor
      self.screen = screen
    }
    public var description: String { "timed out waiting for \(waitingFor); screen:\n\(screen)" }
  }

  /// A tmux command failed.
  public struct Failure: Error, CustomStringConvertible {
    public let arguments: [String]
    public let status: Spawn.Status
    public let output: String
    public var description: String {
      "tmux \(arguments.joined(separator: " ")) ended \(status): \(output)"
    }
  }
}
