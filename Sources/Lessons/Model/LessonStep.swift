/// One step of a lesson: narration, an operation to watch, or an operation to compute.
public enum LessonStep: Sendable {
  /// Narration (`say:`).
  case say(String)
  /// An operation to animate (`show:`).
  case show(LessonOperation)
  /// An operation the learner computes (`quiz:`).
  case quiz(LessonQuiz)

  /// The step's narration: the text of a `say` step, or the `say:` of an operation.
  public var narration: String? {
    switch self {
    case .say(let text): text
    case .show(let operation): operation.narration
    case .quiz(let quiz): quiz.operation.narration
    }
  }

  /// The operation of a `show` or `quiz` step.
  public var operation: LessonOperation? {
    switch self {
    case .say: nil
    case .show(let operation): operation
    case .quiz(let quiz): quiz.operation
    }
  }

  /// `"say"`, `"show"` or `"quiz"`, as the lesson file writes it.
  var kindName: String {
    switch self {
    case .say: "say"
    case .show: "show"
    case .quiz: "quiz"
    }
  }
}
