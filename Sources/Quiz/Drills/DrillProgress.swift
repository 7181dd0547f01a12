/// Leitner boxes per skill: a skill answered right moves up a box and comes back less often;
/// a skill missed goes back to box 1 and comes back soon.
///
/// Box `b` (1…``boxCount``) is due every 2^(b−1) rounds: box 1 every round, box 2 every other
/// round, and so on. A round is one drill exercise; the round count is kept across sessions.
public struct DrillProgress: Sendable, Equatable, Codable {
  /// The number of boxes.
  static let boxCount = 5

  /// The box of each skill that has been drilled or missed (by `Skill.rawValue`); a skill not
  /// here has not been seen and is due.
  var boxes: [String: Int] = [:]
  /// The round when each skill was last drilled.
  var lastRound: [String: Int] = [:]
  /// Rounds drilled so far, in all sessions.
  var round = 0

  /// No drills yet.
  public init() {}

  /// The box of `skill` (1 for a skill never drilled).
  func box(of skill: Skill) -> Int {
    min(max(boxes[skill.rawValue] ?? 1, 1), DrillProgress.boxCount)
  }

  /// Rounds between two drills of a skill in `box`.
  static func interval(ofBox box: Int) -> Int {
    1 << (min(max(box, 1), boxCount) - 1)
  }

  /// Whether `skill` is due in the current round.
  func isDue(_ skill: Skill) -> Bool {
    guard let last = lastRound[skill.rawValue] else { return true }
    return round - last >= DrillProgress.interval(ofBox: box(of: skill))
  }

  /// The skill to drill next among `skills`: a due skill in the lowest box, the one drilled
  /// longest ago first, then in `--skill` order; when none is due, the one most nearly due.
  func nextSkill(among skills: [Skill]) -> Skill? {
    let ordered = skills.sorted { a, b in
      let dueA = isDue(a)
      let dueB = isDue(b)
      if dueA != dueB { return dueA }
      if box(of: a) != box(of: b) { return box(of: a) < box(of: b) }
      let lastA = lastRound[a.rawValue] ?? Int.min
      let lastB = lastRound[b.rawValue] ?? Int.min
      if lastA != lastB { return lastA < lastB }
      return a < b
    }
    return ordered.first
  }

  /// Records a drill of `skill`: right at the first try moves it up a box, a miss back to 1.
  mutating func record(_ skill: Skill, right: Bool) {
    boxes[skill.rawValue] = right ? min(box(of: skill) + 1, DrillProgress.boxCount) : 1
    lastRound[skill.rawValue] = round
    round += 1
  }

  /// A skill missed outside the drills (in a lesson's quiz): back to box 1, due at once.
  mutating func missed(_ skill: Skill) {
    boxes[skill.rawValue] = 1
    lastRound[skill.rawValue] = nil
  }

  /// `conv box 2, bias box 1 (due)`: the boxes, for `convtutor progress`.
  public var summary: String {
    let seen = Skill.allCases.filter { boxes[$0.rawValue] != nil }
    guard !seen.isEmpty else { return "no drills yet" }
    return seen.map { "\($0.rawValue) box \(box(of: $0))" + (isDue($0) ? " (due)" : "") }
      .joined(separator: ", ")
  }
}
