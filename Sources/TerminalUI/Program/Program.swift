/// A full-screen program as pure state: events change it, and it draws itself into a frame.
///
/// Only `update(_:)` changes state. `render(into:)` must draw the same frame for the same
/// state, and never touch the terminal. Time arrives as `.tick` events, so a test drives a
/// program with a list of events and never sleeps.
public protocol Program {
  /// Applies `event` and returns what the runner should do besides redrawing.
  mutating func update(_ event: Event) -> [Command]

  /// Draws the current state into `frame`, a blank frame of the terminal's current size.
  func render(into frame: inout Frame)

  /// The milliseconds until the next `.tick` this program wants now (for example while an
  /// animation plays), or nil when it is idle and only reacts to input.
  var tickInterval: Int? { get }

  /// Whether the program is done; the runner stops after the frame for this state is drawn.
  var isFinished: Bool { get }
}
