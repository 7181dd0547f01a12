import ConvCore
import ConvText
import Lessons
import Quiz

/// A lesson's quiz in the workspace: the learner types each answer at the prompt, the output
/// fills with what they got, and the feedback names their mistakes.
extension WorkspaceProgram {
  /// Starts the quiz of the current lesson step, with the focus at the prompt.
  mutating func startQuiz(_ quiz: LessonQuiz, chain: CallChain) {
    guard let lessonSession else { return }
    let title = lessonSession.lesson.title
    activity = .quiz(
      QuizSession(item: QuizItem(quiz: quiz, title: title), startedAt: now()), in: lessonSession)
    var animation = Animation(chain: chain)
    animation.jump(to: chain.combinedIndex(stage: chain.stages.count - 1, step: 0))
    self.animation = animation
    focus = .prompt
    transcript.append(
      "Quiz: type each answer and press Enter (a whole row at once works too); "
        + "? gives a hint, \"give up\" shows a cell.",
      as: .notice)
    // The errata visible before any answer (a kernel the slide draws differently).
    showErrata(quizSession?.visibleErrata ?? [])
    askNextQuestion()
  }

  /// Checks a line typed during a quiz.
  mutating func answerQuiz(_ line: String) {
    guard var session = quizSession, !session.isFinished else { return }
    // `n` or `p` alone: the lesson keys, typed at the prompt where the quiz has the focus.
    let word = line.filter { $0 != " " && $0 != "\t" }.lowercased()
    if word == "g" {
      // The animation's key, typed at the prompt: never an answer, and it costs no try.
      transcript.append(
        "At the prompt, g is a letter: during a quiz the window follows the questions. Type a "
          + "number to answer, or ? for a hint.",
        as: .notice)
      return
    }
    if word == "n" || word == "p" {
      let place =
        activity.drillRun != nil
        ? (word == "n" ? "Ctrl-N skips to the next drill item" : "a drill goes forward only")
        : "Ctrl-\(word.uppercased()) goes to the " + (word == "n" ? "next" : "previous")
          + " lesson step"
      transcript.append(
        "At the prompt, \(word) is a letter: \(place). Type a number to answer, or ? for a hint.",
        as: .notice)
      return
    }
    let before = session
    let feedback = session.respond(to: line, at: now())
    activity = activity.replacingQuiz(with: session)
    let kind: Transcript.Line.Kind =
      switch feedback.kind {
      case .right: .output
      case .hint, .notAnAnswer: .notice
      default: .error
      }
    transcript.append(feedback.line, as: kind, prose: true)
    // The errata this answer made visible (the quiz's one rule, as in plain mode).
    showErrata(session.errataShown(since: before))
    followQuiz()
    if session.isFinished {
      transcript.append(session.score.summary, as: .notice)
      if let lessonSession {
        transcript.append(
          lessonSession.isAtEnd
            ? "This is the lesson's last step: " + lastStepText + "."
            : "n goes to the lesson's next step.",
          as: .notice)
      }
      saveProgress(session, finished: true)
      if activity.drillRun != nil { finishDrillItem() }
    } else if feedback.kind != .notAnAnswer, feedback.kind != .hint {
      // After a hint the question is the same (and on screen): the transcript's few rows
      // keep the hint instead.
      askNextQuestion()
    }
  }

  /// Moves the animation's window to the cell being asked.
  private mutating func followQuiz() {
    guard let session = quizSession, var current = animation else { return }
    let lastStage = current.chain.stages.count - 1
    // While the shape is asked the window waits at the first cell; at the end, the last.
    let step =
      session.currentStepIndex ?? (session.isFinished ? session.item.steps.count - 1 : 0)
    current.jump(to: current.chain.combinedIndex(stage: lastStage, step: step))
    animation = current
  }

  mutating func askNextQuestion() {
    guard let session = quizSession, !session.isFinished else { return }
    transcript.append(session.prompt + "?", as: .input)
  }

  /// Records the answers of a quiz left before its end (the workspace is closing, or another
  /// step or lesson is opened), when the learner gave any; returns whether it did.
  @discardableResult
  mutating func recordUnfinishedQuiz() -> Bool {
    guard let session = quizSession, !session.isFinished else { return false }
    let score = session.score
    guard score.answered + score.hintsUsed + score.wrongTries > 0 else { return false }
    saveProgress(session, finished: false)
    return true
  }

  /// Closes the quiz on screen before another lesson step or lesson is shown (while the lesson
  /// session still points at the quiz's step): the answers so far are recorded as an
  /// unfinished attempt, as when the workspace ends, and the transcript says so. Coming back
  /// to the step starts a fresh attempt, and the attempt left is never recorded twice.
  mutating func leaveQuiz() {
    // A drill ends when its item is left for a lesson: the next activity follows.
    defer { activity = lessonSession.map { .lesson($0) } ?? .free }
    guard let session = quizSession, recordUnfinishedQuiz() else { return }
    // Whether it was saved comes back as the effect's reply.
    transcript.append(
      activity.drillRun != nil
        ? "Drill item left unfinished. \(session.score.summary)"
        : "Quiz left unfinished. \(session.score.summary) Coming back to this step starts the "
          + "quiz afresh.",
      as: .notice)
  }

  /// Asks for the quiz to be recorded in the learner's progress, when the workspace records
  /// it (an effect the runner carries out; a save that fails warns through the reply).
  private mutating func saveProgress(_ session: QuizSession, finished: Bool) {
    if var run = activity.drillRun {
      // The drill's schedule learns of it at once, saved or not.
      let review = run.current.review(of: session, at: wallClock())
      run.schedule.record(review, of: run.current)
      run.due = run.schedule.dueText(
        of: run.current.skill, level: run.current.level, at: review.time)
      activity = .drill(run)
      if recordsProgress { pendingEffects.append(.record(review)) }
      return
    }
    guard recordsProgress, let lessonSession else { return }
    pendingEffects.append(
      .record(
        Review(
          of: session,
          exercise: .lessonStep(
            lessonId: lessonSession.lesson.id, stepIndex: lessonSession.stepIndex),
          at: wallClock())))
  }

  /// What the step view shows of the quiz: the answered cells and the question.
  var quizAnswers: QuizAnswers? {
    guard let session = quizSession else { return nil }
    let marks = session.filledCells.mapValues(\.isRight)
    guard let index = session.currentStepIndex else {
      return session.isFinished
        ? nil
        : QuizAnswers(
          marks: marks,
          question: "What is the shape of the output? Type it at the prompt: "
            + Self.shapeExample(
              avoiding: session.item.steps.output.shape, input: session.item.steps.input.shape),
          asksShape: true)
    }
    // Named from 0 as the grid's labels read, with PyTorch's index where channels need it.
    let name = CellName(step: index, of: session.item.steps).capitalized
    return QuizAnswers(
      marks: marks, question: "\(name) = ?   type it at the prompt (? for a hint)")
  }

  /// How a shape is typed (`5x3, 5×3 or (1, 5, 3)`), with sizes that are neither the
  /// answer's nor the input's (which a learner might take for a hint).
  static func shapeExample(avoiding answer: [Int], input: [Int] = []) -> String {
    let candidates = [[1, 5, 3], [1, 4, 6], [1, 3, 2], [1, 6, 4]]
    let sizes =
      candidates.first { candidate in
        [answer, input].allSatisfy { Array(candidate.suffix(2)) != Array($0.suffix(2)) }
      } ?? candidates[0]
    let (rows, columns) = (sizes[1], sizes[2])
    let leading = answer.dropLast(2)
    if leading.contains(where: { $0 != 1 }) {
      // Channels in front must be written too.
      let whole = leading.map { $0 == 2 ? 3 : 2 } + [rows, columns]
      return ShapeText.size(whole) + " or " + ShapeText.tuple(whole)
    }
    let size = ShapeText.size([rows, columns])
    return "\(rows)x\(columns), \(size) or \(ShapeText.tuple(sizes))"
  }
}
