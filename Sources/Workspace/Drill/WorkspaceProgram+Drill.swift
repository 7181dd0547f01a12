import ConvCore
import Quiz
import TerminalUI

/// Drills in the workspace: each item's questions at the prompt as in a lesson's quiz, then
/// its answer animated; n (or Ctrl-N) for the next item.
extension WorkspaceProgram {
  /// Starts a drill from `schedule` (of `count` items at most), as `convtutor drill` does on a
  /// terminal; returns the effects it asks for, as ``update(_:)`` does.
  @discardableResult
  public mutating func startDrill(_ schedule: DrillSchedule, count: Int? = nil)
    -> [Command<WorkspaceEffect>]
  {
    beginDrill(schedule, count: count)
    defer { pendingEffects = [] }
    return pendingEffects.map { .perform($0) }
  }

  /// `%drill [skill …] [--level N] [--seed N]`: asks for the learner's reviews (an effect)
  /// when progress is recorded, so the schedule can choose; starts at once otherwise.
  mutating func requestDrill(_ words: [String]) {
    switch DrillRequest.parse(words) {
    case .failure(let error):
      transcript.append(
        "\(error.message) (usage: %drill [skill …] [--level N] [--seed N])", as: .error)
    case .success(let request):
      // A quiz on screen is left first: its attempt is saved before the log is read.
      leaveQuiz()
      if recordsProgress {
        pendingEffects.append(.loadReviews(request))
      } else {
        beginDrill(request.schedule(reviews: [], at: wallClock()))
      }
    }
  }

  /// Starts a drill from `schedule` (inside an update: its effects are the update's).
  mutating func beginDrill(_ schedule: DrillSchedule, count: Int? = nil) {
    leaveQuiz()
    activity = .drill(
      DrillRun(schedule: schedule, count: count, chosenAt: wallClock(), startedAt: now()))
    transcript.append(
      "Drill with seed \(schedule.seed) (--seed \(schedule.seed) repeats it): answer each item "
        + "at the prompt; n goes to the next item.",
      as: .notice)
    showDrillItem()
  }

  /// Puts the current item on screen: its layer call, the focus at the prompt, the first
  /// question asked.
  private mutating func showDrillItem() {
    guard let run = activity.drillRun else { return }
    let drillItem = run.current
    var next = Animation(chain: CallChain(stages: [drillItem.item.steps]))
    next.goToFirst()
    animation = next
    focus = .prompt
    if drillItem.isRepeat {
      transcript.append("This one comes back: you missed it earlier.", as: .notice)
    }
    transcript.append(drillItem.item.title + " — " + drillItem.item.layerText, as: .notice)
    askNextQuestion()
  }

  /// After an item's last answer: its answer is animated from the first cell, and the
  /// transcript says what comes next.
  mutating func finishDrillItem() {
    if var current = animation {
      current.goToFirst()
      if !current.isPlaying { current.togglePlaying() }
      animation = current
    }
    let next =
      activity.drillRun?.isAtEnd == true
      ? "That was the drill's last item: q quits, %drill starts another."
      : "n goes to the next item."
    transcript.append(
      "The animation shows how each cell is computed (Tab, then → steps). " + next, as: .notice)
  }

  /// `n` (or Ctrl-N) in a drill: the next item. An item left unanswered is recorded as an
  /// unfinished attempt when any answer was given.
  mutating func nextDrillItem() {
    if activity.drillRun?.isAtEnd == true {
      status = "that was the drill's last item: q quits, %drill starts another"
      return
    }
    leaveDrillItem()
    guard var run = activity.drillRun else { return }
    run.advance(chosenAt: wallClock(), startedAt: now())
    activity = .drill(run)
    showDrillItem()
  }

  /// Records the current item's answers when it is left before its end.
  private mutating func leaveDrillItem() {
    guard let run = activity.drillRun, !run.quiz.isFinished, recordUnfinishedQuiz() else {
      return
    }
    transcript.append(
      "Drill item left unfinished. \(run.quiz.score.summary)", as: .notice)
  }
}
