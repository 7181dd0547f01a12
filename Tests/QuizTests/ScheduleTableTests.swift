import Foundation
import Testing

@testable import Quiz

/// What `convtutor progress` says of each skill: its next level, when it is due, recall.
@Suite struct ScheduleTableTests {
  static let utc = TimeZone(identifier: "UTC")!
  static let monday = 1_800_000_000.0

  @Test func eachSkillOnItsLineInTheCoursesOrder() {
    let reviews = [
      GradedReview.make(.maxpool, at: Self.monday, .again),
      GradedReview.make(.padding, at: Self.monday, .good),
      GradedReview.make(.stride, at: Self.monday - 20 * 86_400, .good),
    ]
    let lines = ScheduleTable.lines(reviews: reviews, now: Self.monday + 60, timeZone: Self.utc)
    #expect(lines.count == Skill.allCases.count)
    #expect(lines[0] == "conv     level 1 of 5   new")
    #expect(lines[2] == "padding  level 2 of 4   new (level 1 held)")
    // Drilled 20 days ago, held for 2: overdue, and recall has fallen.
    #expect(lines[3].hasPrefix("stride   level 1 of 4   due now"))
    let recall = Int(lines[3].split(separator: " ").last?.dropLast() ?? "") ?? 100
    #expect(recall < 90)
    #expect(lines[4] == "maxpool  level 1 of 4   due tomorrow     recall 100%")
  }

  @Test func aHandEditedLogStillGivesEveryLine() {
    var score = QuizScore()
    score.questions = Int.max
    score.rightFirstTry = Int.max
    let hostile = [
      Review(
        time: -1e308, exercise: .lessonStep(lessonId: "x", stepIndex: -1), skill: .conv,
        level: Int.min, score: score, isFinished: true, mistakes: [], answers: []),
      Review(
        time: .nan, exercise: .drill(seed: .max, number: .max, layer: ""), skill: nil,
        level: Int.max, score: score, isFinished: true, mistakes: [], answers: []),
    ]
    let lines = ScheduleTable.lines(reviews: hostile, now: Self.monday, timeZone: Self.utc)
    #expect(lines.count == Skill.allCases.count)
    #expect(lines[0].hasPrefix("conv     level "))
  }
}
