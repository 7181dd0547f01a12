import ConvCore
import Lessons
import TerminalUI

/// Lessons in the workspace: open one, move through its steps with n and p.
extension WorkspaceProgram {
  /// Opens `lesson` at its first step, with the focus on the animation (before a run, as
  /// `convtutor open` does); returns the effects it asks for (a quiz in progress is left and
  /// recorded), as ``update(_:)`` does.
  @discardableResult
  public mutating func open(_ lesson: Lesson) -> [Command<WorkspaceEffect>] {
    openLesson(lesson)
    defer { pendingEffects = [] }
    return pendingEffects.map { .perform($0) }
  }

  /// Opens `lesson` at its first step (inside an update: its effects are the update's).
  mutating func openLesson(_ lesson: Lesson) {
    guard !lesson.steps.isEmpty else {
      transcript.append("lesson \(lesson.id) has no steps", as: .notice)
      return
    }
    leaveQuiz()
    activity = .lesson(LessonSession(lesson: lesson))
    transcript.append(
      "Opened \(lesson.title) (\(lesson.id)): n goes to the next step, p to the previous one (Ctrl-N, Ctrl-P at the prompt).",
      as: .notice)
    showLessonStep()
  }

  /// Moves to the lesson's next (`forward`) or previous step.
  mutating func moveInLesson(forward: Bool) {
    if activity.drillRun != nil {
      if forward {
        nextDrillItem()
      } else {
        status = "a drill goes forward only: n is the next item"
      }
      return
    }
    guard var session = lessonSession else {
      status = "no lesson is open: type %lessons at the prompt to list them"
      return
    }
    guard forward ? session.next() : session.previous() else {
      if forward, let next = nextLesson {
        // At the lesson's last step, n goes on to the next lesson of the course.
        openLesson(next)
      } else {
        status =
          forward ? "this is the last step of the last lesson" : "this is the lesson's first step"
      }
      return
    }
    leaveQuiz()
    activity = .lesson(session)
    showLessonStep()
  }

  /// The lesson after the open one in the course (the catalog's order), if any.
  var nextLesson: Lesson? {
    guard let current = lessonSession?.lesson else { return nil }
    let lessons = (lessonCatalog ?? LessonLibrary.shipped).lessons
    guard let index = lessons.firstIndex(where: { $0.id == current.id }) else { return nil }
    return index + 1 < lessons.count ? lessons[index + 1] : nil
  }

  /// What n does at the lesson's last step: `n opens the next lesson, Exercise 2 (exercise-2)`.
  var lastStepText: String {
    guard let next = nextLesson else { return "the course ends here" }
    return "n opens the next lesson, \(next.title) (\(next.id))"
  }

  /// Puts the current lesson step on screen: its operation animated (with the calls it
  /// continues, for `input: previous`), or narration alone. The quiz of the step before has
  /// been left (``leaveQuiz()``) before the lesson session moved.
  private mutating func showLessonStep() {
    guard let session = lessonSession else { return }
    activity = .lesson(session)
    if case .quiz(let quiz) = session.step {
      showNarration(session)
      startQuiz(quiz, chain: quiz.operation.linkedChain)
      return
    }
    if let operation = session.step.operation {
      var next = Animation(chain: operation.linkedChain)
      // Start at this operation's own first step: earlier stages are already done.
      let firstOwnStage = operation.linkedChain.stages.count - 1
      next.jump(to: operation.linkedChain.combinedIndex(stage: firstOwnStage, step: 0))
      animation = next
    } else {
      animation = nil
    }
    focus = .animation
    showNarration(session)
    if session.isAtEnd {
      transcript.append("This is the lesson's last step: " + lastStepText + ".", as: .notice)
    }
  }

  /// An operation's narration also goes to the transcript, where it can be read in full when
  /// the animation leaves it no room on a small screen; so do the errata about the operation
  /// as a whole, for a step to watch (a quiz's errata wait for their questions:
  /// ``showErrata(_:)``). A cell's erratum stays beside its cell.
  private mutating func showNarration(_ session: LessonSession) {
    guard let operation = session.step.operation else { return }
    if let text = session.narrationText {
      let reflowed = text.split(separator: "\n").joined(separator: " ")
      transcript.append("\(session.placeText): " + reflowed, as: .notice)
    }
    if case .quiz = session.step { return }
    showErrata(operation.errata.filter { if case .cell = $0.subject { false } else { true } })
  }

  /// Writes `errata` to the transcript.
  mutating func showErrata(_ errata: [Erratum]) {
    for erratum in errata { transcript.append("Erratum: " + erratum.message, as: .notice) }
  }

  /// `%lessons`, `%open ID` and `%drill …` at the prompt; returns false for any other line.
  mutating func runCommand(_ line: String) -> Bool {
    let words = line.split(separator: " ").map(String.init)
    guard let command = words.first, command.hasPrefix("%") else { return false }
    switch command {
    case "%lessons":
      let lessons = (lessonCatalog ?? LessonLibrary.shipped).lessons
      let table = LessonTable.rows(lessons).map { "  " + $0 }
      let lines = ["Lessons (open one with %open ID, or %open 1 to 5 for the exercises):"] + table
      transcript.append(lines.joined(separator: "\n"), as: .output)
    case "%drill":
      requestDrill(Array(words.dropFirst()))
    case "%open":
      guard words.count == 2 else {
        transcript.append("usage: %open ID (see %lessons)", as: .error)
        return true
      }
      if let lesson = (lessonCatalog ?? LessonLibrary.shipped).lesson(named: words[1]) {
        openLesson(lesson)
      } else {
        transcript.append("no lesson \(words[1]); %lessons lists them", as: .error)
      }
    default:
      transcript.append("unknown command \(command); try %lessons, %open ID or %drill", as: .error)
    }
    return true
  }
}
