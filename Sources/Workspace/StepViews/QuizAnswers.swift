/// A quiz over a step view: the output shows only the cells the learner has answered, the
/// current cell asks `?`, and nothing on screen gives the answer away (no arithmetic result,
/// no channel's partial sum, no divisor of an average, no winner marked). While the shape is
/// asked, the output's size is nowhere: not in the shapes line, the formulas, the output grid
/// or the step count; the input, the kernel, the bias and the layer stay in view.
struct QuizAnswers: Sendable, Equatable {
  /// The answered output cells (row-major indices of the last stage's output): true when
  /// answered right, false when the value was shown after the tries ran out.
  var marks: [Int: Bool]
  /// The question shown in place of the arithmetic, e.g. `output[0, 1, 2] = ?  type it below`.
  var question: String
  /// Whether the output's shape is the question.
  var asksShape: Bool

  init(marks: [Int: Bool], question: String, asksShape: Bool = false) {
    self.marks = marks
    self.question = question
    self.asksShape = asksShape
  }
}
