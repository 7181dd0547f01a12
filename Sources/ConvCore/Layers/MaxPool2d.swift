/// `nn.MaxPool2d`: the largest value of each window, over (C, H, W) or (N, C, H, W) input.
///
/// `stride` defaults to `kernel_size`; padding (at most half the dilated kernel) is never
/// compared, as if it held −∞; `ceil_mode` rounds the output size up but drops a last window
/// that would start in the right padding. Like PyTorch 2.x on the CPU, it also takes int64.
public struct MaxPool2d: Layer {
  /// `kernel_size` as written.
  let kernelSizeArgument: PairArgument
  /// `stride` as written, or `kernel_size` when it was left out.
  let strideArgument: PairArgument
  /// `padding` as written.
  let paddingArgument: PairArgument
  /// `dilation` as written.
  let dilationArgument: PairArgument
  /// `ceil_mode`.
  let ceilMode: Bool

  /// `nn.MaxPool2d(kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False)`.
  public init(
    kernelSize: PairArgument, stride: PairArgument? = nil, padding: PairArgument = .single(0),
    dilation: PairArgument = .single(1), ceilMode: Bool = false
  ) throws(TorchError) {
    let stride = stride ?? kernelSize
    try PoolArguments.check(
      layer: "MaxPool2d", kernel: kernelSize.pair, stride: stride.pair, padding: padding.pair,
      dilation: dilation.pair, againstDilatedKernel: true, oneDimensional: false,
      written: (kernelSize.description, stride.description, padding.description))
    kernelSizeArgument = kernelSize
    strideArgument = stride
    paddingArgument = padding
    dilationArgument = dilation
    self.ceilMode = ceilMode
  }

  /// The kernel size per dimension.
  var kernelSize: Pair { kernelSizeArgument.pair }
  /// The stride per dimension.
  var stride: Pair { strideArgument.pair }
  /// The padding per dimension.
  var padding: Pair { paddingArgument.pair }
  /// The dilation per dimension.
  var dilation: Pair { dilationArgument.pair }

  /// `"MaxPool2d"`.
  public var name: String { "MaxPool2d" }

  /// PyTorch's repr: `MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1,
  /// ceil_mode=False)`.
  public var description: String {
    "MaxPool2d(kernel_size=\(kernelSizeArgument), stride=\(strideArgument), "
      + "padding=\(paddingArgument), dilation=\(dilationArgument), "
      + "ceil_mode=\(ceilMode ? "True" : "False"))"
  }

  func plan(for input: Tensor) throws(TorchError) -> PoolPlan {
    try PoolPlan(
      input: input, layer: name, kind: .maximum, kernel: kernelSize, stride: stride,
      padding: padding, dilation: dilation, ceilMode: ceilMode, oneDimensional: false)
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
