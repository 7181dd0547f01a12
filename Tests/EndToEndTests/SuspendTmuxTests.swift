import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Ctrl-Z and `fg` under a shell with job control, and a stop and continue sent from outside,
/// while the animation plays, while a quiz question waits and while a line is half typed.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux"))
struct SuspendTmuxTests {
  /// While stopped the shell has the terminal, in its normal state; after `fg` the frame is
  /// back as it was (the typed text, the question), the animation plays on, keys work.
  @Test(arguments: TutorSituation.allCases)
  func controlZThenForegroundRedrawsEverything(_ situation: TutorSituation) throws {
    let session = try TutorInTmux.startInShell(situation.arguments)
    defer { session.finish() }
    let tmux = session.tmux
    try situation.reach(in: tmux)
    let before = try ScreenChecks.settled(tmux)
    try tmux.sendKeys("C-z")
    try tmux.waitFor("Stopped")
    #expect(try tmux.display("#{alternate_on} #{cursor_flag}") == "0 1")
    // The shell reads lines again: a command typed now runs, with echo and canonical input.
    try tmux.type("stty -a > \(session.record.path)")
    try tmux.sendKeys("Enter")
    TutorInTmux.expectCooked(try session.endRecord())
    try tmux.type("fg")
    try tmux.sendKeys("Enter")
    if situation == .animation {
      try tmux.waitFor("▶ playing")
      let step = try #require(ScreenChecks.step(in: try tmux.capture()))
      try ScreenChecks.waitForPlaying(after: step, in: tmux)
      try ScreenChecks.settle(situation, in: tmux)
      let expected = try ScreenChecks.twinScreen(situation, rows: 30, columns: 100)
      ScreenChecks.expectScreen(tmux, equals: expected)
    } else {
      ScreenChecks.expectScreen(tmux, equals: before)
    }
    try Self.expectKeysWork(situation, in: tmux)
    #expect(try tmux.display("#{alternate_on}") == "0")
  }

  /// SIGSTOP and SIGCONT from outside (no Ctrl-Z handler runs): while stopped something else
  /// draws over the screen; after the continue the whole frame is drawn again.
  @Test(arguments: TutorSituation.allCases)
  func stopAndContinueFromOutsideRepaints(_ situation: TutorSituation) throws {
    let session = try TutorInTmux.start(situation.arguments)
    defer { session.finish() }
    let tmux = session.tmux
    try situation.reach(in: tmux)
    let before = try ScreenChecks.settled(tmux)
    let program = try session.programID()
    #expect(kill(program, SIGSTOP) == 0)
    try Self.scribble("\u{1B}[2J\u{1B}[HSCRIBBLED OVER", on: tmux)
    try tmux.waitFor("SCRIBBLED OVER")
    #expect(kill(program, SIGCONT) == 0)
    if situation == .animation {
      try tmux.waitUntil(description: "the frame again") { !$0.contains("SCRIBBLED") }
      let step = try #require(ScreenChecks.step(in: try tmux.capture()))
      try ScreenChecks.waitForPlaying(after: step, in: tmux)
      try ScreenChecks.settle(situation, in: tmux)
      let expected = try ScreenChecks.twinScreen(situation, rows: 30, columns: 100)
      ScreenChecks.expectScreen(tmux, equals: expected)
    } else {
      ScreenChecks.expectScreen(tmux, equals: before)
    }
    try Self.expectKeysWork(situation, in: tmux)
    try session.expectRestored(status: 0)
  }

  /// `kill %1` in bash on a suspended program sends SIGTERM, then SIGCONT: the program, now
  /// in the background, saves the answers and ends without touching the terminal (which
  /// belongs to the shell; a background process that changes its modes is stopped again).
  @Test func terminatingASuspendedProgramSavesAndEnds() throws {
    let session = try TutorInTmux.startInShell("open 1")
    defer { session.finish() }
    let tmux = session.tmux
    try TutorSituation.quiz.reach(in: tmux)
    let program = try session.programID()
    try tmux.sendKeys("C-z")
    let stopped = try tmux.waitFor("Stopped")
    #expect(kill(program, SIGTERM) == 0)
    #expect(kill(program, SIGCONT) == 0)
    #expect(TutorInTmux.waitUntilEnded(program))
    #expect(TutorInTmux.score(try session.exerciseOneAttempts().last, "rightFirstTry") == 5)
    #expect(try tmux.display("#{alternate_on} #{cursor_flag}") == "0 1")
    #expect(try tmux.capture() == stopped, "nothing was drawn over the shell")
  }

  /// Writes `text` to the pane's terminal, as another program would.
  static func scribble(_ text: String, on tmux: Tmux) throws {
    let terminal = try tmux.display("#{pane_tty}")
    let handle = try #require(FileHandle(forWritingAtPath: terminal))
    defer { try? handle.close() }
    try handle.write(contentsOf: Data(text.utf8))
  }

  /// Keys still reach the program: the quiz takes the rest of its answers, the animation
  /// steps; then it quits with q.
  static func expectKeysWork(_ situation: TutorSituation, in tmux: Tmux) throws {
    switch situation {
    case .animation:
      try tmux.sendKeys("Home")
      try tmux.waitFor("step 1 of 16")
    case .quiz, .prompt:
      try tmux.type(situation == .quiz ? "4 8 4 8" : " 4 8")
      try tmux.sendKeys("Enter")
      try tmux.waitFor("9 of 9 right at the first try")
      try tmux.sendKeys("Tab")
    }
    try tmux.sendKeys("q")
    try tmux.waitUntil(description: "the main screen") { _ in
      (try? tmux.display("#{alternate_on}")) == "0"
    }
  }
}
