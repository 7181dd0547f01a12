import CTerminalGuard

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process-wide signal guard (the C target `CTerminalGuard`), seen from Swift.
///
/// Once installed: Ctrl-C, SIGTERM and SIGHUP are recorded for the event loop instead of
/// killing the process; crashes restore the terminal before the process dies; Ctrl-Z leaves
/// the full screen and a resume asks for a repaint. `CursesBackend` installs it before
/// `newterm` and removes it at shutdown.
public enum SignalGuard {
  /// Installs the handlers (idempotent); false if one could not be installed.
  @discardableResult
  public static func install() -> Bool { terminal_guard_install() == 0 }

  /// Restores the handlers that were there before `install`.
  public static func uninstall() { terminal_guard_uninstall() }

  /// Whether the handlers are installed.
  public static var isInstalled: Bool { terminal_guard_is_installed() != 0 }

  /// Tells the handlers whether curses is active (they call `endwin` only then).
  public static func setCursesActive(_ active: Bool) {
    terminal_guard_set_curses_active(active ? 1 : 0)
  }

  /// The event for the last SIGINT (`.interrupt`), SIGTERM or SIGHUP (`.terminate`) received
  /// since the previous call, or nil; clears it.
  public static func takeSignalEvent() -> Event? {
    event(for: terminal_guard_take_signal())
  }

  /// The event for a signal received and not yet taken, or nil; does not clear it.
  public static func pendingSignalEvent() -> Event? {
    event(for: terminal_guard_pending_signal())
  }

  /// Whether the process was continued after a stop since the previous call; clears it.
  public static func takeResumed() -> Bool { terminal_guard_take_resumed() != 0 }

  private static func event(for signal: Int32) -> Event? {
    switch signal {
    case 0: nil
    case SIGINT: .interrupt
    default: .terminate
    }
  }
}
