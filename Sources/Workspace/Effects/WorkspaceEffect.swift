import Quiz

/// Work the workspace asks its runner to carry out: ``WorkspaceProgram/update(_:)`` describes
/// it and never does it, so updating stays pure and a test can look at what was asked.
public enum WorkspaceEffect: Sendable, Equatable {
  /// Record one attempt at a lesson's quiz step in the learner's progress.
  case recordQuiz(QuizRecord)
}

/// One attempt at a lesson's quiz step, finished or left before its end.
public struct QuizRecord: Sendable, Equatable {
  /// The lesson's id.
  var lessonId: String
  /// The quiz step's index in the lesson.
  var stepIndex: Int
  /// The score of the attempt.
  var score: QuizScore
  /// The mistakes named during the attempt, in order.
  var misconceptions: [Misconception]
  /// Whether every question was answered (false: the quiz was left before its end).
  var isFinished: Bool
}

/// What came of a ``WorkspaceEffect``, handed back to ``WorkspaceProgram/update(with:)``.
public enum WorkspaceReply: Sendable, Equatable {
  /// The quiz attempt was recorded, or not: what the progress store had to say (reading it
  /// and writing it), each a sentence; no warnings when it was saved.
  case recorded(QuizRecord, loadWarnings: [String], saveWarning: String?)
}
