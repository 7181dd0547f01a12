import Quiz

/// A drill in the workspace: the schedule that picks the items, the item on screen and its
/// quiz.
struct DrillRun {
  /// The drill's schedule, updated as each item is recorded.
  var schedule: DrillSchedule
  /// The item on screen.
  var current: DrillItem
  /// The quiz of the current item.
  var quiz: QuizSession
  /// When the current item's skill and level are due, in words: before it is answered (`new`,
  /// `due now`), then once its attempt is recorded (`due in 8 days`).
  var due: String
  /// The number of items the drill gives (`drill --count`), or `nil` for no end.
  let count: Int?

  /// The drill's first item from `schedule`, chosen at `wallTime` (seconds since 1970), its
  /// quiz started at `time`; `count` items at most.
  init(
    schedule: DrillSchedule, count: Int? = nil, chosenAt wallTime: Double, startedAt time: Double
  ) {
    self.count = count
    var schedule = schedule
    current = schedule.nextItem(at: wallTime)
    due = schedule.dueText(of: current.skill, level: current.level, at: wallTime)
    self.schedule = schedule
    quiz = QuizSession(item: current.item, startedAt: time)
  }

  /// Items given so far, the current one included.
  private(set) var given = 1

  /// Whether the drill has given all its items.
  var isAtEnd: Bool { count.map { given >= $0 } ?? false }

  /// Moves on to the schedule's next item, chosen at `wallTime`, its quiz started at `time`.
  mutating func advance(chosenAt wallTime: Double, startedAt time: Double) {
    given += 1
    current = schedule.nextItem(at: wallTime)
    quiz = QuizSession(item: current.item, startedAt: time)
    due = schedule.dueText(of: current.skill, level: current.level, at: wallTime)
  }
}
