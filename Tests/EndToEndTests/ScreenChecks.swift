import Foundation
import TestSupport
import Testing

/// Waiting for screens that can be compared: a settled state, a screen that stopped changing,
/// and the screen a program that was never disturbed shows (its twin).
enum ScreenChecks {
  /// The screen once two captures 100 ms apart agree (a frame may be half drawn).
  static func settled(_ tmux: Tmux, timeout: Double = 10) throws -> String {
    var previous = try tmux.capture()
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      usleep(100_000)
      let screen = try tmux.capture()
      if screen == previous { return screen }
      previous = screen
    }
    throw Tmux.Timeout(waitingFor: "the screen to settle", screen: previous)
  }

  /// Brings a program into a state that no longer changes by itself: for the animation, its
  /// last step (where playing stops); the quiz and the prompt already are.
  static func settle(_ situation: TutorSituation, in tmux: Tmux) throws {
    guard situation == .animation else { return }
    try tmux.sendKeys("End")
    try tmux.waitFor("step 16 of 16 │ ❚❚ paused")
  }

  /// The step number in the title, `step N of 16`.
  static func step(in screen: String) -> Int? {
    guard let title = screen.split(separator: "\n").first,
      let range = title.range(of: "step ", options: .backwards)
    else { return nil }
    return Int(title[range.upperBound...].prefix { $0.isNumber })
  }

  /// Waits until the playing animation shows a later step than `step`: it is running.
  static func waitForPlaying(after step: Int, in tmux: Tmux) throws {
    try tmux.waitUntil(description: "a step after \(step), playing") { screen in
      (Self.step(in: screen) ?? 0) > step && screen.contains("▶ playing")
    }
  }

  /// Starts the same situation undisturbed at `rows` × `columns`, settles it and returns its
  /// screen: what the disturbed program must show.
  static func twinScreen(_ situation: TutorSituation, rows: Int, columns: Int) throws -> String {
    let twin = try TutorInTmux.start(situation.arguments, rows: rows, columns: columns)
    defer { twin.finish() }
    try situation.reach(in: twin.tmux)
    try settle(situation, in: twin.tmux)
    return try settled(twin.tmux)
  }

  /// Waits until `tmux` shows exactly `expected`; records both screens when it does not.
  static func expectScreen(
    _ tmux: Tmux, equals expected: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    do {
      try tmux.waitUntil(description: "the expected screen") { $0 == expected }
    } catch {
      let shown = (try? tmux.capture()) ?? ""
      let message = "the screen differs\n--- shown:\n\(shown)\n--- expected:\n\(expected)"
      Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
  }
}
