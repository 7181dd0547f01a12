/// A (rows, columns) pair of sizes: a kernel size, stride, padding or dilation.
public struct Pair: Sendable, Hashable, CustomStringConvertible {
  /// The size along the rows (height) dimension.
  public var rows: Int
  /// The size along the columns (width) dimension.
  public var columns: Int

  /// A pair with a size for each dimension.
  public init(_ rows: Int, _ columns: Int) {
    self.rows = rows
    self.columns = columns
  }

  /// A pair with the same size in both dimensions.
  public init(_ both: Int) {
    self.init(both, both)
  }

  /// The pair as Python writes a tuple: `(2, 3)`.
  public var description: String { "(\(rows), \(columns))" }

  /// The pair written with a multiplication sign, as the tutor writes sizes: `2×3`.
  public var sizeText: String { Pair.sizeText([rows, columns]) }

  /// Sizes written with multiplication signs, as the tutor writes them: `2×3`, `1×1×8×8`, `4`
  /// (the one spelling; ConvText's `ShapeText.size` is this).
  public static func sizeText(_ sizes: [Int]) -> String {
    sizes.map(String.init).joined(separator: "×")
  }
}
