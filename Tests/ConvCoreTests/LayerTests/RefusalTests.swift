import Testing

@testable import ConvCore

/// Every configuration PyTorch refuses is refused, with the right kind of error and a message
/// that says what is wrong and what would be right.
@Suite struct RefusalTests {
  struct Refusal: Sendable, CustomTestStringConvertible {
    var name: String
    var kind: TorchError.Kind
    var phrase: String
    var call: @Sendable () throws -> Void
    var testDescription: String { name }

    init(
      _ name: String, _ kind: TorchError.Kind, _ phrase: String,
      _ call: @escaping @Sendable () throws -> Void
    ) {
      self.name = name
      self.kind = kind
      self.phrase = phrase
      self.call = call
    }
  }

  static func conv(
    _ inChannels: Int = 1, _ outChannels: Int = 1, _ kernel: PairArgument = .single(3),
    stride: PairArgument = .single(1), padding: ConvolutionPadding = .explicit(.single(0)),
    dilation: PairArgument = .single(1), groups: Int = 1, mode: PaddingMode = .zeros
  ) throws(TorchError) -> Conv2d {
    try Conv2d(
      inChannels: inChannels, outChannels: outChannels, kernelSize: kernel, stride: stride,
      padding: padding, dilation: dilation, groups: groups, paddingMode: mode)
  }

  static func zeros(_ shape: [Int], _ dtype: DType = .float32) -> Tensor {
    Tensor(repeating: 1, shape: shape, dtype: dtype)
  }

  static let refusals: [Refusal] = [
    // Conv2d's constructor.
    Refusal("groups 0", .valueError, "groups must be a positive integer") {
      _ = try conv(groups: 0)
    },
    Refusal("in_channels by groups", .valueError, "in_channels (3) must be divisible by groups (2)")
    {
      _ = try conv(3, 2, groups: 2)
    },
    Refusal(
      "out_channels by groups", .valueError, "out_channels (3) must be divisible by groups (2)"
    ) {
      _ = try conv(2, 3, groups: 2)
    },
    Refusal("no input channels", .valueError, "in_channels must be a positive integer") {
      _ = try conv(0, 1)
    },
    Refusal("kernel 0", .runtimeError, "kernel_size must be positive, got (0, 3)") {
      _ = try conv(1, 1, .pair(0, 3))
    },
    Refusal("stride 0", .runtimeError, "stride must be positive, got (0, 0)") {
      _ = try conv(stride: .single(0))
    },
    Refusal("dilation 0", .runtimeError, "dilation must be positive") {
      _ = try conv(dilation: .pair(1, 0))
    },
    Refusal("negative padding", .runtimeError, "padding must not be negative") {
      _ = try conv(padding: .explicit(.single(-1)))
    },
    Refusal(
      "same with stride", .valueError,
      "padding='same' needs stride 1 (got stride (2, 2)); use an explicit padding"
    ) { _ = try conv(stride: .single(2), padding: .same) },
    Refusal(
      "padding string", .valueError, "padding must be 'same', 'valid', an int or a pair, got 'foo'"
    ) {
      _ = try ConvolutionPadding.parse("foo")
    },
    Refusal(
      "padding mode", .valueError,
      "padding_mode must be 'zeros', 'reflect', 'replicate' or 'circular', got 'mirror'"
    ) {
      _ = try PaddingMode.parse("mirror")
    },
    // Conv2d calls.
    Refusal(
      "2-d input", .runtimeError,
      "expected 3-D (C, H, W) or 4-D (N, C, H, W) input to Conv2d, got shape [6, 6]"
    ) {
      _ = try conv().forward(zeros([6, 6]))
    },
    Refusal(
      "int input", .runtimeError, "expected a float input, got int64 (use dtype=torch.float32"
    ) {
      _ = try conv().forward(zeros([1, 6, 6], .int64))
    },
    Refusal("float64 input, float32 weight", .runtimeError, "float64 input but a float32 weight") {
      _ = try conv().forward(zeros([1, 6, 6], .float64))
    },
    Refusal(
      "channels", .runtimeError,
      "Conv2d expects 1 input channel(s) (weight [1, 1, 3, 3]), but the input [1, 2, 6, 6] has 2"
    ) { _ = try conv().forward(zeros([1, 2, 6, 6])) },
    Refusal(
      "grouped channels", .runtimeError,
      "Conv2d with groups=2 expects 4 input channels (2 per group"
    ) {
      _ = try conv(4, 2, groups: 2).forward(zeros([3, 6, 6]))
    },
    Refusal("kernel larger", .runtimeError, "kernel 4×4 is larger than the padded input 3×3") {
      _ = try conv(1, 1, .single(4)).forward(zeros([1, 3, 3]))
    },
    Refusal(
      "dilated kernel larger", .runtimeError,
      "dilated kernel 5×5 is larger than the padded input 4×4"
    ) {
      _ = try conv(dilation: .single(2)).forward(zeros([1, 4, 4]))
    },
    Refusal(
      "reflect too far", .runtimeError,
      "padding_mode='reflect' needs each padding smaller than the input"
    ) {
      _ = try conv(1, 1, .single(1), padding: .explicit(.single(3)), mode: .reflect).forward(
        zeros([1, 3, 3]))
    },
    Refusal(
      "circular twice", .runtimeError, "padding_mode='circular' cannot wrap around more than once"
    ) {
      _ = try conv(1, 1, .single(1), padding: .explicit(.pair(0, 4)), mode: .circular).forward(
        zeros([1, 3, 3]))
    },
    Refusal(
      "bias shape", .runtimeError, "the bias must be 1-D with one value per output channel (1"
    ) {
      var layer = try conv()
      layer.bias = Tensor(shape: [2], scalars: [1, 2])
      _ = try layer.forward(zeros([1, 6, 6]))
    },
    Refusal(
      "weight rank", .runtimeError,
      "the weight must be 4-D (out_channels, in_channels/groups, kH, kW), got shape [3, 3]"
    ) {
      var layer = try conv()
      layer.weight = zeros([3, 3])
      _ = try layer.forward(zeros([1, 6, 6]))
    },
    Refusal("int weight", .runtimeError, "the weight must be a float tensor, got int64") {
      var layer = try conv()
      layer.weight = zeros([1, 1, 3, 3], .int64)
      _ = try layer.forward(zeros([1, 6, 6]))
    },
    Refusal("functional groups", .runtimeError, "must be divisible by 2") {
      _ = try Conv2d(weight: zeros([3, 1, 1, 1]), bias: nil, groups: 2)
    },
    Refusal("functional same stride", .runtimeError, "padding='same' needs stride 1") {
      _ = try Conv2d(weight: zeros([1, 1, 3, 3]), bias: nil, stride: .single(2), padding: .same)
    },
    // Pool constructors.
    Refusal(
      "max padding", .runtimeError,
      "MaxPool2d padding 2 must be at most half of the kernel (kernel_size=2): use padding at most 1"
    ) {
      _ = try MaxPool2d(kernelSize: .single(2), padding: .single(2))
    },
    Refusal(
      "max padding, dilated", .runtimeError,
      "at most half of the dilated kernel 3 (kernel_size=2, dilation 2): use padding at most 1"
    ) {
      _ = try MaxPool2d(kernelSize: .single(2), padding: .single(2), dilation: .single(2))
    },
    Refusal(
      "max1d padding against the kernel", .runtimeError,
      "MaxPool1d padding 2 must be at most half of the kernel (kernel_size=3): use padding at most 1"
    ) {
      _ = try MaxPool1d(kernelSize: 3, padding: 2, dilation: 2)
    },
    Refusal("avg padding", .runtimeError, "AvgPool2d padding (0, 2) must be at most half") {
      _ = try AvgPool2d(kernelSize: .pair(3, 3), padding: .pair(0, 2))
    },
    Refusal("avg1d padding", .runtimeError, "use padding at most 0") {
      _ = try AvgPool1d(kernelSize: 1, padding: 1)
    },
    Refusal("divisor 0", .runtimeError, "divisor_override must not be zero") {
      _ = try AvgPool2d(kernelSize: .single(2), divisorOverride: 0)
    },
    Refusal("pool kernel 0", .runtimeError, "MaxPool2d kernel_size must be positive, got 0") {
      _ = try MaxPool2d(kernelSize: .single(0))
    },
    Refusal("pool stride 0", .runtimeError, "AvgPool1d stride must be positive, got 0") {
      _ = try AvgPool1d(kernelSize: 2, stride: 0)
    },
    Refusal("pool negative padding", .runtimeError, "padding must not be negative") {
      _ = try MaxPool1d(kernelSize: 2, padding: -1)
    },
    // Pool calls.
    Refusal(
      "pool output too small", .runtimeError,
      "MaxPool2d output size would be 1×0 for input 3×1: too small"
    ) {
      _ = try MaxPool2d(kernelSize: .single(2)).forward(zeros([1, 3, 1]))
    },
    Refusal(
      "pool1d output too small", .runtimeError,
      "MaxPool1d output length would be 0 for input length 2: too small"
    ) {
      _ = try MaxPool1d(kernelSize: 3).forward(zeros([1, 2]))
    },
    Refusal("max1d int64", .runtimeError, "\"max_pool1d_impl\" not implemented for 'Long'") {
      _ = try MaxPool1d(kernelSize: 2).forward(zeros([1, 4], .int64))
    },
    Refusal(
      "pool 1-d input", .runtimeError,
      "expected 3-D (C, H, W) or 4-D (N, C, H, W) input to MaxPool2d, got shape [6]"
    ) {
      _ = try MaxPool2d(kernelSize: .single(2)).forward(zeros([6]))
    },
    Refusal(
      "pool1d 4-d input", .runtimeError,
      "expected 2-D (C, L) or 3-D (N, C, L) input to MaxPool1d, got shape [1, 1, 6, 6]"
    ) {
      _ = try MaxPool1d(kernelSize: 2).forward(zeros([1, 1, 6, 6]))
    },
    Refusal(
      "empty input", .runtimeError, "needs an input with at least one channel, row and column"
    ) {
      _ = try AvgPool2d(kernelSize: .single(1)).forward(Tensor(shape: [1, 0, 6], scalars: []))
    },
    // Flatten.
    Refusal(
      "flatten start", .indexError,
      "Dimension out of range (expected to be in range of [-3, 2], but got 3)"
    ) {
      _ = try Flatten(startDimension: 3).forward(zeros([1, 2, 3]))
    },
    Refusal(
      "flatten order", .runtimeError,
      "flatten() has invalid args: start_dim cannot come after end_dim"
    ) {
      _ = try Flatten(startDimension: 2, endDimension: 1).forward(zeros([1, 2, 3]))
    },
    Refusal(
      "flatten 0-d", .indexError,
      "Dimension out of range (expected to be in range of [-1, 0], but got 1)"
    ) {
      _ = try Flatten().forward(Tensor(scalar: 3))
    },
    // Limits.
    Refusal("too much work", .limitExceeded, "over convtutor's limit of 2000000000 operations") {
      _ = try conv(64, 64, .single(7)).forward(zeros([64, 200, 200]))
    },
    Refusal("padded input too large", .limitExceeded, "over convtutor's limit of 16777216 elements")
    {
      _ = try conv(1, 1, .single(1), padding: .explicit(.single(3000))).forward(zeros([1, 1, 1]))
    },
    Refusal("argument too large", .limitExceeded, "padding 20000000 is over convtutor's limit") {
      _ = try conv(padding: .explicit(.single(20_000_000)))
    },
    Refusal("pool stride too large", .limitExceeded, "stride 100000000 is over convtutor's limit") {
      _ = try MaxPool2d(kernelSize: .single(2), stride: .single(100_000_000))
    },
    Refusal("weight too large", .limitExceeded, "over convtutor's limit") {
      _ = try conv(4096, 4096, .single(3))
    },
    Refusal("empty sequential steps", .runtimeError, "an empty Sequential has no steps") {
      _ = try Sequential([]).steps(for: zeros([1]))
    },
  ]

  @Test(arguments: refusals)
  func refused(_ refusal: Refusal) {
    var error: TorchError?
    do {
      try refusal.call()
    } catch let thrown as TorchError {
      error = thrown
    } catch {
      Issue.record("not a TorchError: \(error)")
    }
    #expect(error?.kind == refusal.kind, "\(error.map(String.init(describing:)) ?? "no error")")
    #expect(
      error?.message.contains(refusal.phrase) == true,
      "\(error?.message ?? "no error") does not say \(refusal.phrase)")
  }

  @Test func stepsAreRefusedLikeTheForwardPass() {
    let refusedForward = LayerSupport.error { () throws(TorchError) in
      try MaxPool2d(kernelSize: .single(2)).forward(Tensor(repeating: 1, shape: [1, 3, 1]))
    }
    let refusedSteps = LayerSupport.error { () throws(TorchError) in
      try MaxPool2d(kernelSize: .single(2)).steps(for: Tensor(repeating: 1, shape: [1, 3, 1]))
    }
    #expect(refusedForward != nil)
    #expect(refusedForward == refusedSteps)
  }
}
