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
    Terminal.write(LessonsCommand.table(catalog.lessons, progress: progress))
    for file in catalog.failedFiles {
      Terminal.writeError(
        "convtutor: \(TerminalEscaping.escaped(file)) has errors and is left out; "
          + "'convtutor lesson check \(TerminalEscaping.escaped(file))' shows them\n")
    }
    if !catalog.failedFiles.isEmpty { throw ExitCode.failure }
  }

  /// The lessons as a table: id, title, steps and the learner's progress, each column as
  /// wide as its widest cell in display columns (a CJK title or an emoji takes two a
  /// character). A cell is one row, so it is escaped as one: line breaks and tabs too.
  static func table(_ lessons: [Lesson], progress: [String]) -> String {
    let ids = lessons.map { TerminalEscaping.escapedForRow($0.id) }
    let titles = lessons.map { TerminalEscaping.escapedForRow($0.title) }
    let idWidth = max(2, ids.map(DisplayWidth.of).max() ?? 0)
    let titleWidth = max(5, titles.map(DisplayWidth.of).max() ?? 0)
    func row(_ id: String, _ title: String, _ steps: String, _ progress: String) -> String {
      DisplayWidth.padded(id, to: idWidth) + "  " + DisplayWidth.padded(title, to: titleWidth)
        + "  " + DisplayWidth.padded(steps, to: 5) + "  " + progress + "\n"
    }
    var text = row("id", "title", "steps", "progress")
    for (index, lesson) in lessons.enumerated() {
      text += row(ids[index], titles[index], String(lesson.steps.count), progress[index])
    }
    return text
  }
}
