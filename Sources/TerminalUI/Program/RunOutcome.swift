/// Why a run ended.
public enum RunOutcome: Hashable, Sendable {
  /// The program finished.
  case finished
  /// The user pressed Ctrl-C (SIGINT).
  case interrupted
  /// The process was asked to stop (SIGTERM or SIGHUP).
  case terminated
  /// The input went away.
  case inputClosed
}
