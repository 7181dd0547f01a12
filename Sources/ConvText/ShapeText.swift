import ConvCore

/// A shape written for the learner: as PyTorch's tuple, `(1, 6, 2)` and `(4,)`, or as the
/// slides label a size, `6×2`.
public enum ShapeText {
  /// `shape` as PyTorch's tuple: `(1, 6, 2)`, `(4,)`, `()` (Python's own spelling, the one the
  /// prompt prints).
  public static func tuple(_ shape: [Int]) -> String {
    PythonFormat.tupleDescription(shape)
  }

  /// `sizes` as the slides label them: `6×2`, `4` (the core's spelling, the one its messages
  /// use).
  public static func size(_ sizes: [Int]) -> String {
    Pair.sizeText(sizes)
  }

  /// The shape of a call's tensor as the shapes line and plain mode label it: the one channel
  /// of an unbatched grid of a 2-d window layer (`window`) is left out, `6×6` for (1, 6, 6);
  /// otherwise every dimension, `3×5×5`, `1×1×8×8`; a 0-d tensor is a `scalar`.
  public static func label(_ shape: [Int], window: WindowGeometry?) -> String {
    guard !shape.isEmpty else { return "scalar" }
    if let window, !window.isOneDimensional, shape.count == 3, shape[0] == 1 {
      return size(Array(shape.dropFirst()))
    }
    return size(shape)
  }
}
