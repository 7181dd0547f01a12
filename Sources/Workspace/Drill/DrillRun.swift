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
  /// When the current item's skill is next due, in words, once its attempt is recorded.
  var nextDue: String?
  /// The scores of the items finished so far.
  var total = QuizScore()

  /// The drill's first item from `schedule`, its quiz started at `time`.
  init(schedule: DrillSchedule, startedAt time: Double) {
    var schedule = schedule
    current = schedule.nextItem()
    self.schedule = schedule
    quiz = QuizSession(item: current.item, startedAt: time)
  }

  /// Moves on to the schedule's next item, its quiz started at `time`.
  mutating func advance(at time: Double) {
    current = schedule.nextItem()
    quiz = QuizSession(item: current.item, startedAt: time)
    nextDue = nil
  }
}
