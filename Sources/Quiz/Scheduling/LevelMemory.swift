/// The memory of one level of a skill, after its reviews replayed in time order through
/// ``FSRS``: its state, when it was last reviewed and when it falls due.
public struct LevelMemory: Sendable, Equatable {
  /// Stability and difficulty after the last review.
  public private(set) var state: MemoryState
  /// When the last review was, in seconds since 1970.
  public private(set) var lastReview: Double
  /// The days from the last review until the level falls due.
  public private(set) var intervalDays: Int
  /// How many reviews were replayed.
  public private(set) var reviewCount: Int

  /// When the level falls due, in seconds since 1970: ``intervalDays`` after ``lastReview``.
  public var dueTime: Double { lastReview + Double(intervalDays) * FSRS.secondsPerDay }

  /// The memory after a first review graded `grade` at `time`.
  init(firstReviewAt time: Double, grade: Grade, fsrs: FSRS) {
    state = fsrs.firstReview(grade)
    lastReview = time
    intervalDays = fsrs.interval(forStability: state.stability)
    reviewCount = 1
  }

  /// Adds a review graded `grade` at `time`, no earlier than ``lastReview``.
  mutating func review(at time: Double, grade: Grade, fsrs: FSRS) {
    let days = FSRS.wholeDays(from: lastReview, to: time)
    state = fsrs.review(state, elapsedDays: days, grade: grade)
    lastReview = time
    intervalDays = fsrs.interval(forStability: state.stability)
    reviewCount += 1
  }

  /// The chance of recall at `time` (seconds since 1970), by the whole days since
  /// ``lastReview``: 1 at the review and at any time before it.
  public func retrievability(at time: Double, fsrs: FSRS) -> Double {
    fsrs.retrievability(of: state, afterDays: FSRS.wholeDays(from: lastReview, to: time))
  }
}
