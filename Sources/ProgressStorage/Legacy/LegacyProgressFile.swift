import Quiz

/// The progress file of earlier convtutors (`progress.json`, format 1), read into reviews.
///
/// The file kept, per lesson and quiz step, the number of attempts, whether one finished with
/// every question answered (`completed`), the most right at the first try in such an attempt
/// (`bestRightFirstTry`), the last attempt's score (`last`) and when it ended (`lastTime`). It
/// did not keep the attempts themselves, so each step becomes its last attempt, preceded, when
/// that attempt was not its best finished one, by a finished attempt with the best score (the
/// rest of its questions right later): the summaries of `lessons` and `progress` read as
/// before. The drills' Leitner boxes are not kept.
///
/// Any value is taken: counts are clamped to 0 and up, times to 1970 through 9999, a value of
/// the wrong type reads as 0 or false, a step whose index is not a number is passed over, and
/// a file cut short gives what stood before the cut (``LenientJSON``).
enum LegacyProgressFile {
  /// The reviews in `bytes`, and whether the whole file could be read.
  static func reviews(in bytes: [UInt8]) -> (reviews: [Review], isWhole: Bool) {
    let (root, isWhole) = LenientJSON.read(bytes)
    guard case .object(let lessons)? = root?["lessons"] else { return ([], false) }
    var reviews: [Review] = []
    for (lessonId, lesson) in lessons {
      guard case .object(let steps)? = lesson["steps"] else { continue }
      for (key, step) in steps {
        guard let stepIndex = Int(key.trimmingWhitespace()), stepIndex >= 0 else { continue }
        reviews += stepReviews(step, lessonId: lessonId, stepIndex: stepIndex)
      }
    }
    return (reviews, isWhole)
  }

  /// The last attempt at a step, and before it its best finished attempt when that differs.
  private static func stepReviews(_ step: LenientJSON, lessonId: String, stepIndex: Int)
    -> [Review]
  {
    let last = score(step["last"])
    let completed = step["completed"]?.isTrue ?? false
    let time = StoredValue.time(step["lastTime"]?.number ?? 0)
    let lastIsComplete = completed && last.answered >= last.questions
    func review(_ score: QuizScore, isFinished: Bool) -> Review {
      Review(
        time: time, exercise: .lessonStep(lessonId: lessonId, stepIndex: stepIndex), skill: nil,
        level: 1, score: score, isFinished: isFinished, mistakes: [], answers: [])
    }
    var reviews: [Review] = []
    if completed {
      let bestCount = StoredValue.count(step["bestRightFirstTry"]?.number ?? 0)
      if !lastIsComplete || last.rightFirstTry != bestCount {
        var best = QuizScore()
        best.questions = last.questions
        best.rightFirstTry = min(bestCount, last.questions)
        best.rightLater = last.questions - best.rightFirstTry
        reviews.append(review(best, isFinished: true))
      }
    }
    reviews.append(review(last, isFinished: lastIsComplete))
    return reviews
  }

  /// A score from its object, each count clamped.
  private static func score(_ value: LenientJSON?) -> QuizScore {
    func count(_ key: String) -> Int { StoredValue.count(value?[key]?.number ?? 0) }
    var score = QuizScore()
    score.questions = count("questions")
    score.rightFirstTry = count("rightFirstTry")
    score.rightLater = count("rightLater")
    score.revealed = count("revealed")
    score.gaveUp = count("gaveUp")
    score.hintsUsed = count("hintsUsed")
    score.wrongTries = count("wrongTries")
    score.seconds = StoredValue.seconds(value?["seconds"]?.number ?? 0)
    return score
  }
}
