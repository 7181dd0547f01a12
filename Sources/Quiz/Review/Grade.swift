/// How well an exercise went, as FSRS grades a review: the rating the schedule learns from.
///
/// Wrong or given up is ``again``; right after a hint or a retry, ``hard``; right at the first
/// try, ``good``; right at the first try and quick (``quickSecondsPerQuestion`` or less a
/// question), ``easy``.
public enum Grade: Int, Sendable, CaseIterable, Comparable, Codable {
  /// Forgotten: a question was shown after three wrong tries, or given up.
  case again = 1
  /// Recalled with effort: right, but after a wrong try or a hint.
  case hard = 2
  /// Recalled: every question right at the first try.
  case good = 3
  /// Recalled easily: right at the first try, and quickly.
  case easy = 4

  /// Seconds a question at most, for an exercise right at the first try to count as quick.
  static let quickSecondsPerQuestion = 10.0

  /// The grade of an attempt with `score`; `nil` for an attempt left before its end with
  /// nothing shown (it says nothing of the memory either way).
  public init?(score: QuizScore, isFinished: Bool) {
    if score.revealed > 0 || score.gaveUp > 0 {
      self = .again
    } else if !isFinished || score.questions == 0 {
      return nil
    } else if score.rightLater > 0 || score.hintsUsed > 0 || score.wrongTries > 0 {
      self = .hard
    } else if score.seconds <= Grade.quickSecondsPerQuestion * Double(score.questions) {
      self = .easy
    } else {
      self = .good
    }
  }

  /// The grade's name, as FSRS calls it: `Again`, `Hard`, `Good`, `Easy`.
  public var name: String {
    switch self {
    case .again: "Again"
    case .hard: "Hard"
    case .good: "Good"
    case .easy: "Easy"
    }
  }

  public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.rawValue < rhs.rawValue }
}
