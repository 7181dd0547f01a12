#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the process sets up before anything else runs.
enum ProcessSetup {
  /// Ignores SIGXFSZ. Past a file size limit (`ulimit -f`) the kernel sends it on every write
  /// that would grow a file, and its default action kills the process: a learner would lose
  /// the quiz (and, in the workspace, the terminal's settings). Ignored, the write fails with
  /// EFBIG instead, and the progress store warns that the file is too large.
  static func prepare() {
    signal(SIGXFSZ, SIG_IGN)
  }
}
