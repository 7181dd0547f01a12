/// `nn.Flatten(start_dim=1, end_dim=-1)`: merges dimensions `start_dim...end_dim` into one,
/// element order unchanged (a 0-d input becomes shape [1]).
public struct Flatten: Layer {
  /// `start_dim`, as written (may be negative).
  let startDimension: Int
  /// `end_dim`, as written (may be negative).
  let endDimension: Int

  /// `nn.Flatten(start_dim=1, end_dim=-1)`.
  public init(startDimension: Int = 1, endDimension: Int = -1) {
    self.startDimension = startDimension
    self.endDimension = endDimension
  }

  /// `"Flatten"`.
  public var name: String { "Flatten" }

  /// PyTorch's repr: `Flatten(start_dim=1, end_dim=-1)`.
  public var description: String {
    "Flatten(start_dim=\(startDimension), end_dim=\(endDimension))"
  }

  /// The normalized first and last merged dimensions and the output shape for `input`.
  func resolve(for input: Tensor) throws(TorchError) -> (start: Int, end: Int, shape: [Int]) {
    let start = try Tensor.normalizedDimension(startDimension, rank: input.rank)
    let end = try Tensor.normalizedDimension(endDimension, rank: input.rank)
    if input.rank == 0 { return (0, 0, [1]) }
    guard start <= end else {
      throw TorchError(
        .runtimeError,
        "flatten() has invalid args: start_dim cannot come after end_dim (start_dim="
          + "\(startDimension) is dimension \(start), end_dim=\(endDimension) is dimension "
          + "\(end) of a \(input.rank)-D input)")
    }
    let merged = input.shape[start...end].reduce(1, *)
    let shape = Array(input.shape[..<start]) + [merged] + Array(input.shape[(end + 1)...])
    return (start, end, shape)
  }

  /// Flattens `input`, as calling the module does.
  public func forward(_ input: Tensor) throws(TorchError) -> Tensor {
    let (_, _, shape) = try resolve(for: input)
    return Tensor(shape: shape, roundedScalars: input.scalars, dtype: input.dtype)
  }

  /// The flattening laid out as one step per output element.
  public func steps(for input: Tensor) throws(TorchError) -> CallSteps {
    let (start, end, shape) = try resolve(for: input)
    let output = Tensor(shape: shape, roundedScalars: input.scalars, dtype: input.dtype)
    return CallSteps(flatten: (start, end), input: input, output: output, layer: self)
  }
}
