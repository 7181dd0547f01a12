/// What a skill's schedule says of it at a given time: the level to drill next, when it is
/// due, and how well it is held now.
public struct SkillPlan: Sendable, Equatable {
  /// Where the level stands.
  public enum Status: Sendable, Equatable {
    /// Drilled before and due: its due time has come.
    case due
    /// Never drilled yet.
    case new
    /// Drilled before and not due yet.
    case later
  }

  /// The skill.
  public var skill: Skill
  /// The level to drill next, from 1.
  public var level: Int
  /// Where that level stands.
  public var status: Status
  /// When the level is due, in seconds since 1970; the time asked about for a new level.
  public var dueTime: Double
  /// The chance of recalling the level at the time asked about; `nil` for a new level.
  public var retrievability: Double?

  /// A plan from its parts.
  public init(
    skill: Skill, level: Int, status: Status, dueTime: Double, retrievability: Double?
  ) {
    self.skill = skill
    self.level = level
    self.status = status
    self.dueTime = dueTime
    self.retrievability = retrievability
  }
}
