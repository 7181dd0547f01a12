/// One item of a drill: a fresh exercise of a skill at a level, and its place in the drill.
public struct DrillItem: Sendable {
  /// The skill practised.
  public let skill: Skill
  /// The skill's level (from 1).
  public let level: Int
  /// The item's number among the fresh items of its drill (from 1); an item coming back
  /// keeps its number.
  public let number: Int
  /// The drill's seed: with the number, what makes the item again (`drill --seed`).
  public let seed: UInt64
  /// The exercise.
  public let item: QuizItem
  /// Whether it is an item missed earlier in the drill, coming back.
  public let isRepeat: Bool

  /// An item from its parts.
  init(skill: Skill, level: Int, number: Int, seed: UInt64, item: QuizItem, isRepeat: Bool) {
    self.skill = skill
    self.level = level
    self.number = number
    self.seed = seed
    self.item = item
    self.isRepeat = isRepeat
  }

  /// The review of `session`'s attempt at this item, ended at `time` (seconds since 1970).
  public func review(of session: QuizSession, at time: Double) -> Review {
    Review(
      of: session, exercise: .drill(seed: seed, number: number, layer: item.layerText),
      skill: skill, level: level, at: time)
  }

  /// The same item, coming back after it was missed.
  func comingBack() -> DrillItem {
    DrillItem(
      skill: skill, level: level, number: number, seed: seed, item: item, isRepeat: true)
  }

  /// `Drill 3 · conv · level 1 of 5`: the item for a title bar, its skill as `--skill` names
  /// it.
  public var titleText: String {
    "Drill \(number) · \(skill.rawValue) · level \(level) of \(skill.levelCount)"
  }
}
