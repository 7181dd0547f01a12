import Foundation
import Testing

@testable import Quiz

/// The words `convtutor progress` uses for a schedule: when a skill is due, by the learner's
/// calendar days, and how well it is held.
@Suite struct ScheduleWordsTests {
  static let day = 86_400.0
  /// 2024-03-10 10:00 UTC.
  static let now = 1_710_064_800.0
  /// 2024-03-11 00:00 UTC.
  static let midnight = 1_710_115_200.0

  static func words(_ dueTime: Double, in zone: TimeZone = .gmt) -> String {
    ScheduleWords.due(at: dueTime, now: now, timeZone: zone)
  }

  @Test func aTimeThatHasComeIsDueNow() {
    #expect(Self.words(Self.now) == "due now")
    #expect(Self.words(Self.now - 3 * Self.day) == "due now")
    #expect(Self.words(-.infinity) == "due now")
    #expect(Self.words(.nan) == "due now")
    #expect(ScheduleWords.due(at: Self.now, now: .nan, timeZone: .gmt) == "due now")
  }

  @Test func laterTheSameDayIsTodayAndTheNextDayTomorrow() {
    #expect(Self.words(Self.now + 1) == "due today")
    #expect(Self.words(Self.midnight - 1) == "due today")
    #expect(Self.words(Self.midnight) == "due tomorrow")
    #expect(Self.words(Self.midnight + Self.day - 1) == "due tomorrow")
    #expect(Self.words(Self.midnight + Self.day) == "due in 2 days")
  }

  @Test func theDayCountsInTheLearnersTimeZone() throws {
    // At 10:00 UTC it is 20:00 at UTC+10: 14:30 UTC is after midnight there.
    let east = try #require(TimeZone(secondsFromGMT: 10 * 3600))
    #expect(Self.words(Self.now + 4.5 * 3600) == "due today")
    #expect(Self.words(Self.now + 4.5 * 3600, in: east) == "due tomorrow")
    let west = try #require(TimeZone(secondsFromGMT: -11 * 3600))
    // At UTC−11 it is 23:00 the day before: 00:30 and 14:00 the next local day are tomorrow.
    #expect(Self.words(Self.midnight + 3600, in: west) == "due tomorrow")
    #expect(Self.words(Self.now + 1.5 * 3600, in: west) == "due tomorrow")
  }

  @Test func daysThenWeeksThenMonthsThenYears() {
    let atMidnight = { (days: Double) in Self.words(Self.midnight + (days - 1) * Self.day) }
    #expect(atMidnight(3) == "due in 3 days")
    #expect(atMidnight(13) == "due in 13 days")
    #expect(atMidnight(14) == "due in 2 weeks")
    #expect(atMidnight(20) == "due in 2 weeks")
    #expect(atMidnight(21) == "due in 3 weeks")
    #expect(atMidnight(59) == "due in 8 weeks")
    #expect(atMidnight(60) == "due in 2 months")
    #expect(atMidnight(729) == "due in 24 months")
    #expect(atMidnight(730) == "due in 2 years")
    #expect(atMidnight(36_500) == "due in 100 years")
    #expect(atMidnight(36_865) == "due in over 100 years")
    #expect(Self.words(.greatestFiniteMagnitude) == "due in over 100 years")
    #expect(Self.words(.infinity) == "due in over 100 years")
  }

  @Test func aNewLevelSaysNewAndHasNoRecall() {
    let new = SkillPlan(
      skill: .conv, level: 1, status: .new, dueTime: Self.now, retrievability: nil)
    #expect(ScheduleWords.due(new, now: Self.now, timeZone: .gmt) == "new")
    #expect(ScheduleWords.recall(of: new) == nil)
    let later = SkillPlan(
      skill: .conv, level: 2, status: .later, dueTime: Self.now + 3 * Self.day,
      retrievability: 0.9375)
    #expect(ScheduleWords.due(later, now: Self.now, timeZone: .gmt) == "due in 3 days")
    #expect(ScheduleWords.recall(of: later) == "recall 94%")
  }

  @Test func recallIsAWholePercentFromZeroToAHundred() {
    #expect(ScheduleWords.recall(0.9) == "recall 90%")
    #expect(ScheduleWords.recall(0.934) == "recall 93%")
    #expect(ScheduleWords.recall(1) == "recall 100%")
    #expect(ScheduleWords.recall(0.996) == "recall 100%")
    #expect(ScheduleWords.recall(0.004) == "recall 0%")
    #expect(ScheduleWords.recall(0) == "recall 0%")
    #expect(ScheduleWords.recall(-1) == "recall 0%")
    #expect(ScheduleWords.recall(7) == "recall 100%")
    #expect(ScheduleWords.recall(.nan) == "recall 0%")
    #expect(ScheduleWords.recall(.infinity) == "recall 100%")
  }
}
