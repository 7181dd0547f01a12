import ArgumentParser
import ConvPrompt
import Foundation
import Lessons
import ProgressStorage
import Quiz
import TerminalText

/// `convtutor progress [--reset [--yes]] [--export json|csv]`: what the learner has done, the
/// whole review log, or a fresh start.
struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progress",
    abstract: "Show the saved progress of quizzes and drills, export it, or clear it.",
    discussion: """
      Progress lives in $XDG_DATA_HOME/convtutor/progress.sqlite (by default \
      ~/.local/share/convtutor/progress.sqlite): one review per attempt. --export json \
      writes every review with its answers as a JSON array; --export csv writes one row per \
      answer (RFC 4180) with its review's fields repeated. --reset clears it after asking (y/N).
      """
  )

  @Flag(help: "Clear all progress (asks first).")
  var reset = false

  @Flag(help: "With --reset: do not ask.")
  var yes = false

  @Option(help: "Write the whole review log to standard output: json or csv.")
  var export: String?

  func validate() throws {
    if let export, ReviewExport.Format(rawValue: export) == nil {
      throw ValidationError("--export takes json or csv, not '\(export)'")
    }
    if reset, export != nil { throw ValidationError("--reset and --export go separately") }
  }

  func run() throws {
    guard let path = ProgressStore.standardPath() else {
      Terminal.writeError("convtutor: neither XDG_DATA_HOME nor HOME is set\n")
      throw ExitCode.failure
    }
    let opening = ProgressStore.open(at: path, creatingIfMissing: false)
    for message in opening.messages {
      Terminal.writeError("convtutor: warning: \(TerminalEscaping.escaped(message))\n")
    }
    let failed = opening.store == nil && !opening.messages.isEmpty
    if reset {
      try clear(opening.store, path: path, failed: failed)
    } else if let export, let format = ReviewExport.Format(rawValue: export) {
      if failed { throw ExitCode.failure }
      let text = try opening.store.map { store in try orFail { try store.export(as: format) } }
      let log = text ?? ReviewExport.text(of: [], as: format)
      // To a file or a pipe the log is written as it is; to a terminal it is escaped, its
      // CSV line ends (CRLF) shown as line breaks.
      if Terminal.isInteractive(Terminal.standardOutput) {
        let lines = log.split(separator: "\r\n", omittingEmptySubsequences: false)
        Terminal.write(TerminalEscaping.escaped(lines.joined(separator: "\n")))
      } else {
        Terminal.write(log)
      }
    } else {
      try show(opening.store, path: path)
    }
  }

  /// Clears every review after asking (unless `--yes`).
  private func clear(_ store: ProgressStore?, path: String, failed: Bool) throws {
    if failed { throw ExitCode.failure }
    if !yes {
      Terminal.write("Clear all progress in \(TerminalEscaping.escaped(path))? [y/N] ")
      let answer = readLine()?.lowercased() ?? ""
      guard answer == "y" || answer == "yes" else {
        Terminal.write("Nothing cleared.\n")
        return
      }
    }
    if let warning = store?.reset() {
      Terminal.writeError("convtutor: \(TerminalEscaping.escaped(warning))\n")
      throw ExitCode.failure
    }
    Terminal.write("Progress cleared.\n")
  }

  /// The lessons' summaries, the drills' count and each skill's schedule.
  private func show(_ store: ProgressStore?, path: String) throws {
    Terminal.write("Progress in \(TerminalEscaping.escaped(path)):\n")
    for lesson in LessonLibrary.shipped.lessons where !lesson.quizzes.isEmpty {
      let summary =
        try store.map { store in
          try orFail { try store.summary(for: lesson.id, quizCount: lesson.quizzes.count) }
        } ?? "not started"
      Terminal.write("  \(TerminalEscaping.escaped(lesson.id)): \(summary)\n")
    }
    let drills = try store.map { store in try orFail { try store.drillReviewCount() } } ?? 0
    let count = drills == 0 ? "none yet" : drills == 1 ? "1 review" : "\(drills) reviews"
    Terminal.write("  drills: \(count); each skill's next level, when it is due, and recall now:\n")
    let reviews = try store.map { store in try orFail { try store.reviews() } } ?? []
    let lines = ScheduleTable.lines(
      reviews: reviews, now: Date().timeIntervalSince1970, timeZone: .current)
    for line in lines { Terminal.write("    " + line + "\n") }
  }

  /// The value of `work`; a read that fails is said on standard error, and the command fails.
  private func orFail<T>(_ work: () throws -> T) throws -> T {
    do {
      return try work()
    } catch {
      let message = (error as? ProgressStoreError)?.message ?? "\(error)"
      Terminal.writeError("convtutor: \(TerminalEscaping.escaped(message))\n")
      throw ExitCode.failure
    }
  }
}
