/// How many cells of padding a window operation adds on each side of the input grid.
///
/// PyTorch pads symmetrically except for `padding='same'` with an even effective kernel, where
/// the extra row goes to the bottom and the extra column to the right.
public struct EdgePadding: Sendable, Hashable, CustomStringConvertible {
  /// Rows added above the input.
  public var top: Int
  /// Rows added below the input.
  public var bottom: Int
  /// Columns added left of the input.
  public var left: Int
  /// Columns added right of the input.
  public var right: Int

  /// Padding with a size for each side.
  init(top: Int, bottom: Int, left: Int, right: Int) {
    self.top = top
    self.bottom = bottom
    self.left = left
    self.right = right
  }

  /// Symmetric padding: `pair.rows` above and below, `pair.columns` left and right.
  init(symmetric pair: Pair) {
    self.init(top: pair.rows, bottom: pair.rows, left: pair.columns, right: pair.columns)
  }

  /// No padding at all.
  static let zero = EdgePadding(top: 0, bottom: 0, left: 0, right: 0)

  /// Whether every side has the same padding as its opposite side.
  var isSymmetric: Bool { top == bottom && left == right }

  /// Whether no side is padded.
  public var isZero: Bool { self == .zero }

  /// `top=1, bottom=2, left=0, right=1`.
  public var description: String {
    "top=\(top), bottom=\(bottom), left=\(left), right=\(right)"
  }
}
