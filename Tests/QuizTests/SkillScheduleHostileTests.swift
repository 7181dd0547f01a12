import ConvCore
import Testing

@testable import Quiz

/// The schedule on review logs no one should write but a database changed by hand may hold:
/// times out of range, levels out of range, counts near the 64-bit limit. Nothing traps, and
/// every value stays in its range.
@Suite struct SkillScheduleHostileTests {
  static let now = 1_710_064_800.0

  /// Every skill's plan at `now` is one of its open levels, with a retrievability in range.
  static func expectSane(_ schedule: SkillSchedule, at now: Double) {
    let plans = schedule.dueFirst(at: now)
    #expect(plans.count == Skill.allCases.count)
    for plan in plans {
      #expect(schedule.openLevels(of: plan.skill).contains(plan.level))
      #expect((1...schedule.levelCount(of: plan.skill)).contains(plan.level))
      if let recall = plan.retrievability { #expect(recall >= 0 && recall <= 1) }
      _ = ScheduleWords.due(plan, now: now, timeZone: .gmt)
      _ = ScheduleWords.recall(of: plan)
    }
  }

  @Test func levelsOutOfRangeAreClamped() {
    let schedule = SkillSchedule(
      reviews: [
        GradedReview.make(.conv, level: 0, at: Self.now, .hard),
        GradedReview.make(.conv, level: -5, at: Self.now + 60, .hard),
        GradedReview.make(.conv, level: .min, at: Self.now + 120, .hard),
        GradedReview.make(.bias, level: 99, at: Self.now, .easy),
        GradedReview.make(.bias, level: .max, at: Self.now + 60, .easy),
      ], levels: { _ in 3 })
    #expect(schedule.memory(of: .conv, level: 1)?.reviewCount == 3)
    #expect(schedule.memory(of: .conv, level: -1) == schedule.memory(of: .conv, level: 1))
    #expect(schedule.memory(of: .bias, level: 3)?.reviewCount == 2)
    #expect(schedule.memory(of: .bias, level: .max) == schedule.memory(of: .bias, level: 3))
    #expect(schedule.openLevels(of: .bias) == [1])
    Self.expectSane(schedule, at: Self.now)
  }

  @Test func countsBelowOneAreOneAndHugeCountsAreFine() {
    let reviews = [
      GradedReview.make(.conv, level: .max, at: Self.now, .easy),
      GradedReview.make(.conv, level: .max - 1, at: Self.now, .easy),
      GradedReview.make(.bias, level: 2, at: Self.now, .easy),
    ]
    let small = SkillSchedule(reviews: reviews, levels: { $0 == .conv ? 0 : .min })
    #expect(small.levelCount(of: .conv) == 1 && small.levelCount(of: .bias) == 1)
    #expect(small.memory(of: .conv, level: 1)?.reviewCount == 2)
    Self.expectSane(small, at: Self.now)
    let huge = SkillSchedule(reviews: reviews, levels: { _ in .max })
    #expect(huge.openLevels(of: .conv) == [1, .max])
    #expect(huge.openLevels(of: .bias) == [1, 3])
    #expect(huge.plan(for: .conv, at: Self.now).level == 1)
    Self.expectSane(huge, at: Self.now)
  }

  @Test func timesFarApartOrInTheFutureStayInRange() {
    let times: [Double] = [
      -1e300, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 0, -1, Self.now + 1e9,
      Self.now, Self.now - 0.5, .leastNonzeroMagnitude, 1e15,
    ]
    var random = RandomGenerator(seed: 3)
    var reviews: [Review] = []
    for (index, time) in times.enumerated() {
      for skill in Skill.allCases {
        let grade = Grade(rawValue: random.integer(from: 1, below: 5))
        reviews.append(GradedReview.make(skill, level: index % 3 + 1, at: time, grade))
      }
    }
    var schedule = SkillSchedule(reviews: reviews, levels: { _ in 3 })
    for now in [Self.now, .nan, .infinity, -.infinity, 0, -1e300, .greatestFiniteMagnitude] {
      Self.expectSane(schedule, at: now)
    }
    for time in times.reversed() {
      schedule.record(GradedReview.make(.conv, level: 2, at: time, .again))
    }
    for level in 1...3 {
      let memory = schedule.memory(of: .conv, level: level)
      #expect(memory.map { $0.state.stability >= FSRS.minimumStability } ?? true)
      #expect(memory.map { FSRS.difficultyRange.contains($0.state.difficulty) } ?? true)
      #expect(memory.map { !$0.dueTime.isNaN } ?? true)
    }
    Self.expectSane(schedule, at: Self.now)
  }

  @Test func aReviewLaterThanNowIsAsIfJustDone() throws {
    let schedule = SkillSchedule(
      reviews: [GradedReview.make(.conv, at: Self.now + 10 * 86_400, .hard)], levels: { _ in 3 })
    let plan = schedule.plan(for: .conv, at: Self.now)
    #expect(plan.status == .later)
    #expect(plan.retrievability == 1)
  }

  @Test func twentyThousandReviewsAreAllReplayed() {
    var reviews: [Review] = []
    var random = RandomGenerator(seed: 5)
    for index in 0..<20_000 {
      let skill = Skill.allCases[random.integer(from: 0, below: Skill.allCases.count)]
      reviews.append(
        GradedReview.make(
          skill, level: random.integer(from: 1, below: 4),
          at: Self.now + Double(index) * 3_000, Grade(rawValue: random.integer(from: 1, below: 5))))
    }
    let schedule = SkillSchedule(reviews: reviews.reversed(), levels: { _ in 3 })
    let total = Skill.allCases.flatMap { skill in
      (1...3).compactMap { schedule.memory(of: skill, level: $0)?.reviewCount }
    }.reduce(0, +)
    #expect(total == reviews.count)
  }
}
