/// Which exercise comes next in a drill session: a missed exercise comes back two exercises
/// later (once), otherwise the Leitner boxes pick the skill and the generator makes a fresh
/// exercise of it.
public struct DrillSchedule: Sendable {
  /// Exercises between a miss and its second chance.
  static let comeBackAfter = 2

  /// The spaced-repetition state, updated by ``record(_:right:)``; save it in the progress.
  public private(set) var progress: DrillProgress
  /// The state that picks the next skill: ``progress`` itself, or, for a session that must
  /// repeat exactly (a seed given), the same records kept from a fresh start.
  private var chooser: DrillProgress
  /// The skills drilled.
  let skills: [Skill]
  private var generator: DrillGenerator
  private var comingBack: [(dueAt: Int, skill: Skill, item: QuizItem)] = []
  private var given = 0
  /// The seed of the exercises.
  public let seed: UInt64

  /// A session over `skills` (all when empty), from `progress`, with exercises from `seed`.
  /// With `repeatable`, what is saved does not choose: the same seed gives the same exercises
  /// (and the same skills) in every run, while the results are still recorded in `progress`.
  public init(skills: [Skill], seed: UInt64, progress: DrillProgress, repeatable: Bool = false) {
    self.skills = skills.isEmpty ? Skill.allCases : skills
    self.progress = progress
    chooser = repeatable ? DrillProgress() : progress
    generator = DrillGenerator(seed: seed)
    self.seed = seed
  }

  /// The next item: its skill, level and number in the drill.
  public mutating func nextItem() -> DrillItem {
    let (skill, item, isRepeat) = next()
    return DrillItem(
      skill: skill, level: 1, number: given, seed: seed, item: item, isRepeat: isRepeat)
  }

  /// Records how `drillItem` went, as its `review` says.
  public mutating func record(_ review: Review, of drillItem: DrillItem) {
    let right = review.isFinished && review.score.rightFirstTry == review.score.questions
    record(drillItem.skill, item: drillItem.item, right: right, wasRepeat: drillItem.isRepeat)
  }

  /// When `skill` is next due, in words (`due now`).
  public func dueText(of skill: Skill, at time: Double) -> String {
    progress.isDue(skill) ? "due now" : "due later"
  }

  /// The next exercise and its skill; `isRepeat` when it is a missed exercise coming back.
  public mutating func next() -> (skill: Skill, item: QuizItem, isRepeat: Bool) {
    given += 1
    if let index = comingBack.firstIndex(where: { $0.dueAt <= given }) {
      let entry = comingBack.remove(at: index)
      return (entry.skill, entry.item, true)
    }
    let skill = chooser.nextSkill(among: skills) ?? .conv
    return (skill, generator.next(skill), false)
  }

  /// Records how an exercise went: right when every question was right at the first try. A
  /// missed fresh exercise is queued to come back.
  public mutating func record(
    _ skill: Skill, item: QuizItem, right: Bool, wasRepeat: Bool
  ) {
    progress.record(skill, right: right)
    chooser.record(skill, right: right)
    if !right, !wasRepeat {
      comingBack.append((given + DrillSchedule.comeBackAfter, skill, item))
    }
  }
}
