import ArgumentParser
import ConvPrompt
import Lessons
import Quiz
import TerminalText
import Workspace

/// `convtutor open ID`: opens a lesson in the workspace (`1` to `5` open the exercises).
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open a lesson in the workspace (1 to 5 open the slides' exercises).",
    discussion: """
      The lesson's narration is shown beside its animation; n and p move to the next and \
      previous step. Without a terminal that can show the workspace, the lesson is printed as \
      text (as `convtutor show ID --plain` prints it).
      """
  )

  @Argument(
    help: "The lesson's id (see `convtutor lessons`), 1 to 5 for the exercises, or a lesson file.")
  var id: String

  @Option(name: .customLong("lessons"), help: "A folder of lesson files to add.")
  var folder: String?

  @Flag(name: .customLong("no-color"), help: "Draw without colours (also when NO_COLOR is set).")
  var noColor = false

  func run() throws {
    let (lesson, catalog) = try LessonArgument.resolve(id, folder: folder).parts
    let verdict = WorkspaceLauncher.verdict()
    guard verdict.isUsable else {
      if let reason = verdict.reason {
        Terminal.writeError("convtutor: \(reason); printing the lesson as text instead\n")
      }
      LessonPrinter.print(lesson)
      return
    }
    var program = WorkspaceProgram(usesColor: !noColor)
    program.lessonCatalog = catalog
    program.open(lesson)
    if !WorkspaceLauncher.run(&program, color: !noColor) { LessonPrinter.print(lesson) }
  }
}

/// A lesson as plain text on standard output.
enum LessonPrinter {
  static func print(_ lesson: Lesson) {
    LessonPlainText.write(
      lesson, writeSteps: { chain, output in PlainStepWriter.write(chain, to: output) },
      to: { Terminal.write(TerminalEscaping.escaped($0) + "\n") })
  }
}
