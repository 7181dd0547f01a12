import Foundation

/// The memory state after a review: FSRS-6's formulas for stability and difficulty.
extension FSRS {
  /// Euler's number as the reference writes its powers (`e ** x`), so that results match it
  /// to the last bit.
  private static let euler = 2.718281828459045

  /// The memory state after the first review of something, graded `grade`.
  public func firstReview(_ grade: Grade) -> MemoryState {
    MemoryState(
      stability: max(parameters[grade.rawValue - 1], FSRS.minimumStability),
      difficulty: FSRS.clampedDifficulty(initialDifficulty(grade)))
  }

  /// The memory state after a review graded `grade`, `elapsedDays` whole days after the
  /// previous one (``wholeDays(from:to:)``). Less than a day after it (0, or any time back),
  /// the stability changes by the short-term formula; otherwise by the formula of a recall
  /// (hard, good, easy) or of a lapse (again), at the retrievability the days left.
  public func review(_ memory: MemoryState, elapsedDays: Double, grade: Grade) -> MemoryState {
    let stability: Double
    if !(elapsedDays >= 1) {
      stability = shortTermStability(memory.stability, grade: grade)
    } else {
      let recall = retrievability(of: memory, afterDays: elapsedDays)
      let next =
        grade == .again
        ? lapseStability(memory, retrievability: recall)
        : recallStability(memory, retrievability: recall, grade: grade)
      stability = max(next, FSRS.minimumStability)
    }
    return MemoryState(
      stability: stability, difficulty: nextDifficulty(memory.difficulty, grade: grade))
  }

  /// A first review's difficulty, not clamped: `w4 − e^(w5·(grade − 1)) + 1`.
  private func initialDifficulty(_ grade: Grade) -> Double {
    parameters[4] - pow(FSRS.euler, parameters[5] * Double(grade.rawValue - 1)) + 1
  }

  /// The difficulty after a review: moved by the grade (less as it nears 10), then drawn by
  /// `w7` towards a first easy review's difficulty.
  private func nextDifficulty(_ difficulty: Double, grade: Grade) -> Double {
    let change = -(parameters[6] * Double(grade.rawValue - 3))
    let moved = difficulty + (10.0 - difficulty) * change / 9.0
    let target = initialDifficulty(.easy)
    return FSRS.clampedDifficulty(parameters[7] * target + (1 - parameters[7]) * moved)
  }

  /// The stability after a review the same day: multiplied by
  /// `e^(w17·(grade − 3 + w18)) · S^(−w19)`, a factor of at least 1 for a recall.
  private func shortTermStability(_ stability: Double, grade: Grade) -> Double {
    var increase =
      pow(FSRS.euler, parameters[17] * (Double(grade.rawValue - 3) + parameters[18]))
      * pow(stability, -parameters[19])
    if grade != .again { increase = max(increase, 1.0) }
    return max(stability * increase, FSRS.minimumStability)
  }

  /// The stability after a recall: grown the more, the lower the difficulty, the stability and
  /// the retrievability were; less for hard (`w15`), more for easy (`w16`).
  private func recallStability(
    _ memory: MemoryState, retrievability: Double, grade: Grade
  ) -> Double {
    let hardPenalty = grade == .hard ? parameters[15] : 1
    let easyBonus = grade == .easy ? parameters[16] : 1
    let growth =
      pow(FSRS.euler, parameters[8]) * (11 - memory.difficulty)
      * pow(memory.stability, -parameters[9])
      * (pow(FSRS.euler, (1 - retrievability) * parameters[10]) - 1) * hardPenalty * easyBonus
    return memory.stability * (1 + growth)
  }

  /// The stability after a lapse: the long-term formula, at most the stability divided by
  /// `e^(w17·w18)`.
  private func lapseStability(_ memory: MemoryState, retrievability: Double) -> Double {
    let longTerm =
      parameters[11] * pow(memory.difficulty, -parameters[12])
      * (pow(memory.stability + 1, parameters[13]) - 1)
      * pow(FSRS.euler, (1 - retrievability) * parameters[14])
    let shortTerm = memory.stability / pow(FSRS.euler, parameters[17] * parameters[18])
    return min(longTerm, shortTerm)
  }

  /// `difficulty` within ``difficultyRange``.
  private static func clampedDifficulty(_ difficulty: Double) -> Double {
    min(max(difficulty, difficultyRange.lowerBound), difficultyRange.upperBound)
  }
}
