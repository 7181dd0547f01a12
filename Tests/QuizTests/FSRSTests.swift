import Testing

@testable import Quiz

/// FSRS-6's model on its own: its settings, the shape of its curves, and values no review
/// log should hold (none of which may trap).
@Suite struct FSRSTests {
  let fsrs = FSRS()

  @Test func theDefaultsAreFSRS6s() {
    #expect(fsrs.parameters.count == 21)
    #expect(fsrs.parameters[20] == 0.1542)
    #expect(fsrs.desiredRetention == 0.9)
    #expect(fsrs.maximumInterval == 36_500)
    #expect(FSRS(parameters: FSRS.defaultParameters, desiredRetention: 0.9) == fsrs)
  }

  @Test func parametersOutsideTheReferencesRangesAreRefused() {
    var parameters = FSRS.defaultParameters
    #expect(FSRS(parameters: Array(parameters.dropLast()), desiredRetention: 0.9) == nil)
    #expect(FSRS(parameters: parameters + [0.1], desiredRetention: 0.9) == nil)
    parameters[20] = 0.05
    #expect(FSRS(parameters: parameters, desiredRetention: 0.9) == nil)
    parameters[20] = .nan
    #expect(FSRS(parameters: parameters, desiredRetention: 0.9) == nil)
    for retention in [0, 1, -0.5, 1.5, .nan, .infinity] {
      #expect(FSRS(parameters: FSRS.defaultParameters, desiredRetention: retention) == nil)
    }
    #expect(
      FSRS(parameters: FSRS.defaultParameters, desiredRetention: 0.9, maximumInterval: 0) == nil)
    #expect(FSRS(parameters: FSRS.defaultParameters, desiredRetention: 0.8) != nil)
  }

  @Test func wholeDaysCountDownAsTheReferenceDoes() {
    #expect(FSRS.wholeDays(from: 0, to: 23 * 3600) == 0)
    #expect(FSRS.wholeDays(from: 0, to: 86_399) == 0)
    #expect(FSRS.wholeDays(from: 0, to: 86_400) == 1)
    #expect(FSRS.wholeDays(from: 100, to: 100 + 47 * 3600) == 1)
    #expect(FSRS.wholeDays(from: 0, to: -1) == -1)
  }

  @Test func recallIsNinetyPercentAfterStabilityDays() {
    let memory = MemoryState(stability: 10, difficulty: 5)
    #expect(fsrs.retrievability(of: memory, afterDays: 0) == 1)
    #expect(abs(fsrs.retrievability(of: memory, afterDays: 10) - 0.9) < 1e-12)
    #expect(fsrs.retrievability(of: memory, afterDays: 30) < 0.9)
    // Before the review (a clock set back) is as at the review.
    #expect(fsrs.retrievability(of: memory, afterDays: -3) == 1)
    // At a desired retention of 0.9 the interval is the stability, rounded.
    #expect(fsrs.interval(forStability: 10) == 10)
    #expect(fsrs.interval(forStability: 10.4) == 10)
    #expect(fsrs.interval(forStability: 10.6) == 11)
  }

  @Test func intervalsAreAtLeastADayAndAtMostTheMaximum() {
    #expect(fsrs.interval(forStability: FSRS.minimumStability) == 1)
    #expect(fsrs.interval(forStability: 0) == 1)
    #expect(fsrs.interval(forStability: 50_000) == 36_500)
    #expect(fsrs.interval(forStability: .infinity) == 36_500)
    #expect(fsrs.interval(forStability: .greatestFiniteMagnitude) == 36_500)
    #expect(fsrs.interval(forStability: .nan) == 1)
    #expect(fsrs.interval(forStability: -.infinity) == 1)
    let short = FSRS(parameters: FSRS.defaultParameters, desiredRetention: 0.9, maximumInterval: 7)
    #expect(short?.interval(forStability: 100) == 7)
  }

  @Test func aFirstReviewStartsFromTheGradesStability() {
    for grade in Grade.allCases {
      let memory = fsrs.firstReview(grade)
      #expect(memory.stability == FSRS.defaultParameters[grade.rawValue - 1])
      #expect(FSRS.difficultyRange.contains(memory.difficulty))
    }
    #expect(fsrs.firstReview(.again).difficulty > fsrs.firstReview(.easy).difficulty)
  }

  @Test func aReviewTheSameDayUsesTheShortTermFormula() {
    let memory = fsrs.firstReview(.good)
    // Less than a day, or a time before the last review: the same short-term change.
    let sameDay = fsrs.review(memory, elapsedDays: 0, grade: .good)
    #expect(fsrs.review(memory, elapsedDays: -2, grade: .good) == sameDay)
    #expect(fsrs.review(memory, elapsedDays: .nan, grade: .good) == sameDay)
    #expect(sameDay.stability >= memory.stability)
    #expect(fsrs.review(memory, elapsedDays: 0, grade: .again).stability < memory.stability)
    // A day later, the long-term formula: a recall after a day grows the stability further.
    #expect(fsrs.review(memory, elapsedDays: 1, grade: .good) != sameDay)
  }

  @Test func hostileGapsGiveStatesInRange() {
    let memory = fsrs.firstReview(.hard)
    for days in [Double.infinity, 1e300, .greatestFiniteMagnitude, -.infinity] {
      for grade in Grade.allCases {
        let next = fsrs.review(memory, elapsedDays: days, grade: grade)
        #expect(next.stability.isFinite && next.stability >= FSRS.minimumStability)
        #expect(FSRS.difficultyRange.contains(next.difficulty))
        let recall = fsrs.retrievability(of: next, afterDays: days)
        #expect(recall >= 0 && recall <= 1)
      }
    }
    #expect(fsrs.retrievability(of: memory, afterDays: .infinity) == 0)
    #expect(fsrs.retrievability(of: memory, afterDays: .nan) == 1)
  }
}
