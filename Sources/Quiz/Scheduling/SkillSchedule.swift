/// When each skill is due, derived from the review log: every level of every skill has its
/// own FSRS memory, and the levels open one after another as they are held.
///
/// The rules:
/// - A review counts when it has a skill, a grade and a finite time; the others are skipped.
///   Its level is clamped to the skill's levels (below 1 is 1, above the count is the last).
/// - The reviews of each (skill, level) are replayed through ``FSRS`` in time order (reviews at
///   the same time in the order given), whatever order they come in.
/// - A level is *held* when its stability is at least ``heldStability`` days.
/// - The *open* levels of a skill are level 1, and level L + 1 once level L is held (up to the
///   skill's level count). A level stays reviewed when it closes again, but is not drilled.
/// - The level to drill next (``plan(for:at:)``): among the open levels drilled before, the one
///   due earliest whose due time has come; else the lowest open level never drilled; else the
///   open level due soonest. Ties go to the lower level.
/// - What is due first (``dueFirst(at:among:)``): the skills whose level is due, earliest due
///   first; then the new skills, in `Skill.allCases` order; then the others, due soonest first.
public struct SkillSchedule: Sendable {
  /// The stability, in days, from which a level is held and opens the next one.
  public static let heldStability = 2.0

  /// One level of one skill.
  private struct LevelKey: Hashable, Sendable {
    var skill: Skill
    var level: Int
  }

  /// A review as replayed: when, and its grade.
  private struct GradedTime: Sendable {
    var time: Double
    var grade: Grade
  }

  /// The model the reviews are replayed through.
  public let fsrs: FSRS
  /// Each skill's level count, at least 1.
  private let levelCounts: [Skill: Int]
  /// Each reviewed level's reviews, in time order.
  private var histories: [LevelKey: [GradedTime]] = [:]
  /// Each reviewed level's memory after its reviews.
  private var memories: [LevelKey: LevelMemory] = [:]

  /// The schedule of `reviews` (in any order), for skills of `levels(skill)` levels each (1
  /// when fewer), through `fsrs`.
  public init(reviews: [Review], levels: (Skill) -> Int, fsrs: FSRS = FSRS()) {
    self.fsrs = fsrs
    levelCounts = Dictionary(uniqueKeysWithValues: Skill.allCases.map { ($0, max(1, levels($0))) })
    var grouped: [LevelKey: [(order: Int, review: GradedTime)]] = [:]
    for (order, review) in reviews.enumerated() {
      guard let found = entry(of: review) else { continue }
      grouped[found.key, default: []].append((order, found.review))
    }
    for (key, entries) in grouped {
      let sorted = entries.sorted { ($0.review.time, $0.order) < ($1.review.time, $1.order) }
      histories[key] = sorted.map(\.review)
      memories[key] = replay(sorted.map(\.review))
    }
  }

  /// Adds `review` (skipped under the same rules as the log's), so that a drill session's
  /// schedule follows its results without reading the log again.
  public mutating func record(_ review: Review) {
    guard let found = entry(of: review) else { return }
    let (key, graded) = found
    var history = histories[key, default: []]
    // After the reviews up to its time: the end, unless it comes late.
    let place = (history.lastIndex { $0.time <= graded.time } ?? -1) + 1
    history.insert(graded, at: place)
    histories[key] = history
    if place == history.count - 1, var memory = memories[key] {
      memory.review(at: graded.time, grade: graded.grade, fsrs: fsrs)
      memories[key] = memory
    } else {
      memories[key] = replay(history)
    }
  }

  /// How many levels `skill` has (at least 1).
  public func levelCount(of skill: Skill) -> Int { levelCounts[skill] ?? 1 }

  /// The memory of `skill` at `level` (clamped to its levels); `nil` if never drilled.
  public func memory(of skill: Skill, level: Int) -> LevelMemory? {
    memories[LevelKey(skill: skill, level: clamped(level, of: skill))]
  }

  /// Whether `skill` at `level` is held: its stability is at least ``heldStability`` days.
  public func isHeld(_ skill: Skill, level: Int) -> Bool {
    (memory(of: skill, level: level)?.state.stability ?? 0) >= SkillSchedule.heldStability
  }

  /// The open levels of `skill`, lowest first: 1, and each level after a held one.
  public func openLevels(of skill: Skill) -> [Int] {
    let count = levelCount(of: skill)
    var levels: Set<Int> = [1]
    for (key, memory) in memories where key.skill == skill && key.level < count {
      if memory.state.stability >= SkillSchedule.heldStability { levels.insert(key.level + 1) }
    }
    return levels.sorted()
  }

  /// The level of `skill` to drill next at `now` (seconds since 1970), when it is due and how
  /// well it is held then.
  public func plan(for skill: Skill, at now: Double) -> SkillPlan {
    let open = openLevels(of: skill)
    let drilled = open.compactMap { level in
      memories[LevelKey(skill: skill, level: level)].map { (level: level, memory: $0) }
    }
    let earlier = { (a: (level: Int, memory: LevelMemory), b: (level: Int, memory: LevelMemory)) in
      (a.memory.dueTime, a.level) < (b.memory.dueTime, b.level)
    }
    let due = drilled.filter { $0.memory.dueTime <= now }.min(by: earlier)
    if due == nil, let new = open.first(where: { memory(of: skill, level: $0) == nil }) {
      return SkillPlan(skill: skill, level: new, status: .new, dueTime: now, retrievability: nil)
    }
    guard let chosen = due ?? drilled.min(by: earlier) else {
      return SkillPlan(skill: skill, level: 1, status: .new, dueTime: now, retrievability: nil)
    }
    return SkillPlan(
      skill: skill, level: chosen.level, status: due == nil ? .later : .due,
      dueTime: chosen.memory.dueTime,
      retrievability: chosen.memory.retrievability(at: now, fsrs: fsrs))
  }

  /// The plans of `skills` (each once) at `now`, what is due first first: the due ones by due
  /// time, then the new ones in `Skill.allCases` order, then the others by due time.
  public func dueFirst(at now: Double, among skills: [Skill] = Skill.allCases) -> [SkillPlan] {
    let plans = Skill.allCases.filter(skills.contains).map { plan(for: $0, at: now) }
    func rank(_ plan: SkillPlan) -> (Int, Double) {
      switch plan.status {
      case .due: (0, plan.dueTime)
      case .new: (1, 0)
      case .later: (2, plan.dueTime)
      }
    }
    return plans.enumerated()
      .sorted {
        let (a, b) = (rank($0.element), rank($1.element))
        return (a.0, a.1, $0.offset) < (b.0, b.1, $1.offset)
      }
      .map(\.element)
  }

  /// The plan of the skill to drill first among `skills` at `now`; `nil` when none is given.
  public func next(at now: Double, among skills: [Skill] = Skill.allCases) -> SkillPlan? {
    dueFirst(at: now, among: skills).first
  }

  /// `level` within `skill`'s levels.
  private func clamped(_ level: Int, of skill: Skill) -> Int {
    min(max(level, 1), levelCount(of: skill))
  }

  /// Where `review` counts and how; `nil` for one skipped.
  private func entry(of review: Review) -> (key: LevelKey, review: GradedTime)? {
    guard let skill = review.skill, let grade = review.grade, review.time.isFinite else {
      return nil
    }
    return (
      LevelKey(skill: skill, level: clamped(review.level, of: skill)),
      GradedTime(time: review.time, grade: grade)
    )
  }

  /// The memory after `history`'s reviews, in order; `nil` for none.
  private func replay(_ history: [GradedTime]) -> LevelMemory? {
    guard let first = history.first else { return nil }
    var memory = LevelMemory(firstReviewAt: first.time, grade: first.grade, fsrs: fsrs)
    for review in history.dropFirst() {
      memory.review(at: review.time, grade: review.grade, fsrs: fsrs)
    }
    return memory
  }
}
