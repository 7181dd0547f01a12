import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Ctrl-C, SIGTERM and SIGHUP in a real terminal, while the animation plays, while a quiz
/// question waits and while a line is half typed: the terminal is given back, the program
/// ends as if killed by the signal (status 128 + its number), and the answers given so far are
/// in the progress file.
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
    let result = try #require(try session.exerciseOneResult(), "exercise 1's quiz is recorded")
    let last = try #require(result["last"] as? [String: Any])
    #expect(result["attempts"] as? Int == 1)
    #expect(last["questions"] as? Int == 9)
    if situation == .animation {
      #expect(result["completed"] as? Bool == true)
      #expect(last["rightFirstTry"] as? Int == 9)
    } else {
      // The shape and the first row; the half-typed line is not an answer.
      #expect(result["completed"] as? Bool == false)
      #expect(last["rightFirstTry"] as? Int == 5)
      #expect(last["wrongTries"] as? Int == 0)
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
    let result = try #require(try session.exerciseOneResult())
    #expect((result["last"] as? [String: Any])?["rightFirstTry"] as? Int == 5)
    try Self.expectNoTemporaryFiles(in: session)
  }

  /// No temporary file of an atomic write is left beside the progress file.
  static func expectNoTemporaryFiles(in session: TutorInTmux) throws {
    let folder = session.progressFile.deletingLastPathComponent().path
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(names == ["progress.json"], "\(names)")
  }
}
