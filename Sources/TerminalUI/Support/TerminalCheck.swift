import CNcurses
import TerminalText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether the full-screen workspace can run here, checked before ncurses is started.
public enum TerminalCheck {
  /// The answer: usable, or not with a one-line reason.
  public enum Verdict: Hashable, Sendable {
    /// The terminal can show the full-screen workspace.
    case usable
    /// It cannot; `reason` says why in one line, e.g. "TERM is dumb (no cursor addressing)".
    case unusable(reason: String)

    /// Whether the terminal is usable.
    public var isUsable: Bool { self == .usable }

    /// The reason it is not usable, or nil.
    public var reason: String? {
      if case .unusable(let reason) = self { return reason }
      return nil
    }
  }

  /// Checks that standard input and output are terminals, `TERM` is set and not `dumb`, and
  /// the terminal type has cursor addressing (terminfo `cup`).
  ///
  /// - Parameters:
  ///   - environment: the process environment (`TERM` is read from it).
  ///   - isTerminal: whether a file descriptor is a terminal (`isatty` by default).
  ///   - hasCursorAddressing: whether a terminal type has `cup` (terminfo by default).
  public static func canUseFullScreen(
    environment: [String: String],
    isTerminal: (Int32) -> Bool = { isatty($0) == 1 },
    hasCursorAddressing: (String) -> Bool = TerminalCheck.terminfoHasCursorAddressing
  ) -> Verdict {
    if !isTerminal(0) { return .unusable(reason: "standard input is not a terminal") }
    if !isTerminal(1) { return .unusable(reason: "standard output is not a terminal") }
    guard let term = environment["TERM"], !term.isEmpty else {
      return .unusable(reason: "TERM is not set")
    }
    let shownTerm = TerminalEscaping.escapedForRow(term)
    if term == "dumb" { return .unusable(reason: "TERM is dumb (no cursor addressing)") }
    if !hasCursorAddressing(term) {
      return .unusable(reason: "terminal type \(shownTerm) is unknown or has no cursor addressing")
    }
    return .usable
  }

  /// Whether terminfo knows `term` and it has cursor addressing (`cup`).
  ///
  /// Loads the entry with `setupterm` and frees it again; call it before ncurses is started,
  /// not while a screen is active.
  public static func terminfoHasCursorAddressing(_ term: String) -> Bool {
    var error: Int32 = 0
    let previous = cn_cur_term()
    guard setupterm(term, -1, &error) == OK else { return false }
    let loaded = cn_cur_term()
    let result = cn_has_string_capability("cup") == 1
    if let loaded, loaded != previous {
      _ = del_curterm(loaded)
      _ = set_curterm(previous)
    }
    return result
  }
}
