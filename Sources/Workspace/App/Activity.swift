import Lessons
import Quiz

/// What the workspace is doing: free play at the prompt, a lesson at one of its steps, or a
/// quiz on a lesson's step. One value, so that no combination that cannot happen (a quiz
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

  /// The lesson open, if any.
  var lessonSession: LessonSession? {
    switch self {
    case .free: nil
    case .lesson(let session), .quiz(_, let session): session
    }
  }

  /// The quiz on screen, if any.
  var quizSession: QuizSession? {
    if case .quiz(let quiz, _) = self { return quiz }
    return nil
  }

  /// Whether a quiz's question is waiting for its answer: the prompt takes answers, the
  /// window follows the questions.
  var isAsking: Bool { quizSession.map { !$0.isFinished } ?? false }
}
