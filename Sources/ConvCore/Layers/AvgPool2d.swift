/// `nn.AvgPool2d`: the mean of each window, over (C, H, W) or (N, C, H, W) input.
///
/// `stride` defaults to `kernel_size`; padded zeros count in the divisor unless
/// `count_include_pad=False`; a window is first clipped to the padded input (in `ceil_mode`);
/// `divisor_override` replaces the divisor. Like PyTorch on the CPU, int64 input gives an
/// int64 result (the division truncates).
public struct AvgPool2d: Layer {
  /// `kernel_size` as written.
  let kernelSizeArgument: PairArgument
  /// `stride` as written, or `kernel_size` when it was left out.
  let strideArgument: PairArgument
  /// `padding` as written.
  let paddingArgument: PairArgument
  /// `ceil_mode`.
  public let ceilMode: Bool
  /// `count_include_pad`.
  public let countIncludePad: Bool
  /// `divisor_override`.
  public let divisorOverride: Int?

  /// `nn.AvgPool2d(kernel_size, stride=None, padding=0, ceil_mode=False,
  /// count_include_pad=True, divisor_override=None)`.
  public init(
    kernelSize: PairArgument, stride: PairArgument? = nil, padding: PairArgument = .single(0),
    ceilMode: Bool = false, countIncludePad: Bool = true, divisorOverride: Int? = nil
  ) throws(TorchError) {
    let stride = stride ?? kernelSize
    try PoolArguments.check(
      layer: "AvgPool2d", kernel: kernelSize.pair, stride: stride.pair, padding: padding.pair,
      dilation: Pair(1), againstDilatedKernel: false, oneDimensional: false,
      written: (kernelSize.description, stride.description, padding.description))
    if let divisorOverride {
      guard divisorOverride != 0 else {
        throw TorchError(
          .runtimeError, "divisor_override must not be zero; leave it out to divide by the window")
      }
      let magnitude = divisorOverride == Int.min ? Int.max : abs(divisorOverride)
      try CallLimits.checkArgument(magnitude, "divisor_override")
    }
    kernelSizeArgument = kernelSize
    strideArgument = stride
    paddingArgument = padding
    self.ceilMode = ceilMode
    self.countIncludePad = countIncludePad
    self.divisorOverride = divisorOverride
  }

  /// The kernel size per dimension.
  var kernelSize: Pair { kernelSizeArgument.pair }
  /// The stride per dimension.
  var stride: Pair { strideArgument.pair }
  /// The padding per dimension.
  var padding: Pair { paddingArgument.pair }

  /// `"AvgPool2d"`.
  public var name: String { "AvgPool2d" }

  /// PyTorch's repr: `AvgPool2d(kernel_size=(3, 2), stride=(2, 2), padding=0)`.
  public var description: String {
    "AvgPool2d(kernel_size=\(kernelSizeArgument), stride=\(strideArgument), "
      + "padding=\(paddingArgument))"
  }

  func plan(for input: Tensor) throws(TorchError) -> PoolPlan {
    try PoolPlan(
      input: input, layer: name,
      kind: .average(countIncludePad: countIncludePad, divisorOverride: divisorOverride),
      kernel: kernelSize, stride: stride, padding: padding, dilation: Pair(1),
      ceilMode: ceilMode, oneDimensional: false)
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
