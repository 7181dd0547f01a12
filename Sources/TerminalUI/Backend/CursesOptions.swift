/// Settings of a `CursesBackend`.
public struct CursesOptions: Hashable, Sendable {
  /// Use colours when the terminal has them; false draws attributes only. Colour is also off
  /// when the environment has a non-empty `NO_COLOR`.
  var color: Bool
  /// Measure the bytes each `draw` writes to the terminal (`CursesBackend.lastDrawByteCount`).
  var measuresOutput: Bool
  /// Install the `SignalGuard` before starting ncurses, and remove it at shutdown.
  var installsSignalGuard: Bool
  /// Milliseconds ncurses waits after Esc for the rest of an escape sequence.
  public var escapeDelay: Int

  /// Options with the given values.
  public init(
    color: Bool = true, measuresOutput: Bool = false, installsSignalGuard: Bool = true,
    escapeDelay: Int = 25
  ) {
    self.color = color
    self.measuresOutput = measuresOutput
    self.installsSignalGuard = installsSignalGuard
    self.escapeDelay = escapeDelay
  }

  /// Whether to use colour given `environment` (`NO_COLOR` set and not empty turns it off).
  func usesColor(environment: [String: String]) -> Bool {
    color && (environment["NO_COLOR"] ?? "").isEmpty
  }
}
