import ArgumentParser
import ConvPrompt
import Lessons
import ProgressStorage
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
    let progress = LessonsCommand.progress(of: catalog.lessons)
    Terminal.write(
      LessonTable.rows(catalog.lessons, progress: progress).map { $0 + "\n" }.joined())
    for file in catalog.failedFiles {
      Terminal.writeError(
        "convtutor: \(TerminalEscaping.escaped(file)) has errors and is left out; "
          + "'convtutor lesson check \(TerminalEscaping.escaped(file))' shows them\n")
    }
    if !catalog.failedFiles.isEmpty { throw ExitCode.failure }
  }

  /// Each lesson's progress in words: `not started` before anything is saved, `progress is
  /// not saved` when there is no place for it, `progress cannot be read` when the database
  /// cannot be used (said once on standard error).
  static func progress(of lessons: [Lesson]) -> [String] {
    guard ProgressStore.standardPath() != nil else {
      return lessons.map { _ in "progress is not saved" }
    }
    let opening = ProgressStore.standard(creatingIfMissing: false)
    for message in opening?.messages ?? [] { SavedProgress.warn(message) }
    guard let store = opening?.store else {
      let unread = !(opening?.messages.isEmpty ?? true)
      return lessons.map {
        $0.quizzes.isEmpty ? "" : unread ? "progress cannot be read" : "not started"
      }
    }
    var warned = false
    return lessons.map { lesson in
      do throws(ProgressStoreError) {
        return try store.summary(for: lesson.id, quizCount: lesson.quizzes.count)
      } catch {
        if !warned { SavedProgress.warn(error.message) }
        warned = true
        return "progress cannot be read"
      }
    }
  }
}
