/// Shapes in quiz feedback; numbers are ConvText's ``NumberText``.
enum QuizNumberText {
  /// A shape as PyTorch's tuple: `(1, 6, 2)`, `(4,)`.
  static func shape(_ shape: [Int]) -> String {
    shape.count == 1
      ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }
}
