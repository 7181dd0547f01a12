/// A full-screen program as pure state: events change it, and it draws itself into a frame.
///
/// Only `update` changes state. `render(into:)` must draw the same frame for the same
/// state, and never touch the terminal. Time arrives as `.tick` events, so a test drives a
/// program with a list of events and never sleeps. Work with consequences outside the
/// program (saving progress) is returned as ``Command/perform(_:)`` effects, which the runner
/// carries out; what came of one comes back through ``update(with:)``.
public protocol Program {
  /// The work this program asks the runner to carry out.
  associatedtype Effect: Sendable = Never
  /// What comes back of an effect carried out.
  associatedtype Reply: Sendable = Never

  /// Applies `event` and returns what the runner should do besides redrawing.
  mutating func update(_ event: Event) -> [Command<Effect>]

  /// Applies what came of an effect, and returns what the runner should do next.
  mutating func update(with reply: Reply) -> [Command<Effect>]

  /// Draws the current state into `frame`, a blank frame of the terminal's current size.
  func render(into frame: inout Frame)

  /// The milliseconds until the next `.tick` this program wants now (for example while an
  /// animation plays), or nil when it is idle and only reacts to input.
  var tickInterval: Int? { get }

  /// Whether the program is done; the runner stops after the frame for this state is drawn.
  var isFinished: Bool { get }
}

extension Program where Reply == Never {
  /// A program without effects gets no replies.
  mutating func update(with reply: Never) -> [Command<Effect>] {}
}
