import Foundation

/// The words `convtutor progress` says of a skill's schedule: when it is due, by the learner's
/// calendar days, and how well it is held.
///
/// When: "new" for a level never drilled; "due now" once its due time has come; then, by the
/// local days from now to the due time: "due today" (later the same day), "due tomorrow",
/// "due in N days" up to 13, "due in N weeks" from 14 days (whole weeks, counted down), "due in
/// N months" from 60 days (months of 30 days), "due in N years" from 730 days (years of 365
/// days), and "due in over 100 years" past that.
public enum ScheduleWords {
  /// Seconds a time may be away from 1970 for its zone's offset to be looked up; further out,
  /// the offset at that bound is taken.
  private static let zoneLookupLimit = 1e11

  /// When `plan` is due, at `now` (seconds since 1970), by the days of `timeZone`.
  public static func due(_ plan: SkillPlan, now: Double, timeZone: TimeZone) -> String {
    plan.status == .new ? "new" : due(at: plan.dueTime, now: now, timeZone: timeZone)
  }

  /// When something due at `dueTime` is due, at `now` (both seconds since 1970), by the days
  /// of `timeZone`. A time that is not a number is due now.
  public static func due(at dueTime: Double, now: Double, timeZone: TimeZone) -> String {
    guard dueTime > now else { return "due now" }
    let days = localDay(of: dueTime, in: timeZone) - localDay(of: now, in: timeZone)
    switch days {
    case ..<1: return "due today"
    case ..<2: return "due tomorrow"
    case ..<14: return "due in \(Int(days)) days"
    case ..<60: return "due in \(Int(days / 7)) weeks"
    case ..<730: return "due in \(Int(days / 30)) months"
    case ...36_864: return "due in \(Int(days / 365)) years"
    default: return "due in over 100 years"
    }
  }

  /// How well a level is held, from its `retrievability`: "recall 94%" (rounded to a whole
  /// percent, from 0 to 100).
  public static func recall(_ retrievability: Double) -> String {
    let percent = (retrievability * 100).rounded()
    return "recall \(percent.isNaN ? 0 : Int(min(max(percent, 0), 100)))%"
  }

  /// How well `plan`'s level is held now; `nil` for a new one.
  public static func recall(of plan: SkillPlan) -> String? {
    plan.retrievability.map(recall)
  }

  /// The number of the local day `time` falls in, counted from 1 January 1970: whole days
  /// after the zone's offset is added. Not a whole number when `time` is not finite.
  private static func localDay(of time: Double, in timeZone: TimeZone) -> Double {
    let bounded = min(max(time.isNaN ? 0 : time, -zoneLookupLimit), zoneLookupLimit)
    let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: bounded))
    return ((time + Double(offset)) / FSRS.secondsPerDay).rounded(.down)
  }
}
