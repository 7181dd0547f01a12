import Lessons
import Quiz

/// What the workspace is doing: free play at the prompt, a lesson at one of its steps, a
/// quiz on a lesson's step, or a drill. One value, so that no combination that cannot happen (a quiz
/// without its lesson, two quizzes) can be stored; the keys, the prompt's marker, the key help
/// and the errata on screen all follow from it.
enum Activity {
  /// The prompt, and the animation of the last layer call made there.
  case free
  /// A lesson open at one of its steps (narration, or an operation to watch).
  case lesson(LessonSession)
  /// A lesson's quiz step: its questions asked at the prompt (or all answered, when the
  /// session is finished).
  case quiz(QuizSession, in: LessonSession)
  /// A drill: its current item asked at the prompt as a lesson's quiz is, then its answer
  /// animated, until the learner moves to the next item.
  case drill(DrillRun)

  /// The lesson open, if any.
  var lessonSession: LessonSession? {
    switch self {
    case .free, .drill: nil
    case .lesson(let session), .quiz(_, let session): session
    }
  }

  /// The drill on screen, if any.
  var drillRun: DrillRun? {
    if case .drill(let run) = self { return run }
    return nil
  }

  /// The quiz on screen, a lesson's or a drill item's, if any.
  var quizSession: QuizSession? {
    switch self {
    case .free, .lesson: nil
    case .quiz(let quiz, _): quiz
    case .drill(let run): run.quiz
    }
  }

  /// The same activity with `session` as its quiz (answers given).
  func replacingQuiz(with session: QuizSession) -> Activity {
    switch self {
    case .free, .lesson: return self
    case .quiz(_, let lesson): return .quiz(session, in: lesson)
    case .drill(var run):
      run.quiz = session
      return .drill(run)
    }
  }

  /// Whether a quiz's question is waiting for its answer: the prompt takes answers, the
  /// window follows the questions.
  var isAsking: Bool { quizSession.map { !$0.isFinished } ?? false }
}
