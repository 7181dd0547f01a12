/// `nn.ReLU()`: max(0, x) element by element, keeping the dtype (int64 too); NaN stays NaN.
public struct ReLU: Layer {
  /// `nn.ReLU()`.
  public init() {}

  /// `"ReLU"`.
  public var name: String { "ReLU" }

  /// PyTorch's repr: `ReLU()`.
  public var description: String { "ReLU()" }

  /// max(0, x) as PyTorch computes it: NaN and −0 pass through unchanged.
  static func rectified(_ value: Double) -> Double {
    value < 0 ? 0 : value
  }

  /// Rectifies `input`, as calling the module does.
  public func forward(_ input: Tensor) throws(TorchError) -> Tensor {
    Tensor(
      shape: input.shape, roundedScalars: input.scalars.map(ReLU.rectified), dtype: input.dtype)
  }

  /// The rectification laid out as one step per element.
  public func steps(for input: Tensor) throws(TorchError) -> CallSteps {
    CallSteps(rectifying: input, output: try forward(input), layer: self)
  }
}
