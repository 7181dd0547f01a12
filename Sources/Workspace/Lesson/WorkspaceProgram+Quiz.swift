import ConvCore
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
    let feedback = session.respond(to: line, at: now())
    quizSession = session
    let kind: Transcript.Line.Kind =
      switch feedback.kind {
      case .right: .output
      case .hint, .notAnAnswer: .notice
      default: .error
      }
    transcript.append(feedback.line, as: kind)
    followQuiz()
    if session.isFinished {
      transcript.append(session.score.summary, as: .notice)
      saveProgress(session)
    } else if feedback.kind != .notAnAnswer {
      askNextQuestion()
    }
  }

  /// Moves the animation's window to the cell being asked.
  private mutating func followQuiz() {
    guard let session = quizSession, var current = animation else { return }
    let lastStage = current.chain.stages.count - 1
    let step = session.currentStepIndex ?? session.item.steps.count - 1
    current.jump(to: current.chain.combinedIndex(stage: lastStage, step: step))
    animation = current
  }

  private mutating func askNextQuestion() {
    guard let session = quizSession, !session.isFinished else { return }
    transcript.append(session.prompt + "?", as: .input)
  }

  /// Records the finished quiz in the progress file, if the workspace has one.
  private mutating func saveProgress(_ session: QuizSession) {
    guard let store = progressStore, let lessonSession else { return }
    var loaded = store.load()
    loaded.data.record(
      lessonId: lessonSession.lesson.id, stepIndex: lessonSession.stepIndex,
      score: session.score, misconceptions: session.misconceptions, finished: true, at: now())
    for warning in loaded.warnings { transcript.append(warning, as: .notice) }
    if let warning = store.save(loaded.data) { transcript.append(warning, as: .notice) }
  }

  /// What the step view shows of the quiz: the answered cells and the question.
  var quizAnswers: QuizAnswers? {
    guard let session = quizSession else { return nil }
    let marks = session.filledCells.mapValues(\.isRight)
    guard let index = session.currentStepIndex else {
      return session.isFinished
        ? nil : QuizAnswers(marks: marks, question: "what is the output's shape?")
    }
    let name = QuizSession.cellName(index, shape: session.item.steps.output.shape)
    return QuizAnswers(
      marks: marks, question: "\(name) = ?   type it at the prompt (? for a hint)")
  }
}
