/// How one output element of a layer call is computed: where it goes, what it reads, the
/// arithmetic, and the result (always equal to the output element).
public struct Step: Sendable, Equatable {
  /// The output cell of a window operation: batch, channel, row and column (the row is 0 for
  /// 1-d layers, and the batch 0 for unbatched input).
  public struct Location: Sendable, Hashable {
    /// The batch index (0 when the input is unbatched).
    public let batch: Int
    /// The output channel.
    public let channel: Int
    /// The output row (0 for 1-d layers).
    public let row: Int
    /// The output column (or position along the length, for 1-d layers).
    public let column: Int
  }

  /// The row-major index of the output element.
  public let flatIndex: Int
  /// The full index of the output element, one coordinate per output dimension.
  public let outputPosition: [Int]
  /// The output cell for window operations (convolution, pooling); `nil` otherwise.
  public let location: Location?
  /// The receptive field, in scan order (input channel, kernel row, kernel column); empty for
  /// Flatten and ReLU.
  public let window: [WindowCell]
  /// The arithmetic that gives the result.
  public let operation: Operation
  /// The output element, rounded to the output's dtype.
  public let result: Double

  /// The arithmetic of one step.
  public enum Operation: Sendable, Equatable {
    /// A convolution: the sum of value × weight over the window, plus the bias.
    case weightedSum(WeightedSum)
    /// Max pooling: the largest input value of the window.
    case maximum(Maximum)
    /// Average pooling: the sum of the window's input values over a divisor.
    case average(Average)
    /// Flatten: an element moving to its index in the flattened dimensions.
    case flatten(FlattenMove)
    /// ReLU: max(0, x).
    case rectify(Rectification)
  }

  /// One product of a convolution's sum.
  public struct Term: Sendable, Hashable {
    /// The index of the window cell this term reads.
    public let cell: Int
    /// The input (or padding) value.
    public let value: Double
    /// The weight.
    public let weight: Double
    /// value × weight.
    public let product: Double
  }

  /// A convolution's arithmetic.
  public struct WeightedSum: Sendable, Equatable {
    /// One term per window cell, in window order.
    public let terms: [Term]
    /// The sum of the products, before the bias.
    public let sum: Double
    /// The bias of the output channel, or `nil` when the layer has none.
    public let bias: Double?
    /// sum + bias, before rounding to the dtype.
    public let total: Double
  }

  /// Max pooling's arithmetic.
  public struct Maximum: Sendable, Equatable {
    /// The index of the winning window cell: the first maximum in scan order (a NaN wins, as
    /// in PyTorch); `nil` in the rare dilated window that covers no input cell.
    public let winner: Int?
    /// How many input cells were compared (padding and overhang cells never are).
    public let comparedCount: Int
  }

  /// Average pooling's arithmetic.
  public struct Average: Sendable, Equatable {
    /// The sum of the input cells in the window (padding adds zeros).
    public let sum: Double
    /// The divisor used.
    public let divisor: Int
    /// How many input cells were summed.
    public let summedCount: Int
    /// How many padding cells the divisor counts (0 with `count_include_pad=False`).
    public let countedPaddingCount: Int
    /// Whether the layer counts padded zeros (`count_include_pad`).
    public let countIncludePad: Bool
    /// The layer's `divisor_override`, when set.
    public let divisorOverride: Int?
  }

  /// Flatten's bookkeeping: the element at `sourcePosition` goes to `outputPosition`, where
  /// dimensions `startDimension...endDimension` merge into one index
  /// (`i = c·H·W + h·W + w` for three dimensions).
  public struct FlattenMove: Sendable, Hashable {
    /// The element's full index in the input.
    public let sourcePosition: [Int]
    /// The first merged dimension (normalized, non-negative).
    public let startDimension: Int
    /// The last merged dimension (normalized, non-negative).
    public let endDimension: Int
    /// The element's coordinates in the merged dimensions.
    let coordinates: [Int]
    /// The sizes of the merged dimensions.
    public let sizes: [Int]
    /// The merged index.
    public let index: Int

    /// The merged index with this element's numbers, e.g. `1·3·2 + 2·2 + 1 = 11`.
    public var formulaText: String {
      guard !coordinates.isEmpty else { return "\(index)" }
      var parts: [String] = []
      for (dimension, coordinate) in coordinates.enumerated() {
        let later = sizes[(dimension + 1)...].map(String.init)
        parts.append(([String(coordinate)] + later).joined(separator: "·"))
      }
      return parts.joined(separator: " + ") + " = \(index)"
    }
  }

  /// ReLU's arithmetic: max(0, x).
  public struct Rectification: Sendable, Equatable {
    /// The input element x.
    public let input: Double
    /// The element's full index in the input.
    public let sourcePosition: [Int]
  }
}
