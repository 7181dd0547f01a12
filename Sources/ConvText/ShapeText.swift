/// A shape written for the learner: as PyTorch's tuple, `(1, 6, 2)` and `(4,)`, or as the
/// slides label a size, `6×2`.
public enum ShapeText {
  /// `shape` as PyTorch's tuple: `(1, 6, 2)`, `(4,)`, `()`.
  public static func tuple(_ shape: [Int]) -> String {
    shape.count == 1
      ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  /// `sizes` as the slides label them: `6×2`, `4`.
  public static func size(_ sizes: [Int]) -> String {
    sizes.map(String.init).joined(separator: "×")
  }
}
