import Foundation

/// Which item comes next in a drill.
///
/// Without a seed the learner's schedule chooses (``SkillSchedule``, FSRS over the review
/// log): the skill due first, at the level it opens, and an item missed comes back two items
/// later (once). With a seed (`drill --seed N`) the drill repeats exactly, whatever is saved
/// and however it is answered: the skills asked in turn, in the course's order, at `--level`
/// or level 1. Either way every result is recorded, and the schedule follows it.
public struct DrillSchedule: Sendable {
  /// Items between a miss and its second chance.
  static let comeBackAfter = 2

  /// The seed of the exercises.
  public let seed: UInt64
  /// The skills drilled, in the course's order.
  let skills: [Skill]
  /// The level asked (`--level`), or `nil` for the schedule's.
  let level: Int?
  /// Whether the drill repeats exactly (a seed was given).
  let isRepeatable: Bool
  /// The learner's schedule, from the review log and this drill's results.
  public private(set) var memory: SkillSchedule
  /// The time zone that due dates are told in.
  let timeZone: TimeZone
  private var generator: DrillGenerator
  private var comingBack: [(dueAt: Int, item: DrillItem)] = []
  /// Items given so far, fresh ones and those coming back.
  private var given = 0

  /// A drill of `request` over the learner's `reviews`.
  public init(request: DrillRequest, seed: UInt64, reviews: [Review], timeZone: TimeZone = .current)
  {
    skills = Skill.allCases.filter { request.skills.isEmpty || request.skills.contains($0) }
    level = request.level
    isRepeatable = request.seed != nil
    self.seed = seed
    self.timeZone = timeZone
    memory = SkillSchedule(reviews: reviews, levels: \.levelCount)
    generator = DrillGenerator(seed: seed)
  }

  /// The next item, chosen at `time` (seconds since 1970).
  public mutating func nextItem(at time: Double) -> DrillItem {
    given += 1
    if let index = comingBack.firstIndex(where: { $0.dueAt <= given }) {
      return comingBack.remove(at: index).item.comingBack()
    }
    let skill: Skill
    let chosenLevel: Int
    if isRepeatable {
      skill = skills[(given - 1) % skills.count]
      chosenLevel = 1
    } else {
      let plan = memory.next(at: time, among: skills)
      skill = plan?.skill ?? skills[0]
      chosenLevel = plan?.level ?? 1
    }
    let level = min(max(self.level ?? chosenLevel, 1), skill.levelCount)
    let item = generator.next(skill, level: level)
    // Numbered as the generator made it: with the seed, the number makes the item again.
    return DrillItem(
      skill: skill, level: level, number: generator.count, seed: seed, item: item,
      isRepeat: false)
  }

  /// Records how `drillItem` went, as its `review` says: the schedule learns of it, and a
  /// fresh item missed comes back later (not in a drill that repeats exactly).
  public mutating func record(_ review: Review, of drillItem: DrillItem) {
    memory.record(review)
    if !isRepeatable, !drillItem.isRepeat, let grade = review.grade, grade < .good {
      comingBack.append((given + DrillSchedule.comeBackAfter, drillItem))
    }
  }

  /// When `skill` is next due at `level`, or at the level the schedule would drill next when
  /// `nil`, in words at `time`: `due now`, `due in 3 days`, `new` (never drilled).
  public func dueText(of skill: Skill, level: Int? = nil, at time: Double) -> String {
    guard let level else {
      return ScheduleWords.due(memory.plan(for: skill, at: time), now: time, timeZone: timeZone)
    }
    guard let reviewed = memory.memory(of: skill, level: level) else { return "new" }
    return ScheduleWords.due(at: reviewed.dueTime, now: time, timeZone: timeZone)
  }
}
