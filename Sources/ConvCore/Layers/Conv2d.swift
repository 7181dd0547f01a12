/// `nn.Conv2d` (and `F.conv2d`): a 2-d cross-correlation with PyTorch's semantics.
///
/// The kernel is not flipped; each output channel sums over the input channels of its group,
/// then adds its bias. `forward` uses the weight and bias as they are now, so a weight the
/// user replaced (`conv.weight.data = …`) decides the kernel size and the channels, and a
/// weight that does not fit the input is refused with a clear message.
public struct Conv2d: Layer {
  /// `in_channels`.
  public let inChannels: Int
  /// `out_channels`.
  public let outChannels: Int
  /// `kernel_size` as constructed (the weight may since have been replaced by another size).
  public let kernelSize: Pair
  /// `stride`.
  public let stride: Pair
  /// `padding`.
  public let padding: ConvolutionPadding
  /// `dilation`.
  public let dilation: Pair
  /// `groups`.
  public let groups: Int
  /// `padding_mode`.
  public let paddingMode: PaddingMode
  /// The weight, shape (out, in/groups, kH, kW); zeros until someone fills it.
  public var weight: Tensor
  /// The bias, shape (out), or `nil` for `bias=False`; zeros until someone fills it.
  public var bias: Tensor?
  /// Whether this is the functional form `F.conv2d(input, weight, bias, …)`.
  let isFunctional: Bool

  /// `nn.Conv2d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1,
  /// groups=1, bias=True, padding_mode='zeros')`, with a float32 weight and bias of zeros.
  public init(
    inChannels: Int, outChannels: Int, kernelSize: PairArgument, stride: PairArgument = .single(1),
    padding: ConvolutionPadding = .explicit(.single(0)), dilation: PairArgument = .single(1),
    groups: Int = 1, bias: Bool = true, paddingMode: PaddingMode = .zeros
  ) throws(TorchError) {
    guard groups > 0 else {
      throw TorchError(.valueError, "groups must be a positive integer, got \(groups)")
    }
    guard inChannels > 0 else {
      throw TorchError(.valueError, "in_channels must be a positive integer, got \(inChannels)")
    }
    guard outChannels > 0 else {
      throw TorchError(.valueError, "out_channels must be a positive integer, got \(outChannels)")
    }
    guard inChannels % groups == 0 else {
      throw TorchError(
        .valueError,
        "in_channels (\(inChannels)) must be divisible by groups (\(groups))")
    }
    guard outChannels % groups == 0 else {
      throw TorchError(
        .valueError,
        "out_channels (\(outChannels)) must be divisible by groups (\(groups))")
    }
    try Conv2d.checkArguments(
      kernel: kernelSize.pair, stride: stride.pair, padding: padding, dilation: dilation.pair,
      functional: false)
    for (value, name) in [(inChannels, "in_channels"), (outChannels, "out_channels")] {
      try CallLimits.checkArgument(value, name)
    }
    let kernel = kernelSize.pair
    let weightShape = [outChannels, inChannels / groups, kernel.rows, kernel.columns]
    let count = try Tensor.elementCount(of: weightShape)
    self.inChannels = inChannels
    self.outChannels = outChannels
    self.kernelSize = kernel
    self.stride = stride.pair
    self.padding = padding
    self.dilation = dilation.pair
    self.groups = groups
    self.paddingMode = paddingMode
    weight = Tensor(
      shape: weightShape, roundedScalars: [Double](repeating: 0, count: count), dtype: .float32)
    self.bias =
      bias
      ? Tensor(
        shape: [outChannels], roundedScalars: [Double](repeating: 0, count: outChannels),
        dtype: .float32)
      : nil
    isFunctional = false
  }

  /// `F.conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)`: the
  /// channels and kernel size come from the weight, shape (out, in/groups, kH, kW).
  public init(
    weight: Tensor, bias: Tensor?, stride: PairArgument = .single(1),
    padding: ConvolutionPadding = .explicit(.single(0)), dilation: PairArgument = .single(1),
    groups: Int = 1
  ) throws(TorchError) {
    guard groups > 0 else {
      throw TorchError(.runtimeError, "groups must be a positive integer, got \(groups)")
    }
    try Conv2d.checkWeightShape(weight, groups: groups)
    if let bias { try Conv2d.checkBiasShape(bias, weight: weight) }
    let kernel = Pair(weight.shape[2], weight.shape[3])
    try Conv2d.checkArguments(
      kernel: kernel, stride: stride.pair, padding: padding, dilation: dilation.pair,
      functional: true)
    inChannels = weight.shape[1] * groups
    outChannels = weight.shape[0]
    kernelSize = kernel
    self.stride = stride.pair
    self.padding = padding
    self.dilation = dilation.pair
    self.groups = groups
    paddingMode = .zeros
    self.weight = weight
    self.bias = bias
    isFunctional = true
  }

  /// `"Conv2d"`, or `"conv2d"` for the functional form.
  public var name: String { isFunctional ? "conv2d" : "Conv2d" }

  /// PyTorch's repr: `Conv2d(1, 1, kernel_size=(3, 3), stride=(1, 1), bias=False)`; for the
  /// functional form, the call written out: `F.conv2d(input, weight [1, 1, 3, 3], bias [1],
  /// stride=(1, 1))`.
  public var description: String {
    var parts: [String] = []
    if isFunctional {
      parts.append("input")
      parts.append("weight \(Tensor.bracketed(weight.shape))")
      parts.append(bias.map { "bias \(Tensor.bracketed($0.shape))" } ?? "bias=None")
      parts.append("stride=\(stride)")
    } else {
      parts.append("\(inChannels)")
      parts.append("\(outChannels)")
      parts.append("kernel_size=\(kernelSize)")
      parts.append("stride=\(stride)")
    }
    if let text = padding.reprText { parts.append("padding=\(text)") }
    if dilation != Pair(1) { parts.append("dilation=\(dilation)") }
    if groups != 1 { parts.append("groups=\(groups)") }
    if !isFunctional, bias == nil { parts.append("bias=False") }
    if paddingMode != .zeros { parts.append("padding_mode=\(paddingMode.rawValue)") }
    return (isFunctional ? "F.conv2d(" : "Conv2d(") + parts.joined(separator: ", ") + ")"
  }

  /// Runs the convolution, as calling the module does.
  public func forward(_ input: Tensor) throws(TorchError) -> Tensor {
    let plan = try plan(for: input)
    return plan.run(input).output
  }

  /// The multiply-adds of the call on `input`.
  public func work(for input: Tensor) throws(TorchError) -> Int {
    try plan(for: input).work
  }

  /// The convolution laid out as one step per output element.
  public func steps(for input: Tensor) throws(TorchError) -> CallSteps {
    let plan = try plan(for: input)
    return CallSteps(convolution: plan, input: input, layer: self)
  }

  /// Refuses kernel, stride, padding and dilation values PyTorch refuses.
  static func checkArguments(
    kernel: Pair, stride: Pair, padding: ConvolutionPadding, dilation: Pair, functional: Bool
  ) throws(TorchError) {
    guard kernel.rows > 0, kernel.columns > 0 else {
      throw TorchError(.runtimeError, "kernel_size must be positive, got \(kernel)")
    }
    guard stride.rows > 0, stride.columns > 0 else {
      throw TorchError(.runtimeError, "stride must be positive, got \(stride)")
    }
    guard dilation.rows > 0, dilation.columns > 0 else {
      throw TorchError(.runtimeError, "dilation must be positive, got \(dilation)")
    }
    var explicitPadding = Pair(0)
    switch padding {
    case .explicit(let argument):
      explicitPadding = argument.pair
      guard explicitPadding.rows >= 0, explicitPadding.columns >= 0 else {
        throw TorchError(
          .runtimeError,
          "padding must not be negative, got \(explicitPadding); use 0 for no padding")
      }
    case .same:
      guard stride == Pair(1) else {
        throw TorchError(
          functional ? .runtimeError : .valueError,
          "padding='same' needs stride 1 (got stride \(stride)); use an explicit padding")
      }
    case .valid:
      break
    }
    let values: [(Int, String)] = [
      (kernel.rows, "kernel_size"), (kernel.columns, "kernel_size"), (stride.rows, "stride"),
      (stride.columns, "stride"), (dilation.rows, "dilation"), (dilation.columns, "dilation"),
      (explicitPadding.rows, "padding"), (explicitPadding.columns, "padding"),
    ]
    for (value, name) in values { try CallLimits.checkArgument(value, name) }
  }
}
