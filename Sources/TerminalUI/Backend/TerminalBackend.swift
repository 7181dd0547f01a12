/// What a runner needs from a terminal: its size, a way to show a frame, and events.
///
/// A backend only blits frames and reads keys; it holds no program state.
public protocol TerminalBackend {
  /// The current size of the screen.
  var size: (rows: Int, columns: Int) { get }

  /// Shows `frame`. Cells outside the screen are dropped.
  mutating func draw(_ frame: Frame)

  /// The next event, waiting at most `milliseconds` (forever when nil). Returns nil when the
  /// time passed with nothing to report.
  mutating func nextEvent(timeout milliseconds: Int?) -> Event?

  /// An event that is already waiting (the rest of a paste), without waiting; nil when none.
  mutating func pendingEvent() -> Event?

  /// Gives the terminal back in its normal state. Safe to call more than once.
  mutating func shutdown()

  /// Makes the next `draw` clear the screen and send every cell.
  mutating func requestFullRepaint()

  /// Rings the bell.
  mutating func bell()
}

extension TerminalBackend {
  /// Reads the next event without waiting.
  public mutating func pendingEvent() -> Event? { nextEvent(timeout: 0) }

  /// Does nothing.
  mutating func requestFullRepaint() {}

  /// Does nothing.
  mutating func bell() {}
}
