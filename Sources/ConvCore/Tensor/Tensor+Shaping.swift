/// Reshaping, squeezing and indexing: operations that move elements without computing.
extension Tensor {
  /// The same elements in a new shape; one size may be `-1` to be inferred (PyTorch's
  /// `reshape` and `view`, which agree on contiguous tensors).
  public func reshaped(to requested: [Int]) throws(TorchError) -> Tensor {
    var inferred: Int? = nil
    var known = 1
    for (dimension, size) in requested.enumerated() {
      if size == -1 {
        guard inferred == nil else { throw .runtime("only one dimension can be inferred") }
        inferred = dimension
      } else if size < 0 {
        throw .runtime("invalid shape dimension \(size)")
      } else {
        known = known.multipliedReportingOverflow(by: size).overflow ? Int.max : known * size
      }
    }
    var shape = requested
    if let inferred {
      guard known != 0, elementCount % known == 0 else {
        throw .runtime(
          "shape '\(Tensor.bracketed(requested))' is invalid for input of size \(elementCount)")
      }
      shape[inferred] = elementCount / known
    } else if known != elementCount {
      throw .runtime(
        "shape '\(Tensor.bracketed(requested))' is invalid for input of size \(elementCount)")
    }
    return Tensor(shape: shape, roundedScalars: scalars, dtype: dtype)
  }

  /// Removes every dimension of size 1.
  public func squeezed() -> Tensor {
    Tensor(shape: shape.filter { $0 != 1 }, roundedScalars: scalars, dtype: dtype)
  }

  /// Removes `dimension` if its size is 1; otherwise returns the tensor unchanged.
  public func squeezed(dimension: Int) throws(TorchError) -> Tensor {
    let dimension = try Tensor.normalizedDimension(dimension, rank: rank)
    guard rank > 0, shape[dimension] == 1 else { return self }
    var newShape = shape
    newShape.remove(at: dimension)
    return Tensor(shape: newShape, roundedScalars: scalars, dtype: dtype)
  }

  /// Inserts a dimension of size 1 at `dimension` (which may be `rank`, or negative).
  public func unsqueezed(at dimension: Int) throws(TorchError) -> Tensor {
    let position = try Tensor.normalizedDimension(dimension, rank: rank + 1)
    var newShape = shape
    newShape.insert(1, at: position)
    return Tensor(shape: newShape, roundedScalars: scalars, dtype: dtype)
  }

  /// One index of a subscript such as `x[0, 1:3, :]`.
  public enum Index: Sendable, Equatable {
    /// A single position, which removes the dimension; may be negative.
    case single(Int)
    /// A slice `start:stop:step`, each part optional, which keeps the dimension.
    case slice(start: Int?, stop: Int?, step: Int?)
  }

  /// The part of the tensor that `indices` select, as Python's `x[...]` does.
  public func indexed(by indices: [Index]) throws(TorchError) -> Tensor {
    guard rank > 0 || indices.isEmpty else {
      throw .index(
        "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` "
          + "in C++ to convert a 0-dim tensor to a number")
    }
    guard indices.count <= rank else {
      throw .index("too many indices for tensor of dimension \(rank)")
    }
    // For each dimension, the list of source coordinates kept, and whether it stays.
    var kept: [[Int]] = []
    var keepsDimension: [Bool] = []
    for dimension in 0..<rank {
      let size = shape[dimension]
      guard dimension < indices.count else {
        kept.append(Array(0..<size))
        keepsDimension.append(true)
        continue
      }
      switch indices[dimension] {
      case .single(let index):
        guard index >= -size, index < size else {
          throw .index(
            "index \(index) is out of bounds for dimension \(dimension) with size \(size)")
        }
        kept.append([index < 0 ? index + size : index])
        keepsDimension.append(false)
      case .slice(let start, let stop, let step):
        let step = step ?? 1
        guard step > 0 else { throw .value("step must be greater than zero") }
        func clamp(_ value: Int?, _ fallback: Int) -> Int {
          guard let value else { return fallback }
          let shifted = value < 0 ? value + size : value
          return Swift.min(Swift.max(shifted, 0), size)
        }
        let from = clamp(start, 0)
        let to = clamp(stop, size)
        kept.append(from < to ? Array(stride(from: from, to: to, by: step)) : [])
        keepsDimension.append(true)
      }
    }
    let sourceStrides = strides
    var result: [Double] = []
    result.reserveCapacity(kept.reduce(1) { $0 * $1.count })
    func collect(_ dimension: Int, _ offset: Int) {
      if dimension == rank {
        result.append(scalars[offset])
        return
      }
      for coordinate in kept[dimension] {
        collect(dimension + 1, offset + coordinate * sourceStrides[dimension])
      }
    }
    collect(0, 0)
    let newShape = zip(kept, keepsDimension).compactMap { $1 ? $0.count : nil }
    return Tensor(shape: newShape, roundedScalars: result, dtype: dtype)
  }

  /// A shape written as PyTorch writes it in messages: `[1, 6, 6]`.
  public static func bracketed(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
  }
}
