import Foundation
import TestSupport
import Testing

/// Where the learner is when a signal or a fault comes: watching the animation play, with a
/// quiz question waiting at the prompt, or halfway through typing a line.
enum TutorSituation: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case animation
  case quiz
  case prompt

  var testDescription: String { rawValue }

  /// The slides' first snippet, shown as an animation (no quiz, so no clock on screen).
  static let snippet = BuiltBinary.snippets.appendingPathComponent("01-conv-no-bias.py").path

  /// The arguments that start the situation: the snippet shown for the animation, exercise 1
  /// for the quiz and the prompt.
  var arguments: String { self == .animation ? "show \(Self.snippet)" : "open 1" }

  /// Brings the program started with `arguments` into this situation: the animation playing
  /// at the fastest speed; exercise 1's shape and first row answered and row 2 asked; the
  /// same with `4 8` typed and not sent.
  func reach(in tmux: Tmux) throws {
    if self == .animation {
      try tmux.waitFor("step 1 of 16")
      try tmux.sendKeys("+", "+", "+", "Space")
      try tmux.waitFor("playing, 0.25 s/step")
      return
    }
    try Self.answerFirstRow(in: tmux)
    if self == .prompt {
      try tmux.type("4 8")
      try tmux.waitUntil(description: "the typed line") { screen in
        screen.split(separator: "\n").contains { $0.hasPrefix("?") && $0.hasSuffix("4 8") }
      }
    }
  }

  /// In exercise 1 (`open 1`): goes to the first quiz, answers the shape and the first row.
  static func answerFirstRow(in tmux: Tmux) throws {
    try tmux.waitFor("Exercise 1")
    try LessonTmuxTests.pressNext(until: "What is the shape of the output?", in: tmux)
    try tmux.type("2x4")
    try tmux.sendKeys("Enter")
    try tmux.waitFor("Row 0, column 0 = ?")
    try tmux.type("4 7 5 8")
    try tmux.sendKeys("Enter")
    try tmux.waitFor("Row 1, column 0 = ?")
  }

  /// In exercise 1 (`open 1`): answers the first quiz to its score, then plays its animation
  /// from the start.
  static func finishQuizAndPlay(in tmux: Tmux) throws {
    try answerFirstRow(in: tmux)
    try tmux.type("4 8 4 8")
    try tmux.sendKeys("Enter")
    try tmux.waitFor("9 of 9 right at the first try")
    try tmux.sendKeys("Tab", "Space")
    try tmux.waitFor("▶ playing")
  }
}
