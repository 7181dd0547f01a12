import ArgumentParser
import ConvPrompt
import Lessons
import Quiz
import TerminalText

/// `convtutor progress [--reset [--yes]]`: what the learner has done, or a fresh start.
struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progress",
    abstract: "Show the saved progress of quizzes and drills, or clear it.",
    discussion: """
      Progress lives in $XDG_DATA_HOME/convtutor/progress.json (by default \
      ~/.local/share/convtutor/progress.json). --reset clears it after asking (y/N).
      """
  )

  @Flag(help: "Clear all progress (asks first).")
  var reset = false

  @Flag(help: "With --reset: do not ask.")
  var yes = false

  func run() throws {
    guard let store = ProgressStore.standard() else {
      Terminal.writeError("convtutor: neither XDG_DATA_HOME nor HOME is set\n")
      throw ExitCode.failure
    }
    if reset {
      if !yes {
        Terminal.write("Clear all progress in \(TerminalEscaping.escaped(store.path))? [y/N] ")
        let answer = readLine()?.lowercased() ?? ""
        guard answer == "y" || answer == "yes" else {
          Terminal.write("Nothing cleared.\n")
          return
        }
      }
      if let warning = store.reset() {
        Terminal.writeError("convtutor: \(TerminalEscaping.escaped(warning))\n")
        throw ExitCode.failure
      }
      Terminal.write("Progress cleared.\n")
      return
    }
    let loaded = store.load()
    for warning in loaded.warnings {
      Terminal.writeError("convtutor: warning: \(TerminalEscaping.escaped(warning))\n")
    }
    Terminal.write("Progress in \(TerminalEscaping.escaped(store.path)):\n")
    for lesson in LessonLibrary.shipped.lessons where !lesson.quizzes.isEmpty {
      let summary = loaded.data.summary(for: lesson.id, quizCount: lesson.quizzes.count)
      Terminal.write("  \(TerminalEscaping.escaped(lesson.id)): \(summary)\n")
    }
    Terminal.write("  drills: \(loaded.data.drill.summary)\n")
  }
}
