import CTerminalGuard

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process-wide signal guard (the C target `CTerminalGuard`), seen from Swift.
///
/// Once installed: Ctrl-C, SIGTERM and SIGHUP are recorded for the event loop instead of
/// killing the process (which can end by the signal after cleaning up, `exit(bySignal:)`);
/// crashes restore the terminal before the process dies; Ctrl-Z leaves the full screen (after
/// the frame being written, `duringOutput`) and a resume asks for a repaint. `CursesBackend` installs it before
/// `newterm` and removes it at shutdown.
public enum SignalGuard {
  /// Installs the handlers (idempotent); false if one could not be installed.
  @discardableResult
  static func install() -> Bool { terminal_guard_install() == 0 }

  /// Restores the handlers that were there before `install`.
  static func uninstall() { terminal_guard_uninstall() }

  /// Whether the handlers are installed.
  static var isInstalled: Bool { terminal_guard_is_installed() != 0 }

  /// Tells the handlers whether curses is active (they call `endwin` only then).
  static func setCursesActive(_ active: Bool) {
    terminal_guard_set_curses_active(active ? 1 : 0)
  }

  /// The event for the last SIGINT (`.interrupt`), SIGTERM or SIGHUP (`.terminate`) received
  /// since the previous call, or nil; clears it.
  static func takeSignalEvent() -> Event? {
    event(for: terminal_guard_take_signal())
  }

  /// The event for a signal received and not yet taken, or nil; does not clear it.
  static func pendingSignalEvent() -> Event? {
    event(for: terminal_guard_pending_signal())
  }

  /// Whether the process was continued after a stop since the previous call; clears it.
  static func takeResumed() -> Bool { terminal_guard_take_resumed() != 0 }

  /// Turns bracketed paste on at `descriptor` (nil: off again), so that the terminal marks a
  /// paste's start and end; a suspension or a fatal signal turns it off for the shell.
  static func setBracketedPaste(_ descriptor: Int32?) {
    terminal_guard_set_bracketed_paste(descriptor ?? -1)
  }

  /// The SIGINT, SIGTERM or SIGHUP of the last signal event taken, or nil.
  public static var takenSignal: Int32? {
    let signal = terminal_guard_taken_signal()
    return signal == 0 ? nil : signal
  }

  /// Ends the process as `signal` ends a process that does not handle it, so that the shell
  /// sees it was killed by the signal (status 128 + its number). Call it after cleaning up.
  public static func exit(bySignal signal: Int32) -> Never {
    terminal_guard_exit_by_signal(signal)
  }

  /// Runs `body`, which writes to the terminal through ncurses, with a Ctrl-Z that comes
  /// meanwhile held until it is done (the stop's `endwin` must not cut into a frame).
  static func duringOutput<Result>(_ body: () -> Result) -> Result {
    terminal_guard_begin_output()
    defer { terminal_guard_end_output() }
    return body()
  }

  private static func event(for signal: Int32) -> Event? {
    switch signal {
    case 0: nil
    case SIGINT: .interrupt
    default: .terminate
    }
  }
}
