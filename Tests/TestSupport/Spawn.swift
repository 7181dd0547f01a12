import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Starting processes from tests with `posix_spawn` and `waitpid`.
///
/// `Foundation.Process` hangs in `waitUntilExit` when the child leaves a daemon holding its
/// pipe (the tmux server does), and test threads may block signals that a child would inherit.
/// So children start with an empty signal mask and default handlers, and their output goes
/// to a file, never a pipe.
public enum Spawn {
  /// How a child ended.
  public enum Status: Equatable, Sendable {
    case exited(Int32)
    case signaled(Int32)
    case stopped(Int32)
  }

  /// Starts `arguments[0]` (looked up in PATH) and returns its process id; standard output and
  /// error go to `outputPath` (or /dev/null), standard input comes from /dev/null.
  /// `inputPath` becomes standard input (default /dev/null); standard error goes to
  /// `errorPath`, or with standard output when it is nil.
  public static func start(
    _ arguments: [String], inputPath: String? = nil, outputPath: String? = nil,
    errorPath: String? = nil, environment: [String: String]? = nil
  ) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, inputPath ?? "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, outputPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    if let errorPath {
      posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    } else {
      posix_spawn_file_actions_adddup2(&actions, 1, 2)
    }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGTSTP, SIGCONT, SIGWINCH, SIGCHLD] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let environment = (environment ?? ProcessInfo.processInfo.environment).map { "\($0)=\($1)" }
    var argv = arguments.map { strdup($0) } + [nil]
    var envp = environment.map { strdup($0) } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    let result = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, &envp)
    guard result == 0 else { throw SpawnError(arguments: arguments, code: result) }
    return pid
  }

  /// Waits for `pid` to end (or stop, with `untraced`).
  public static func wait(_ pid: pid_t, untraced: Bool = false) -> Status {
    var status: Int32 = 0
    while waitpid(pid, &status, untraced ? WUNTRACED : 0) < 0 {
      if errno != EINTR { return .exited(-1) }
    }
    if status & 0x7F == 0 { return .exited((status >> 8) & 0xFF) }
    if status & 0xFF == 0x7F { return .stopped((status >> 8) & 0xFF) }
    return .signaled(status & 0x7F)
  }

  /// Waits for `pid` to end, at most `seconds`; past that it is killed (SIGKILL) and reaped,
  /// and the result is nil. For a child that might block: the test never hangs.
  public static func wait(_ pid: pid_t, seconds: Double) -> Status? {
    let deadline = Date().addingTimeInterval(seconds)
    var status: Int32 = 0
    while true {
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid { break }
      if result < 0, errno != EINTR { return .exited(-1) }
      if Date() > deadline {
        kill(pid, SIGKILL)
        _ = wait(pid)
        return nil
      }
      usleep(5_000)
    }
    if status & 0x7F == 0 { return .exited((status >> 8) & 0xFF) }
    if status & 0xFF == 0x7F { return .stopped((status >> 8) & 0xFF) }
    return .signaled(status & 0x7F)
  }

  /// Runs `arguments` to the end; returns how it ended and what it printed.
  @discardableResult
  public static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> (
    status: Status, output: String
  ) {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("spawn-\(UUID().uuidString).out").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let pid = try start(arguments, outputPath: path, environment: environment)
    let status = wait(pid)
    let output = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return (status, output)
  }

  /// Whether `name` is a program in PATH.
  public static func isAvailable(_ name: String) -> Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
    }
  }
}

public struct SpawnError: Error, CustomStringConvertible {
  public let arguments: [String]
  public let code: Int32
  public var description: String {
    "cannot start \(arguments.joined(separator: " ")): error \(code)"
  }
}
