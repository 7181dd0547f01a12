/// One cell of a receptive field: where a kernel tap lands on the padded input, what value
/// the operation reads there, and (for a convolution) the weight it multiplies.
public struct WindowCell: Sendable, Hashable {
  /// Where the cell lies.
  public enum Kind: Sendable, Hashable {
    /// Inside the input.
    case input
    /// In the padding ring around the input.
    case padding
    /// Past the padded input: a `ceil_mode` window hanging over the right or bottom edge.
    /// PyTorch reads nothing there.
    case overhang
  }

  /// The input channel read.
  public let channel: Int
  /// The channel index inside the kernel (the weight's second dimension); 0 for pools.
  public let kernelChannel: Int
  /// The kernel row of this tap.
  public let kernelRow: Int
  /// The kernel column of this tap.
  public let kernelColumn: Int
  /// The row in the padded grid.
  public let paddedRow: Int
  /// The column in the padded grid.
  public let paddedColumn: Int
  /// The input row, or `nil` when the cell is padding or overhang.
  let sourceRow: Int?
  /// The input column, or `nil` when the cell is padding or overhang.
  let sourceColumn: Int?
  /// For reflect, replicate and circular padding, the input row this padding cell copies.
  let copiedFromRow: Int?
  /// For reflect, replicate and circular padding, the input column this padding cell copies.
  let copiedFromColumn: Int?
  /// The value the operation sees: the input value, 0 for zero padding, −∞ for max-pooling
  /// padding, the copied value for reflect/replicate/circular padding.
  public let value: Double
  /// The weight of this tap for a convolution; `nil` for pools.
  public let weight: Double?
  /// Whether the cell is input, padding or overhang.
  public let kind: Kind

  /// Whether the cell is outside the input (padding or overhang).
  public var isPadding: Bool { kind != .input }
}
