import ConvCore
import Foundation
import Testing

@testable import Quiz

/// Drills: the same seed gives the same exercises, and the schedule (FSRS over the review log)
/// decides what comes next. Each level's exercises are checked in ``DrillLevelTests``.
@Suite struct DrillTests {
  static func descriptions(seed: UInt64, skill: Skill, count: Int = 8) -> [String] {
    var generator = DrillGenerator(seed: seed)
    return (0..<count).map { _ in
      let item = generator.next(skill)
      return item.layerText + " " + item.steps.input.scalars.map { "\($0)" }.joined(separator: ",")
    }
  }

  @Test(arguments: Skill.allCases)
  func sameSeedSameExercises(skill: Skill) {
    #expect(Self.descriptions(seed: 7, skill: skill) == Self.descriptions(seed: 7, skill: skill))
    #expect(Self.descriptions(seed: 7, skill: skill) != Self.descriptions(seed: 8, skill: skill))
  }

  static let day = 86_400.0
  static let monday = 1_800_000_000.0

  /// An unseeded drill of `skills` from `reviews` (the schedule chooses), with seed 3.
  static func schedule(_ skills: [Skill] = [], reviews: [Review] = [], level: Int? = nil)
    -> DrillSchedule
  {
    DrillSchedule(
      request: DrillRequest(skills: skills, level: level), seed: 3, reviews: reviews,
      timeZone: TimeZone(identifier: "UTC")!)
  }

  @Test func aMissedExerciseComesBackInTheSameSession() {
    var schedule = Self.schedule([.conv, .maxpool])
    let first = schedule.nextItem(at: Self.monday)
    schedule.record(GradedReview.make(first.skill, at: Self.monday, .again), of: first)
    let second = schedule.nextItem(at: Self.monday)
    #expect(!second.isRepeat)
    schedule.record(GradedReview.make(second.skill, at: Self.monday, .good), of: second)
    let third = schedule.nextItem(at: Self.monday)
    #expect(third.isRepeat)
    #expect(third.number == first.number)
    #expect(third.item.layerText == first.item.layerText)
    #expect(third.item.steps.input == first.item.steps.input)
    // It comes back once: missed again, it does not come back a second time.
    schedule.record(GradedReview.make(third.skill, at: Self.monday, .again), of: third)
    for _ in 0..<3 { #expect(!schedule.nextItem(at: Self.monday).isRepeat) }
  }

  @Test func aSkillMissedInALessonComesFirstTheNextDay() {
    // Every skill right on Monday; then a lesson's quiz of a convolution went wrong.
    var reviews = Skill.allCases.map { GradedReview.make($0, at: Self.monday, .good) }
    reviews.append(GradedReview.make(.conv, at: Self.monday + 60, .again))
    var schedule = Self.schedule(reviews: reviews)
    let item = schedule.nextItem(at: Self.monday + Self.day + 60)
    #expect(item.skill == .conv && item.level == 1)
    #expect(schedule.dueText(of: .conv, at: Self.monday + Self.day + 60) == "due now")
    #expect(schedule.dueText(of: .bias, at: Self.monday + Self.day + 60) == "new")
  }

  @Test func aLevelHeldOpensTheNextAndTheDueDateMovesOn() {
    var schedule = Self.schedule([.conv])
    let first = schedule.nextItem(at: Self.monday)
    #expect(first.level == 1)
    schedule.record(GradedReview.make(.conv, at: Self.monday, .good), of: first)
    // Level 1 is held (stability over 2 days): level 2 opens, new, and comes next.
    let second = schedule.nextItem(at: Self.monday + 60)
    #expect(second.level == 2)
    schedule.record(GradedReview.make(.conv, level: 2, at: Self.monday + 60, .easy), of: second)
    #expect(schedule.nextItem(at: Self.monday + 120).level == 3)
  }

  @Test func aLevelAskedIsTheLevelGiven() {
    var schedule = Self.schedule([.maxpool], level: 3)
    #expect(schedule.nextItem(at: Self.monday).level == 3)
    var beyond = Self.schedule([.maxpool], level: 99)
    #expect(beyond.nextItem(at: Self.monday).level == Skill.maxpool.levelCount)
  }
}

/// `drill --seed N` repeats exactly: whatever is saved and however it is answered, a seeded
/// drill gives the same items, though its results are still recorded.
@Suite struct RepeatableDrillTests {
  /// The first `count` items of a seeded drill from `reviews`, each answered `grade`.
  static func session(from reviews: [Review], answering grade: Grade, count: Int = 12)
    -> (exercises: [String], schedule: DrillSchedule)
  {
    var schedule = DrillRequest(seed: 7).schedule(reviews: reviews, at: 0)
    var exercises: [String] = []
    for _ in 0..<count {
      let item = schedule.nextItem(at: DrillTests.monday)
      exercises.append("\(item.skill) \(item.level) \(item.item.layerText)")
      schedule.record(GradedReview.make(item.skill, at: DrillTests.monday, grade), of: item)
    }
    return (exercises, schedule)
  }

  @Test func theSameSeedGivesTheSameExercisesWhateverIsSavedOrAnswered() {
    let practised =
      (0..<5).map { GradedReview.make(.conv, level: 1 + $0 % 2, at: Double($0), .easy) }
      + [GradedReview.make(.maxpool, at: 9, .again)]
    let first = Self.session(from: [], answering: .good)
    let second = Self.session(from: practised, answering: .again)
    #expect(first.exercises == second.exercises)
    // The skills in turn, in the course's order.
    #expect(
      first.exercises.prefix(3).map { $0.split(separator: " ")[0] } == ["conv", "bias", "padding"])
    // Without the seed's promise, what is saved decides.
    var fresh = DrillTests.schedule()
    var trained = DrillTests.schedule(reviews: practised)
    #expect(fresh.nextItem(at: DrillTests.monday).skill == .conv)
    #expect(trained.nextItem(at: DrillTests.monday).skill != .conv)
    // The results still reach the schedule.
    #expect(second.schedule.memory.memory(of: .maxpool, level: 1)?.reviewCount == 2)
  }
}
