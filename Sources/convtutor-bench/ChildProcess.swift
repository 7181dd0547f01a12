#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A program run as a whole process, start to exit, for the benchmarks that time processes:
/// (a), (h) and (i).
enum ChildProcess {
  /// The path of the executable called `name` beside this benchmark binary (they are built
  /// together, into one folder), or nil when it is not there.
  static func sibling(_ name: String) -> String? {
    let executable = CommandLine.arguments[0]
    let folder =
      executable.contains("/") ? String(executable[..<executable.lastIndex(of: "/")!]) : "."
    let path = folder + "/" + name
    return access(path, X_OK) == 0 ? path : nil
  }

  /// Runs `arguments` (the executable's path first) with standard input from /dev/null and
  /// its output thrown away, and waits for it. `environment` is this process's when nil.
  /// Returns whether the process exited with status 0.
  static func run(_ arguments: [String], environment: [String]? = nil) -> Bool {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var pid: pid_t = 0
    var cArguments = arguments.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    let result: Int32
    if let environment {
      var cEnvironment = environment.map { strdup($0) } + [nil]
      defer { for pointer in cEnvironment { free(pointer) } }
      result = posix_spawn(&pid, arguments[0], &actions, nil, &cArguments, &cEnvironment)
    } else {
      result = posix_spawn(&pid, arguments[0], &actions, nil, &cArguments, environ)
    }
    guard result == 0 else { return false }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      if errno != EINTR { return false }
    }
    return status == 0
  }
}
