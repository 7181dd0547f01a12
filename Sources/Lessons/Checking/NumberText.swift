/// Shapes written for messages: `(1, 6, 2)`, `6×2`. Numbers are ConvText's ``NumberText``.
enum NumberText {
  /// A shape as PyTorch's tuple: `(1, 6, 2)`.
  static func shape(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  /// A size as the slides label it: `6×2`.
  static func size(_ shape: [Int]) -> String {
    shape.map(String.init).joined(separator: "×")
  }
}
