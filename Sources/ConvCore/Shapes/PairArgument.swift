/// A size argument as the user wrote it: `2` or `(2, 3)`, remembered for PyTorch's repr.
public enum PairArgument: Sendable, Hashable, CustomStringConvertible {
  /// One number, used for both dimensions.
  case single(Int)
  /// A tuple of two numbers: (rows, columns).
  case pair(Int, Int)

  /// The size for each dimension.
  public var pair: Pair {
    switch self {
    case .single(let both): Pair(both)
    case .pair(let rows, let columns): Pair(rows, columns)
    }
  }

  /// The argument as Python writes it: `2` or `(2, 3)`.
  public var description: String {
    switch self {
    case .single(let both): "\(both)"
    case .pair(let rows, let columns): "(\(rows), \(columns))"
    }
  }
}
