import Testing

@testable import Quiz

/// The skills' schedule derived from the review log: which levels are held and open, which
/// level comes next, and which skill is due first.
@Suite struct SkillScheduleTests {
  static let day = 86_400.0
  /// 2024-03-10 10:00 UTC.
  static let start = 1_710_064_800.0
  let fsrs = FSRS()

  static func schedule(_ reviews: [Review], levels: Int = 3) -> SkillSchedule {
    SkillSchedule(reviews: reviews, levels: { _ in levels })
  }

  /// The due time of a level first reviewed at `time` with `grade`.
  func due(afterFirst grade: Grade, at time: Double) -> Double {
    time + Double(fsrs.interval(forStability: fsrs.firstReview(grade).stability)) * Self.day
  }

  @Test func withoutReviewsEverySkillIsNewAtLevelOne() {
    let schedule = Self.schedule([])
    let plans = schedule.dueFirst(at: Self.start)
    #expect(plans.map(\.skill) == Skill.allCases)
    for plan in plans {
      #expect(
        plan
          == SkillPlan(
            skill: plan.skill, level: 1, status: .new, dueTime: Self.start, retrievability: nil))
    }
    #expect(schedule.next(at: Self.start)?.skill == .conv)
    #expect(schedule.next(at: Self.start, among: []) == nil)
  }

  @Test func reviewsWithoutASkillAGradeOrAFiniteTimeAreSkipped() {
    var schedule = Self.schedule([
      GradedReview.make(nil, at: Self.start, .good),
      GradedReview.make(.conv, at: Self.start, nil),
      GradedReview.make(.conv, at: .nan, .good),
      GradedReview.make(.conv, at: .infinity, .good),
      GradedReview.make(.conv, at: -.infinity, .good),
    ])
    #expect(schedule.memory(of: .conv, level: 1) == nil)
    schedule.record(GradedReview.make(.conv, at: .nan, .easy))
    schedule.record(GradedReview.make(.conv, at: Self.start, nil))
    #expect(schedule.memory(of: .conv, level: 1) == nil)
    #expect(schedule.plan(for: .conv, at: Self.start).status == .new)
  }

  @Test func aLevelIsHeldFromTwoDaysOfStabilityAndOpensTheNext() {
    // A first good review: 2.3065 days of stability, held; a first hard one: 1.2931, not.
    let schedule = Self.schedule([
      GradedReview.make(.conv, at: Self.start, .good),
      GradedReview.make(.bias, at: Self.start, .hard),
    ])
    #expect(schedule.isHeld(.conv, level: 1))
    #expect(!schedule.isHeld(.bias, level: 1))
    #expect(!schedule.isHeld(.conv, level: 2))
    #expect(schedule.openLevels(of: .conv) == [1, 2])
    #expect(schedule.openLevels(of: .bias) == [1])
    #expect(schedule.openLevels(of: .padding) == [1])
    // The last level opens nothing further.
    let oneLevel = Self.schedule([GradedReview.make(.conv, at: Self.start, .easy)], levels: 1)
    #expect(oneLevel.openLevels(of: .conv) == [1])
  }

  @Test func aLevelOpensAfterAnyHeldLevel() {
    // Level 2 drilled and held (as `--level 2` would), level 1 never: 1 and 3 are open.
    let schedule = Self.schedule([GradedReview.make(.conv, level: 2, at: Self.start, .easy)])
    #expect(schedule.openLevels(of: .conv) == [1, 3])
    #expect(schedule.plan(for: .conv, at: Self.start + 3600).level == 1)
  }

  @Test func aNewOpenLevelComesBeforeOneNotDueYet() throws {
    let schedule = Self.schedule([GradedReview.make(.conv, at: Self.start, .good)])
    let soon = schedule.plan(for: .conv, at: Self.start + 3600)
    #expect(
      soon
        == SkillPlan(
          skill: .conv, level: 2, status: .new, dueTime: Self.start + 3600, retrievability: nil))
    // Two days later, level 1 is due and comes first.
    let later = Self.start + 3 * Self.day
    let due = schedule.plan(for: .conv, at: later)
    #expect(due.level == 1 && due.status == .due)
    #expect(due.dueTime == self.due(afterFirst: .good, at: Self.start))
    let memory = try #require(schedule.memory(of: .conv, level: 1))
    #expect(due.retrievability == memory.retrievability(at: later, fsrs: fsrs))
    #expect((due.retrievability ?? 1) < 0.9)
  }

  @Test func theEarliestDueLevelComesFirst() {
    let schedule = Self.schedule([
      GradedReview.make(.conv, level: 1, at: Self.start, .easy),
      GradedReview.make(.conv, level: 2, at: Self.start + Self.day, .hard),
    ])
    let plan = schedule.plan(for: .conv, at: Self.start + 30 * Self.day)
    #expect(plan.level == 2 && plan.status == .due)
    #expect(plan.dueTime == due(afterFirst: .hard, at: Self.start + Self.day))
  }

  @Test func withNothingDueOrNewTheLevelDueSoonestComes() {
    let schedule = Self.schedule(
      [
        GradedReview.make(.conv, level: 1, at: Self.start, .easy),
        GradedReview.make(.conv, level: 2, at: Self.start, .hard),
      ], levels: 2)
    let plan = schedule.plan(for: .conv, at: Self.start + 3600)
    #expect(plan.level == 2 && plan.status == .later)
    #expect(plan.dueTime == due(afterFirst: .hard, at: Self.start))
    #expect(plan.retrievability == 1)
    // Equal due times: the lower level.
    let tied = Self.schedule(
      [
        GradedReview.make(.conv, level: 1, at: Self.start, .easy),
        GradedReview.make(.conv, level: 2, at: Self.start, .easy),
      ], levels: 2)
    #expect(tied.plan(for: .conv, at: Self.start + 3600).level == 1)
  }

  @Test func dueSkillsComeFirstThenNewOnesThenTheRest() {
    let schedule = Self.schedule(
      [
        GradedReview.make(.conv, at: Self.start, .hard),  // due a day later
        GradedReview.make(.bias, at: Self.start - 5 * Self.day, .hard),  // due 4 days before
        GradedReview.make(.stride, at: Self.start, .easy),  // due 8 days later
        GradedReview.make(.maxpool, at: Self.start, .good),  // due 2 days later
      ], levels: 1)
    let now = Self.start + 1.5 * Self.day
    let plans = schedule.dueFirst(at: now)
    #expect(
      plans.map(\.skill) == [
        .bias, .conv, .padding, .avgpool, .pool1d, .flatten, .shape, .maxpool, .stride,
      ])
    #expect(
      plans.map(\.status) == [.due, .due] + Array(repeating: .new, count: 5) + [.later, .later])
    #expect(
      schedule.dueFirst(at: now, among: [.stride, .padding, .stride, .bias]).map(\.skill) == [
        .bias, .padding, .stride,
      ])
    #expect(schedule.next(at: now, among: [.maxpool, .stride])?.skill == .maxpool)
  }

  @Test func reviewsAreReplayedInTimeOrderWhateverTheirOrder() {
    let inOrder = [
      GradedReview.make(.conv, at: Self.start, .good),
      GradedReview.make(.conv, at: Self.start + 3 * Self.day, .again),
      GradedReview.make(.conv, at: Self.start + 3 * Self.day + 600, .hard),
      GradedReview.make(.conv, at: Self.start + 9 * Self.day, .easy),
    ]
    let expected = Self.schedule(inOrder).memory(of: .conv, level: 1)
    #expect(expected?.reviewCount == 4)
    #expect(Self.schedule(inOrder.reversed()).memory(of: .conv, level: 1) == expected)
    // Recorded one by one in any order: the same memory.
    var recorded = Self.schedule([])
    for index in [2, 0, 3, 1] { recorded.record(inOrder[index]) }
    #expect(recorded.memory(of: .conv, level: 1) == expected)
    var appended = Self.schedule(Array(inOrder.prefix(2)))
    appended.record(inOrder[2])
    appended.record(inOrder[3])
    #expect(appended.memory(of: .conv, level: 1) == expected)
    // Another order of two reviews at the same time is another history.
    let swapped = Self.schedule(
      [inOrder[0], inOrder[2], inOrder[1]].map {
        var review = $0
        review.time = min(review.time, Self.start + 3 * Self.day)
        return review
      })
    let same = Self.schedule(
      [inOrder[0], inOrder[1], inOrder[2]].map {
        var review = $0
        review.time = min(review.time, Self.start + 3 * Self.day)
        return review
      })
    #expect(swapped.memory(of: .conv, level: 1) != same.memory(of: .conv, level: 1))
  }

  @Test func aRecordedReviewMovesThePlan() {
    var schedule = Self.schedule([])
    schedule.record(GradedReview.make(.conv, at: Self.start, .hard))
    let plan = schedule.plan(for: .conv, at: Self.start + 60)
    #expect(plan.status == .later && plan.level == 1)
    #expect(schedule.next(at: Self.start + 60)?.skill == .bias)
  }
}
