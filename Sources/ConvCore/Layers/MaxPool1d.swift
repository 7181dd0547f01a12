/// `nn.MaxPool1d`: the largest value of each window along the last dimension of (C, L) or
/// (N, C, L) input; each channel (each row of a (1, 6, 6) tensor) is pooled on its own.
///
/// Like PyTorch on the CPU, it refuses int64 input.
public struct MaxPool1d: Layer {
  /// `kernel_size`.
  let kernelSize: Int
  /// `stride` (`kernel_size` when it was left out).
  let stride: Int
  /// `padding`.
  let padding: Int
  /// `dilation`.
  let dilation: Int
  /// `ceil_mode`.
  let ceilMode: Bool

  /// `nn.MaxPool1d(kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)`.
  public init(
    kernelSize: Int, stride: Int? = nil, padding: Int = 0, dilation: Int = 1,
    ceilMode: Bool = false
  ) throws(TorchError) {
    let stride = stride ?? kernelSize
    try PoolArguments.check(
      layer: "MaxPool1d", kernel: Pair(1, kernelSize), stride: Pair(1, stride),
      padding: Pair(0, padding), dilation: Pair(1, dilation), againstDilatedKernel: false,
      oneDimensional: true, written: ("\(kernelSize)", "\(stride)", "\(padding)"))
    self.kernelSize = kernelSize
    self.stride = stride
    self.padding = padding
    self.dilation = dilation
    self.ceilMode = ceilMode
  }

  /// `"MaxPool1d"`.
  public var name: String { "MaxPool1d" }

  /// PyTorch's repr: `MaxPool1d(kernel_size=3, stride=3, padding=0, dilation=1,
  /// ceil_mode=False)`.
  public var description: String {
    "MaxPool1d(kernel_size=\(kernelSize), stride=\(stride), padding=\(padding), "
      + "dilation=\(dilation), ceil_mode=\(ceilMode ? "True" : "False"))"
  }

  func plan(for input: Tensor) throws(TorchError) -> PoolPlan {
    try PoolPlan(
      input: input, layer: name, kind: .maximum, kernel: Pair(1, kernelSize),
      stride: Pair(1, stride), padding: Pair(0, padding), dilation: Pair(1, dilation),
      ceilMode: ceilMode, oneDimensional: true)
  }

  /// Pools `input`, as calling the module does.
  public func forward(_ input: Tensor) throws(TorchError) -> Tensor {
    try plan(for: input).run(input)
  }

  /// The window reads of the call on `input`.
  public func work(for input: Tensor) throws(TorchError) -> Int {
    try plan(for: input).work
  }

  /// The pooling laid out as one step per output element.
  public func steps(for input: Tensor) throws(TorchError) -> CallSteps {
    CallSteps(pool: try plan(for: input), input: input, layer: self)
  }
}
