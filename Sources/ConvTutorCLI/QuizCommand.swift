import ArgumentParser
import ConvPrompt
import Foundation
import Lessons
import ProgressStorage
import Quiz
import TerminalText

/// `convtutor quiz ID [--plain]`: a lesson's quizzes, answered line by line.
struct QuizCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quiz",
    abstract: "Take a lesson's quizzes: compute the output yourself, the tutor checks it.",
    discussion: """
      Asks the output's shape (when the lesson asks it), then each output cell row by row. \
      Type a number (4, 1.67, 5/3, -inf), a whole row (11 13 12), or a shape (5x3, (1, 5, 3)); \
      ? or hint for a hint, give up to see the value. A wrong answer is marked ✗ and may be \
      tried 3 times. Each attempt is saved to $XDG_DATA_HOME/convtutor/progress.sqlite. \
      With --plain (scripts, screen readers) each question is one line ending in '? '.
      """
  )

  @Argument(help: "The lesson's id, its exercise number (1 to 5), or a lesson file (*.yaml).")
  var lesson: String

  @Option(name: .customLong("lessons"), help: "A folder of lesson files to add.")
  var folder: String?

  @Flag(help: "Ask line by line as plain text.")
  var plain = false

  func run() throws {
    let found = try LessonArgument.resolve(lesson, folder: folder).lesson
    let items = QuizItem.items(of: found)
    guard !items.isEmpty else {
      Terminal.writeError("convtutor: \(TerminalEscaping.escaped(found.id)) has no quiz\n")
      throw ExitCode.failure
    }
    var progress = SavedProgress.open()
    let runner = QuizCommand.plainRunner()
    var total = QuizScore()
    for (stepIndex, item) in items {
      let (session, ended) = runner.run(item)
      total.add(session.score)
      if session.isFinished || session.score.answered > 0 {
        progress.record(
          Review(
            of: session, exercise: .lessonStep(lessonId: found.id, stepIndex: stepIndex),
            at: Date().timeIntervalSince1970))
      }
      if ended { break }
    }
    if items.count > 1 {
      Terminal.write(total.summary.replacingOccurrences(of: "Score: ", with: "In all: ") + "\n")
    }
  }

  /// The plain-mode runner on standard input and output.
  static func plainRunner() -> PlainQuizRunner {
    PlainQuizRunner(
      readLine: { Swift.readLine(strippingNewline: true) },
      write: { Terminal.write($0) },
      clock: { Date().timeIntervalSince1970 },
      escape: { TerminalEscaping.escaped($0) })
  }
}
