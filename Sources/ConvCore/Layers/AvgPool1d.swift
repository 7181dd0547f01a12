/// `nn.AvgPool1d`: the mean of each window along the last dimension of (C, L) or (N, C, L)
/// input; each channel (each row of a (1, 6, 6) tensor) is pooled on its own.
///
/// Padded zeros count in the divisor unless `count_include_pad=False`. Like PyTorch on the
/// CPU, int64 input gives an int64 result (the division truncates).
public struct AvgPool1d: Layer {
  /// `kernel_size`.
  let kernelSize: Int
  /// `stride` (`kernel_size` when it was left out).
  let stride: Int
  /// `padding`.
  let padding: Int
  /// `ceil_mode`.
  let ceilMode: Bool
  /// `count_include_pad`.
  let countIncludePad: Bool

  /// `nn.AvgPool1d(kernel_size, stride=None, padding=0, ceil_mode=False,
  /// count_include_pad=True)`.
  public init(
    kernelSize: Int, stride: Int? = nil, padding: Int = 0, ceilMode: Bool = false,
    countIncludePad: Bool = true
  ) throws(TorchError) {
    let stride = stride ?? kernelSize
    try PoolArguments.check(
      layer: "AvgPool1d", kernel: Pair(1, kernelSize), stride: Pair(1, stride),
      padding: Pair(0, padding), dilation: Pair(1), againstDilatedKernel: false,
      oneDimensional: true, written: ("\(kernelSize)", "\(stride)", "\(padding)"))
    self.kernelSize = kernelSize
    self.stride = stride
    self.padding = padding
    self.ceilMode = ceilMode
    self.countIncludePad = countIncludePad
  }

  /// `"AvgPool1d"`.
  public var name: String { "AvgPool1d" }

  /// PyTorch's repr, which writes the sizes as 1-tuples:
  /// `AvgPool1d(kernel_size=(3,), stride=(3,), padding=(0,))`.
  public var description: String {
    "AvgPool1d(kernel_size=(\(kernelSize),), stride=(\(stride),), padding=(\(padding),))"
  }

  func plan(for input: Tensor) throws(TorchError) -> PoolPlan {
    try PoolPlan(
      input: input, layer: name,
      kind: .average(countIncludePad: countIncludePad, divisorOverride: nil),
      kernel: Pair(1, kernelSize), stride: Pair(1, stride), padding: Pair(0, padding),
      dilation: Pair(1), ceilMode: ceilMode, oneDimensional: true)
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
