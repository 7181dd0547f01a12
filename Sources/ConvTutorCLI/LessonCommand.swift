import ArgumentParser

/// `convtutor lesson check|new`: writing lessons.
struct LessonCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lesson",
    abstract: "Write lessons: check lesson files, or start a new one from a template.",
    subcommands: [LessonCheckCommand.self, LessonNewCommand.self]
  )
}
