import ArgumentParser
import ConvPrompt
import Lessons
import Quiz
import TerminalText

/// `convtutor lessons [--lessons DIR]`: lists the lessons, shipped and the teacher's.
struct LessonsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lessons",
    abstract: "List the lessons: id, title and number of steps.",
    discussion: """
      The shipped lessons come first, then those of --lessons DIR (each *.yaml file directly \
      inside it). A lesson file with errors is left out and named on standard error; \
      'convtutor lesson check FILE' shows why. The exit status is 1 when one was left out.
      """
  )

  @Option(name: .customLong("lessons"), help: "A folder of lesson files to add.")
  var folder: String?

  func run() throws {
    let catalog = LessonLibrary.catalog(addingFolder: folder)
    let store = ProgressStore.standard()
    let progress = catalog.lessons.map { lesson in
      store?.summary(for: lesson.id, quizCount: lesson.quizzes.count) ?? "progress is not saved"
    }
    Terminal.write(
      LessonTable.rows(catalog.lessons, progress: progress).map { $0 + "\n" }.joined())
    for file in catalog.failedFiles {
      Terminal.writeError(
        "convtutor: \(TerminalEscaping.escaped(file)) has errors and is left out; "
          + "'convtutor lesson check \(TerminalEscaping.escaped(file))' shows them\n")
    }
    if !catalog.failedFiles.isEmpty { throw ExitCode.failure }
  }
}
