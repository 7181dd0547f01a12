import ConvCore

/// Numbers in quiz feedback: the workspace's compact form (`9`, `1.6667`, `-∞`) with the
/// minus sign `−` of the arithmetic.
enum QuizNumberText {
  /// `value` as the feedback writes it.
  static func text(_ value: Double) -> String {
    NumberText.arithmetic(value)
  }

  /// A shape as PyTorch's tuple: `(1, 6, 2)`, `(4,)`.
  static func shape(_ shape: [Int]) -> String {
    shape.count == 1
      ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }
}
