import Quiz

/// A lesson's progress in words, derived from its reviews, for `convtutor lessons` and
/// `convtutor progress`: `1 of 2 quizzes done, best 7 of 9 right at the first try`, or
/// `not started`.
///
/// A quiz step is done once an attempt at it finished with every question answered; its best
/// is the most questions right at the first try in such an attempt, out of the questions its
/// last attempt asked. Sums saturate (``QuizScore/add(_:)``): a hand-edited count cannot
/// overflow them.
public enum LessonSummary {
  /// The summary of lesson `lessonId`, which has `quizCount` quiz steps, from `reviews` in time
  /// order (those of other lessons and of drills are passed over); empty for a lesson without
  /// quizzes.
  public static func text(for lessonId: String, quizCount: Int, reviews: [Review]) -> String {
    guard quizCount > 0 else { return "" }
    var steps: [Int: Step] = [:]
    for review in reviews {
      guard case .lessonStep(let id, let index) = review.exercise, id == lessonId else { continue }
      steps[index, default: Step()].add(review)
    }
    guard !steps.isEmpty else { return "not started" }
    let done = steps.values.filter { $0.best != nil }
    var total = QuizScore()
    for step in done {
      var best = QuizScore()
      best.rightFirstTry = step.best ?? 0
      best.questions = step.lastQuestions
      total.add(best)
    }
    var text =
      "\(min(done.count, quizCount)) of \(quizCount) quiz\(quizCount == 1 ? "" : "zes") done"
    if !done.isEmpty {
      text += ", best \(total.rightFirstTry) of \(total.questions) right at the first try"
    }
    return text
  }

  /// What the attempts at one quiz step add up to.
  private struct Step {
    /// The most right at the first try in an attempt that answered every question; nil
    /// until one did.
    var best: Int?
    /// The questions the last attempt asked.
    var lastQuestions = 0

    mutating func add(_ review: Review) {
      lastQuestions = review.score.questions
      if review.isFinished, review.score.answered >= review.score.questions {
        best = max(best ?? 0, review.score.rightFirstTry)
      }
    }
  }
}
