import Foundation

/// The FSRS-6 model of memory (Free Spaced Repetition Scheduler), as the reference
/// implementation computes it (PyPI's `fsrs`, version 6): the memory state after each review,
/// the chance of recall after some days, and the days until the next review.
///
/// The schedule is the day-based one, without learning steps and without fuzzing: time between
/// reviews counts in whole days (``wholeDays(from:to:)``), a review less than a day after the
/// previous one changes the stability by FSRS-6's short-term formula, and every interval is a
/// whole number of days, from 1 to ``maximumInterval``.
public struct FSRS: Sendable, Equatable {
  /// FSRS-6's published default parameters, `w0` to `w20`.
  public static let defaultParameters: [Double] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ]
  /// The smallest value each parameter may take.
  static let lowestParameters: [Double] = [
    0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0,
    1, 0, 0, 0, 0.1,
  ]
  /// The largest value each parameter may take.
  static let highestParameters: [Double] = [
    100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8,
  ]
  /// The smallest stability, in days.
  public static let minimumStability = 0.001
  /// The range of a difficulty.
  public static let difficultyRange = 1.0...10.0
  /// Seconds in a day.
  static let secondsPerDay = 86_400.0

  /// The model's weights, `w0` to `w20` (21 of them).
  public let parameters: [Double]
  /// The chance of recall at which a review falls due (0.9: the next review comes when the
  /// learner would recall it nine times in ten).
  public let desiredRetention: Double
  /// The longest interval, in days.
  public let maximumInterval: Int
  /// The exponent of the forgetting curve: `-w20`.
  let decay: Double
  /// The forgetting curve's factor, so that retrievability is 0.9 after `stability` days.
  let factor: Double

  /// FSRS-6 with its default parameters, a desired retention of 0.9 and intervals of at most
  /// 36,500 days.
  public init() {
    self.init(checked: FSRS.defaultParameters, desiredRetention: 0.9, maximumInterval: 36_500)
  }

  /// FSRS-6 with `parameters`; `nil` unless there are 21, each within the range the reference
  /// allows, the retention is strictly between 0 and 1 and the maximum interval at least a day.
  public init?(parameters: [Double], desiredRetention: Double, maximumInterval: Int = 36_500) {
    guard parameters.count == FSRS.defaultParameters.count,
      parameters.indices.allSatisfy({
        FSRS.lowestParameters[$0] <= parameters[$0] && parameters[$0] <= FSRS.highestParameters[$0]
      }),
      desiredRetention > 0, desiredRetention < 1, maximumInterval >= 1
    else { return nil }
    self.init(
      checked: parameters, desiredRetention: desiredRetention, maximumInterval: maximumInterval)
  }

  private init(checked parameters: [Double], desiredRetention: Double, maximumInterval: Int) {
    self.parameters = parameters
    self.desiredRetention = desiredRetention
    self.maximumInterval = maximumInterval
    decay = -parameters[20]
    factor = pow(0.9, 1 / decay) - 1
  }

  /// The whole days from `earlier` to `later` (seconds since 1970), counted down as the
  /// reference counts them: 23 hours is 0 days, 47 hours 1 day, one second back −1 day. Not a
  /// whole number when either time is not finite.
  public static func wholeDays(from earlier: Double, to later: Double) -> Double {
    ((later - earlier) / secondsPerDay).rounded(.down)
  }

  /// The chance of recalling what has `stability`, `days` after its last review (whole days as
  /// ``wholeDays(from:to:)`` counts them; none before the review): 1 at the review, 0.9 after
  /// `stability` days, falling on FSRS-6's power curve of exponent `-w20`.
  public func retrievability(of memory: MemoryState, afterDays days: Double) -> Double {
    let elapsed = days.isNaN ? 0 : max(0, days)
    let value = pow(1 + factor * elapsed / memory.stability, decay)
    return value.isNaN ? 0 : value
  }

  /// The days until a review falls due for what has `stability`: when its retrievability
  /// reaches ``desiredRetention``, rounded to the nearest day (a half to the even one), at
  /// least 1 and at most ``maximumInterval``.
  public func interval(forStability stability: Double) -> Int {
    let days = (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
    guard !days.isNaN else { return 1 }
    let rounded = days.rounded(.toNearestOrEven)
    return rounded >= Double(maximumInterval) ? maximumInterval : Int(max(1, rounded))
  }
}
