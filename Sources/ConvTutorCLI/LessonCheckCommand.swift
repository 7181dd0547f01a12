import ArgumentParser
import Lessons

/// `convtutor lesson check [PATH…]`: checks lesson files as a compiler checks sources.
struct LessonCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check lesson files: every error and every erratum, with file, line and column.",
    discussion: """
      Without a path, checks the shipped lessons. A path is a lesson file or a folder (each \
      *.yaml file directly inside it). Every answer key is recomputed; a value the slides \
      print wrong ('slide:') is reported as a note. The exit status is 1 when there is an \
      error.
      """
  )

  @Argument(help: "Lesson files or folders (the shipped lessons when none is given).")
  var paths: [String] = []

  func run() throws {
    let catalog = LessonLibrary.check(paths: paths)
    var text = ""
    // A rendered diagnostic shows the lesson's control characters escaped.
    for diagnostic in catalog.diagnostics {
      text += diagnostic.rendered + "\n"
    }
    text += LessonCheckCommand.summary(catalog) + "\n"
    Terminal.write(text)
    if catalog.errorCount > 0 { throw ExitCode.failure }
  }

  /// `9 lesson files checked: 0 errors, 42 notes`.
  static func summary(_ catalog: LessonCatalog) -> String {
    func counted(_ count: Int, _ noun: String) -> String {
      "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
    return "\(counted(catalog.fileCount, "lesson file")) checked: "
      + "\(counted(catalog.errorCount, "error")), \(counted(catalog.noteCount, "note"))"
  }
}
