import ArgumentParser
import Foundation
import Quiz

/// `convtutor drill [--skill S] [--seed N] [--plain]`: fresh exercises, chosen by spaced
/// repetition.
struct DrillCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "drill",
    abstract: "Practise with fresh exercises until the skill holds.",
    discussion: """
      Makes small exercises without end (until the end of input, or --count): the skill that \
      is due comes next (Leitner boxes of this session), and an exercise you miss \
      comes back later in the session. The same --seed gives the same exercises, whatever \
      the progress saved holds. Each item is saved to the review log. \
      Skills: \(Skill.allCases.map(\.rawValue).joined(separator: ", ")).
      """
  )

  @Option(help: "Drill only this skill (repeat for several).")
  var skill: [String] = []

  @Option(help: "The seed of the exercises: the same seed gives the same exercises.")
  var seed: UInt64?

  @Option(help: "Stop after this many exercises.")
  var count: Int?

  @Flag(help: "Ask line by line as plain text.")
  var plain = false

  func validate() throws {
    for name in skill where Skill(rawValue: name) == nil {
      throw ValidationError(
        "unknown skill '\(name)'; choose one of "
          + Skill.allCases.map(\.rawValue).joined(separator: ", "))
    }
    if let count, count < 1 { throw ValidationError("--count must be at least 1") }
  }

  func run() throws {
    var progress = SavedProgress.open()
    let seed = seed ?? UInt64(Date().timeIntervalSince1970 * 1000)
    // A seed given fixes the exercises, whatever the progress saved holds.
    var schedule = DrillSchedule(
      skills: skill.compactMap(Skill.init(rawValue:)), seed: seed, progress: DrillProgress(),
      repeatable: self.seed != nil)
    let runner = QuizCommand.plainRunner()
    Terminal.write("Drill with seed \(seed).\n")
    var total = QuizScore()
    var done = 0
    while count.map({ done < $0 }) ?? true {
      let (skill, item, isRepeat) = schedule.next()
      if isRepeat { Terminal.write("\nThis one comes back: you missed it earlier.\n") }
      let (session, ended) = runner.run(item)
      total.add(session.score)
      if session.isFinished {
        let right = session.score.rightFirstTry == session.score.questions
        schedule.record(skill, item: item, right: right, wasRepeat: isRepeat)
      }
      if session.isFinished || session.score.answered > 0 {
        progress.record(
          Review(
            of: session, exercise: .drill(seed: seed, number: done + 1, layer: item.layerText),
            skill: skill, level: 1, at: Date().timeIntervalSince1970))
      }
      done += 1
      if ended { break }
    }
    Terminal.write(
      total.summary.replacingOccurrences(of: "Score: ", with: "Drills in all: ") + "\n")
  }
}
