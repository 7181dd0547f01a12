/// A quiz over a step view: the output shows only the cells the learner has answered, the
/// current cell asks `?`, and nothing on screen gives the answer away (no arithmetic result,
/// no winner marked).
public struct QuizAnswers: Sendable, Equatable {
  /// The answered output cells (row-major indices of the last stage's output): true when
  /// answered right, false when the value was shown after the tries ran out.
  public var marks: [Int: Bool]
  /// The question shown in place of the arithmetic, e.g. `output[0, 1, 2] = ?  type it below`.
  public var question: String

  public init(marks: [Int: Bool], question: String) {
    self.marks = marks
    self.question = question
  }
}
