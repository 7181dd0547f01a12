import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Ctrl-C, SIGTERM and SIGHUP in a real terminal, while the animation plays, while a quiz
/// question waits and while a line is half typed: the terminal is given back, the program
/// ends as if killed by the signal (status 128 + its number), and the answers given so far are
/// in the progress database.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux"))
struct QuitSignalTmuxTests {
  static let signals: [String: Int32] = ["INT": SIGINT, "TERM": SIGTERM, "HUP": SIGHUP]

  @Test(arguments: TutorSituation.allCases, ["INT", "TERM", "HUP"])
  func theTerminalIsRestoredAndTheAnswersSaved(_ situation: TutorSituation, signal: String)
    throws
  {
    let session = try TutorInTmux.start("open 1")
    defer { session.finish() }
    if situation == .animation {
      // The quiz answered to its score (and saved), then its animation playing.
      try TutorSituation.finishQuizAndPlay(in: session.tmux)
    } else {
      try situation.reach(in: session.tmux)
    }
    let number = try #require(Self.signals[signal])
    if signal == "INT" {
      try session.tmux.sendKeys("C-c")
    } else {
      #expect(kill(try session.programID(), number) == 0)
    }
    try session.expectRestored(status: 128 + Int(number))
    let attempts = try session.exerciseOneAttempts()
    #expect(attempts.count == 1, "exercise 1's quiz is recorded once")
    let last = attempts.last
    #expect(TutorInTmux.score(last, "questions") == 9)
    if situation == .animation {
      #expect(last?["finished"] as? Bool == true)
      #expect(TutorInTmux.score(last, "rightFirstTry") == 9)
    } else {
      // The shape and the first row; the half-typed line is not an answer.
      #expect(last?["finished"] as? Bool == false)
      #expect(TutorInTmux.score(last, "rightFirstTry") == 5)
      #expect(TutorInTmux.score(last, "wrongTries") == 0)
      #expect((last?["answers"] as? [Any])?.count == 5)
    }
    try Self.expectNoTemporaryFiles(in: session)
  }

  /// The terminal closes under the program (its window is shut): SIGHUP, and the input gone.
  /// The answers are saved and the program ends, rather than wait on a terminal that is gone.
  @Test func closingTheTerminalSavesTheAnswers() throws {
    let session = try TutorInTmux.start("open 1")
    defer { session.finish() }
    try TutorSituation.quiz.reach(in: session.tmux)
    let program = try session.programID()
    session.tmux.kill()
    #expect(TutorInTmux.waitUntilEnded(program))
    #expect(TutorInTmux.score(try session.exerciseOneAttempts().last, "rightFirstTry") == 5)
    try Self.expectNoTemporaryFiles(in: session)
  }

  /// Nothing but the database is left in its folder (its write-ahead log is put back into it
  /// when the export above closed it).
  static func expectNoTemporaryFiles(in session: TutorInTmux) throws {
    let folder = session.database.deletingLastPathComponent().path
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(names == ["progress.sqlite"], "\(names)")
  }
}
