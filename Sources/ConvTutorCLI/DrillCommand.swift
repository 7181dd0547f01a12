import ArgumentParser
import Foundation
import ProgressStorage
import Quiz
import Workspace

/// `convtutor drill [--skill S] [--level N] [--seed N] [--count N] [--plain]`: fresh
/// exercises, chosen by spaced repetition: in the workspace on a terminal, line by line
/// otherwise.
struct DrillCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "drill",
    abstract: "Practise with fresh exercises until the skill holds.",
    discussion: """
      Makes small exercises without end (until you quit, the end of input, or --count): the \
      skill that is due comes next (FSRS over your review log), at the level it has opened, \
      and an exercise you miss comes back later in the drill. Each item is saved to the \
      review log. On a terminal the drill opens in the workspace (n for the next item); \
      --plain, or a pipe, asks line by line. The same --seed gives the same exercises, \
      whatever the progress saved holds. \
      Skills: \(Skill.allCases.map(\.rawValue).joined(separator: ", ")).
      """
  )

  @Option(help: "Drill only this skill (repeat for several).")
  var skill: [String] = []

  @Option(help: "The level of the skill (from 1); without it, the schedule's.")
  var level: Int?

  @Option(help: "The seed of the exercises: the same seed gives the same exercises.")
  var seed: UInt64?

  @Option(help: "Stop after this many exercises.")
  var count: Int?

  @Flag(help: "Ask line by line as plain text.")
  var plain = false

  @Flag(name: .customLong("no-color"), help: "Draw without colours (also when NO_COLOR is set).")
  var noColor = false

  func validate() throws {
    for name in skill where Skill(rawValue: name) == nil {
      throw ValidationError(
        "unknown skill '\(name)'; choose one of "
          + Skill.allCases.map(\.rawValue).joined(separator: ", "))
    }
    if let count, count < 1 { throw ValidationError("--count must be at least 1") }
    if let level, level < 1 { throw ValidationError("--level must be at least 1") }
  }

  /// What the options ask of the drill.
  var request: DrillRequest {
    DrillRequest(skills: skill.compactMap(Skill.init(rawValue:)), level: level, seed: seed)
  }

  func run() throws {
    if !plain, Terminal.isInteractive(Terminal.standardInput) {
      let verdict = WorkspaceLauncher.verdict()
      if verdict.isUsable {
        let opening = ProgressStore.standard()
        var program = WorkspaceProgram(usesColor: !noColor)
        program.startDrill(schedule(reviews: Self.reviews(in: opening?.store)), count: count)
        if WorkspaceLauncher.run(&program, color: !noColor, progress: opening) { return }
      } else if let reason = verdict.reason {
        Terminal.writeError("convtutor: \(reason); drilling line by line instead\n")
      }
    }
    var progress = SavedProgress.open()
    var schedule = schedule(reviews: Self.reviews(in: progress.store))
    let runner = QuizCommand.plainRunner()
    Terminal.write("Drill with seed \(schedule.seed).\n")
    var total = QuizScore()
    var done = 0
    while count.map({ done < $0 }) ?? true {
      let drillItem = schedule.nextItem(at: Date().timeIntervalSince1970)
      if drillItem.isRepeat { Terminal.write("\nThis one comes back: you missed it earlier.\n") }
      let (session, ended) = runner.run(drillItem.item)
      total.add(session.score)
      let review = drillItem.review(of: session, at: Date().timeIntervalSince1970)
      schedule.record(review, of: drillItem)
      // An item left with nothing answered is not an attempt.
      if session.isFinished || session.score.answered > 0 { progress.record(review) }
      if session.isFinished {
        let due = schedule.dueText(of: drillItem.skill, level: drillItem.level, at: review.time)
        Terminal.write("\(drillItem.skill.rawValue), level \(drillItem.level): \(due).\n")
      }
      done += 1
      if ended { break }
    }
    Terminal.write(
      total.summary.replacingOccurrences(of: "Score: ", with: "Drills in all: ") + "\n")
  }

  /// The drill's schedule over `reviews`, from now.
  private func schedule(reviews: [Review]) -> DrillSchedule {
    request.schedule(reviews: reviews, at: Date().timeIntervalSince1970)
  }

  /// The review log of `store` (none without one); a log that cannot be read is a warning,
  /// and the drill starts as if new.
  static func reviews(in store: ProgressStore?) -> [Review] {
    guard let store else { return [] }
    do {
      return try store.reviews()
    } catch {
      SavedProgress.warn(error.message + "; the drill chooses as if nothing were saved")
      return []
    }
  }
}
