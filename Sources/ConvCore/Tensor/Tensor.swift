/// A dense tensor of up to a few dimensions, stored row-major, with PyTorch's dtype rules.
///
/// A `Tensor` is a value: copies are cheap (the storage is shared until one is changed) and no
/// operation changes a tensor in place. Every value is stored already rounded to ``dtype``.
public struct Tensor: Sendable, Equatable {
  /// The size of each dimension, outermost first; `[]` for a scalar (0-d) tensor.
  public let shape: [Int]
  /// The element type.
  public let dtype: DType
  /// The elements in row-major order.
  public let scalars: [Double]

  /// Makes a tensor from elements in row-major order, rounding each to `dtype`.
  ///
  /// - Precondition: `scalars.count` equals the product of `shape`. Callers that handle user
  ///   input check sizes first with ``Tensor/elementCount(of:)``.
  public init(shape: [Int], scalars: [Double], dtype: DType = .float32) {
    precondition(shape.allSatisfy { $0 >= 0 }, "negative dimension in \(shape)")
    precondition(shape.reduce(1, *) == scalars.count, "\(scalars.count) values for shape \(shape)")
    self.shape = shape
    self.dtype = dtype
    self.scalars = dtype == .float64 ? scalars : scalars.map(dtype.rounded)
  }

  /// Makes a tensor whose elements are already rounded to `dtype` (no second rounding pass).
  init(shape: [Int], roundedScalars: [Double], dtype: DType) {
    self.shape = shape
    self.dtype = dtype
    self.scalars = roundedScalars
  }

  /// A 0-d tensor holding one value.
  public init(scalar: Double, dtype: DType = .float32) {
    self.init(shape: [], scalars: [scalar], dtype: dtype)
  }

  /// A tensor of the given shape filled with one value.
  public init(repeating value: Double, shape: [Int], dtype: DType = .float32) {
    self.init(
      shape: shape,
      roundedScalars: Array(repeating: dtype.rounded(value), count: shape.reduce(1, *)),
      dtype: dtype)
  }

  /// The number of dimensions (PyTorch's `dim()`).
  public var rank: Int { shape.count }

  /// The number of elements (PyTorch's `numel()`).
  public var elementCount: Int { scalars.count }

  /// How far apart, in elements, neighbours along each dimension are.
  public var strides: [Int] { Tensor.strides(of: shape) }

  /// Row-major strides of a shape.
  public static func strides(of shape: [Int]) -> [Int] {
    var strides = Array(repeating: 1, count: shape.count)
    var step = 1
    for dimension in shape.indices.reversed() {
      strides[dimension] = step
      step *= Swift.max(shape[dimension], 1)
    }
    return strides
  }

  /// The element at a full index, one coordinate per dimension.
  subscript(position: [Int]) -> Double {
    scalars[Tensor.flatIndex(of: position, strides: strides)]
  }

  /// The row-major offset of a position.
  @inlinable
  public static func flatIndex(of position: [Int], strides: [Int]) -> Int {
    var index = 0
    for (coordinate, stride) in zip(position, strides) { index += coordinate * stride }
    return index
  }

  /// The position (one coordinate per dimension) of a row-major offset.
  public static func position(ofFlatIndex flatIndex: Int, in shape: [Int]) -> [Int] {
    var position = Array(repeating: 0, count: shape.count)
    var rest = flatIndex
    for dimension in shape.indices.reversed() where shape[dimension] > 0 {
      position[dimension] = rest % shape[dimension]
      rest /= shape[dimension]
    }
    return position
  }

  /// The same elements converted to another dtype (floats truncate toward zero into `int64`).
  public func converted(to newType: DType) -> Tensor {
    if newType == dtype { return self }
    guard newType == .int64, dtype.isFloatingPoint else {
      return Tensor(shape: shape, scalars: scalars, dtype: newType)
    }
    // A float past int64's range (or inf, or nan) becomes the smallest int64, as PyTorch's
    // conversion gives on x86 CPUs: `torch.tensor([1e30]).long()` is -9223372036854775808.
    let limit = 9_223_372_036_854_775_808.0
    return Tensor(
      shape: shape,
      scalars: scalars.map { $0 >= -limit && $0 < limit ? $0 : -limit },
      dtype: newType)
  }

  /// Applies `transform` to every element, keeping the shape.
  public func map(dtype newType: DType? = nil, _ transform: (Double) -> Double) -> Tensor {
    Tensor(shape: shape, scalars: scalars.map(transform), dtype: newType ?? dtype)
  }
}

extension Tensor {
  /// The largest number of elements a tensor may hold: 16 Mi (16,777,216).
  ///
  /// PyTorch would try to allocate anything; a tutor refuses instead of running out of memory.
  public static let maximumElementCount = 16 * 1024 * 1024

  /// The element count of `shape`, checked: no negative size, and not over the limit.
  public static func elementCount(of shape: [Int]) throws(TorchError) -> Int {
    var count = 1
    for size in shape {
      guard size >= 0 else {
        throw .runtime("Trying to create tensor with negative dimension \(size): \(shape)")
      }
      let (product, overflow) = count.multipliedReportingOverflow(by: size)
      guard !overflow, product <= maximumElementCount else {
        throw tooLarge(shape)
      }
      count = product
    }
    return count
  }

  static func tooLarge(_ shape: [Int]) -> TorchError {
    let shown = shape.map(String.init).joined(separator: "×")
    return TorchError(
      .limitExceeded,
      "a tensor of size \(shown) is over convtutor's limit of \(maximumElementCount) elements "
        + "(16 Mi); use a smaller size")
  }

  /// Turns a possibly negative dimension into one in `0..<rank`, as PyTorch does.
  public static func normalizedDimension(_ dimension: Int, rank: Int) throws(TorchError) -> Int {
    let effectiveRank = Swift.max(rank, 1)
    guard dimension >= -effectiveRank, dimension < effectiveRank else {
      throw .index(
        "Dimension out of range (expected to be in range of [\(-effectiveRank), "
          + "\(effectiveRank - 1)], but got \(dimension))")
    }
    return dimension < 0 ? dimension + effectiveRank : dimension
  }
}
