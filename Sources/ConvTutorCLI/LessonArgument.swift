import ArgumentParser
import ConvPrompt
import Lessons
import TerminalText

/// The lesson a command names: a lesson's id (`exercise-2`, or `2`), one of `--lessons DIR`,
/// or a lesson file (`mine.yaml`) that a teacher is writing.
struct LessonArgument {
  /// The lesson.
  let lesson: Lesson
  /// Every lesson the command can see, for `%open` and `previous`.
  let catalog: LessonCatalog

  /// The lesson and the catalog, to take apart at once.
  var parts: (lesson: Lesson, catalog: LessonCatalog) { (lesson, catalog) }

  /// Finds `argument`'s lesson, or writes why there is none and fails: the file's errors as
  /// `lesson check` writes them, or the folder's errors when the id is not found.
  static func resolve(_ argument: String, folder: String?) throws -> LessonArgument {
    guard LessonLibrary.namesLessonFile(argument) else {
      let catalog = LessonLibrary.catalog(addingFolder: folder)
      if let lesson = catalog.lesson(named: argument) {
        return LessonArgument(lesson: lesson, catalog: catalog)
      }
      var message = "convtutor: no lesson '\(TerminalEscaping.escaped(argument))'"
      if Terminal.fileExists(atPath: argument + ".yaml") {
        // `lesson new mine` writes mine.yaml: the teacher most likely means that file.
        message += "; did you mean the lesson file \(TerminalEscaping.escaped(argument)).yaml?"
      } else {
        message += "; `convtutor lessons"
        message += folder.map { " --lessons \(TerminalEscaping.escaped($0))" } ?? ""
        message += "` lists them"
      }
      if let folder, !catalog.failedFiles.isEmpty {
        let count = catalog.failedFiles.count
        message +=
          " (\(count) lesson file\(count == 1 ? " has" : "s have") errors: "
          + "`convtutor lesson check \(TerminalEscaping.escaped(folder))` shows them)"
      }
      Terminal.writeError(message + "\n")
      throw ExitCode.failure
    }
    let catalog = LessonLibrary.catalog(addingFolder: folder, file: argument)
    let problems = catalog.diagnostics.filter { $0.isError && $0.fileName == argument }
    guard problems.isEmpty, let lesson = catalog.lessons.last(where: { $0.fileName == argument })
    else {
      // A rendered diagnostic shows the file's control characters escaped.
      var text = problems.map { $0.rendered + "\n" }.joined()
      if problems.contains(where: { $0.location != nil }) {
        text +=
          "convtutor: \(TerminalEscaping.escaped(argument)) has errors; fix them and try again "
          + "(`convtutor lesson check FILE` checks it)\n"
      }
      Terminal.writeError(text)
      throw ExitCode.failure
    }
    return LessonArgument(lesson: lesson, catalog: catalog)
  }
}
