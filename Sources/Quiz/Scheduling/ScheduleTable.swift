import Foundation

/// Each skill's standing in words, for `convtutor progress`: the level it drills next, when
/// it is due and how well it is held.
///
/// ```
/// conv     level 2 of 5   due in 3 days   recall 97%
/// bias     level 1 of 5   new
/// padding  level 2 of 4   new (level 1 held)
/// ```
public enum ScheduleTable {
  /// One line per skill (in the course's order) of the schedule `reviews` make, at `now`
  /// (seconds since 1970), due days counted in `timeZone`.
  public static func lines(reviews: [Review], now: Double, timeZone: TimeZone) -> [String] {
    let schedule = SkillSchedule(reviews: reviews, levels: \.levelCount)
    let nameWidth = Skill.allCases.map(\.rawValue.count).max() ?? 0
    return Skill.allCases.map { skill in
      let plan = schedule.plan(for: skill, at: now)
      let level = "level \(plan.level) of \(skill.levelCount)"
      var due = ScheduleWords.due(plan, now: now, timeZone: timeZone)
      // A new level after the first opened because the one below is held.
      if plan.status == .new, plan.level > 1 { due += " (level \(plan.level - 1) held)" }
      var parts = [pad(skill.rawValue, to: nameWidth), pad(level, to: 13), due]
      if let recall = ScheduleWords.recall(of: plan) {
        parts[2] = pad(parts[2], to: 15)
        parts.append(recall)
      }
      return parts.joined(separator: "  ")
    }
  }

  private static func pad(_ text: String, to width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}
