import ConvCore
import ConvText
import Lessons
import Quiz

/// A lesson's quiz in the workspace: the learner types each answer at the prompt, the output
/// fills with what they got, and the feedback names their mistakes.
extension WorkspaceProgram {
  /// Starts the quiz of the current lesson step, with the focus at the prompt.
  mutating func startQuiz(_ quiz: LessonQuiz, chain: CallChain) {
    let title = lessonSession?.lesson.title ?? "Quiz"
    quizSession = QuizSession(item: QuizItem(quiz: quiz, title: title), startedAt: now())
    var animation = Animation(chain: chain)
    animation.jump(to: chain.combinedIndex(stage: chain.stages.count - 1, step: 0))
    self.animation = animation
    focus = .prompt
    transcript.append(
      "Quiz: type each answer and press Enter (a whole row at once works too); "
        + "? gives a hint, \"give up\" shows a cell.",
      as: .notice)
    askNextQuestion()
  }

  /// Checks a line typed during a quiz.
  mutating func answerQuiz(_ line: String) {
    guard var session = quizSession, !session.isFinished else { return }
    // `n` or `p` alone: the lesson keys, typed at the prompt where the quiz has the focus.
    let word = line.filter { $0 != " " && $0 != "\t" }.lowercased()
    if word == "n" || word == "p" {
      transcript.append(
        "At the prompt, \(word) is a letter: Ctrl-\(word.uppercased()) goes to the "
          + (word == "n" ? "next" : "previous") + " lesson step. Type a number to answer, "
          + "or ? for a hint.",
        as: .notice)
      return
    }
    let feedback = session.respond(to: line, at: now())
    quizSession = session
    let kind: Transcript.Line.Kind =
      switch feedback.kind {
      case .right: .output
      case .hint, .notAnAnswer: .notice
      default: .error
      }
    transcript.append(feedback.line, as: kind, prose: true)
    followQuiz()
    if session.isFinished {
      transcript.append(session.score.summary, as: .notice)
      saveProgress(session, finished: true)
    } else if feedback.kind != .notAnAnswer {
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

  private mutating func askNextQuestion() {
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
    defer { quizSession = nil }
    guard let session = quizSession, recordUnfinishedQuiz() else { return }
    // A save that failed has warned already (``saveProgress``).
    let saved =
      progressStore == nil || lastProgressWarning != nil ? "" : "Saved as an unfinished attempt. "
    transcript.append(
      "Quiz left unfinished. \(session.score.summary) \(saved)Coming back to this step "
        + "starts the quiz afresh.",
      as: .notice)
  }

  /// Records the quiz in the progress file, if the workspace has one. A save that fails warns
  /// once, not after every quiz, while it keeps failing the same way.
  private mutating func saveProgress(_ session: QuizSession, finished: Bool) {
    guard let store = progressStore, let lessonSession else { return }
    var loaded = store.load()
    loaded.data.record(
      lessonId: lessonSession.lesson.id, stepIndex: lessonSession.stepIndex,
      score: session.score, misconceptions: session.misconceptions, finished: finished,
      at: now())
    for warning in loaded.warnings { transcript.append(warning, as: .notice) }
    let warning = store.save(loaded.data)
    if let warning, warning != lastProgressWarning { transcript.append(warning, as: .notice) }
    lastProgressWarning = warning
  }

  /// What the step view shows of the quiz: the answered cells and the question.
  var quizAnswers: QuizAnswers? {
    guard let session = quizSession else { return nil }
    let marks = session.filledCells.mapValues(\.isRight)
    guard let index = session.currentStepIndex else {
      return session.isFinished
        ? nil : QuizAnswers(marks: marks, question: "what is the output's shape?")
    }
    // Named from 0 as the grid's labels read, with PyTorch's index where channels need it.
    let name = CellName(step: index, of: session.item.steps).capitalized
    return QuizAnswers(
      marks: marks, question: "\(name) = ?   type it at the prompt (? for a hint)")
  }
}
