/// One level of a skill's drills: what its exercises use, in a learner's words.
///
/// The levels of a skill follow the lessons: the first ones use only what the slides show
/// (``staysWithinTheSlides``), the later ones widen the inputs and open the layer's other
/// parameters, up to the top level, which drills everything the engine can.
public struct DrillLevel: Sendable, Hashable {
  /// The skill.
  public let skill: Skill
  /// The level's number, from 1 (the easiest).
  public let number: Int
  /// What the exercises use: `3×3 kernel over a 4×4 input, no padding`.
  public let summary: String
  /// Whether the exercises use only what the slides show: no dilation, `ceil_mode`,
  /// `divisor_override`, `count_include_pad=False`, groups or padding modes other than
  /// zeros, one input channel, small integers, and (when cells are asked) outputs of at
  /// most 3×3.
  public let staysWithinTheSlides: Bool

  /// A level from its parts.
  init(skill: Skill, number: Int, summary: String, staysWithinTheSlides: Bool) {
    self.skill = skill
    self.number = number
    self.summary = summary
    self.staysWithinTheSlides = staysWithinTheSlides
  }

  /// `level 2 of 5: 3×3 kernel over inputs up to 5×5`, as a drill's title and `progress`
  /// say it.
  public var title: String {
    "level \(number) of \(skill.levelCount): \(summary)"
  }
}
