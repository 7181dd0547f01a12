@testable import Quiz

/// Reviews with a chosen grade, for the schedule's tests: a one-question drill item whose score
/// grades as asked.
enum GradedReview {
  /// A review of `skill` at `level`, ended at `time`, graded `grade` (`nil`: left before its
  /// end with nothing shown, which has no grade).
  static func make(_ skill: Skill?, level: Int = 1, at time: Double, _ grade: Grade?) -> Review {
    var score = QuizScore()
    score.questions = 1
    var isFinished = true
    switch grade {
    case .again: score.revealed = 1
    case .hard: score.rightLater = 1
    case .good:
      score.rightFirstTry = 1
      score.seconds = 60
    case .easy:
      score.rightFirstTry = 1
      score.seconds = 2
    case nil: isFinished = false
    }
    return Review(
      time: time, exercise: .drill(seed: 1, number: 1, layer: "Conv2d"), skill: skill,
      level: level, score: score, isFinished: isFinished, mistakes: [], answers: [])
  }
}
