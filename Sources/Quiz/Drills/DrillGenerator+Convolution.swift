import ConvCore

/// The recipes of the convolution skills' levels (``Skill/conv``, ``Skill/bias``,
/// ``Skill/padding``, ``Skill/stride``), as ``Skill/levels`` words them. Inputs hold 0 to 4
/// and kernels 0 and 1, as the slides' `torch.randint(5, …)` and `torch.randint(high=2, …)`
/// draw them, until the levels that open weights from -1 to 2.
extension DrillGenerator {
  /// An input side for an output side of `output`: `kernel` cells wide, moving by `stride`,
  /// with `padding` on each side; `leftOver` more cells that no window reaches.
  static func side(
    output: Int, kernel: Int, stride: Int = 1, padding: Int = 0, leftOver: Int = 0
  ) -> Int {
    (output - 1) * stride + kernel - 2 * padding + leftOver
  }

  /// A convolution of one output channel with drawn weights (and bias).
  mutating func convLayer(
    channels: Int = 1, kernel: Pair, weights: ClosedRange<Int>, bias: ClosedRange<Int>?,
    stride: PairArgument = .single(1), padding: ConvolutionPadding = .explicit(.single(0)),
    dilation: PairArgument = .single(1), mode: PaddingMode = .zeros
  ) throws(TorchError) -> Conv2d {
    let kernelArgument: PairArgument =
      kernel.rows == kernel.columns ? .single(kernel.rows) : .pair(kernel.rows, kernel.columns)
    var layer = try Conv2d(
      inChannels: channels, outChannels: 1, kernelSize: kernelArgument, stride: stride,
      padding: padding, dilation: dilation, bias: bias != nil, paddingMode: mode)
    layer.weight = grid([1, channels, kernel.rows, kernel.columns], weights)
    if let bias {
      layer.bias = Tensor(shape: [1], scalars: [Double(int(bias))])
    }
    return layer
  }

  /// A bias drawn as the old drills drew it: 1 to 3, negative one time in four.
  private mutating func signedBias() -> ClosedRange<Int> {
    let size = int(1...3)
    let value = chance(25) ? -size : size
    return value...value
  }

  /// ``Skill/conv`` (without a bias) and ``Skill/bias``: no padding, stride 1.
  mutating func convolution(_ level: DrillLevel, bias: Bool) throws(TorchError) -> QuizItem {
    let slides = 0...1
    let plainBias: ClosedRange<Int>? = bias ? 1...3 : nil
    let layer: Conv2d
    let input: Tensor
    switch level.number {
    case 1:
      input = grid([1, 4, 4], 0...4)
      layer = try convLayer(kernel: Pair(3), weights: slides, bias: plainBias)
    case 2:
      let rows = DrillGenerator.side(output: int(2...3), kernel: 3)
      input = grid([1, rows, DrillGenerator.side(output: int(2...3), kernel: 3)], 0...4)
      layer = try convLayer(kernel: Pair(3), weights: slides, bias: plainBias)
    case 3:
      let kernel = pick([Pair(2, 3), Pair(3, 2), Pair(2)])
      let rows = DrillGenerator.side(output: int(2...3), kernel: kernel.rows)
      input = grid(
        [1, rows, DrillGenerator.side(output: int(2...3), kernel: kernel.columns)], 0...4)
      layer = try convLayer(kernel: kernel, weights: slides, bias: plainBias)
    default:
      // Level 4 with one input channel, level 5 with two: the old drills' ranges.
      let channels = level.number >= 5 ? 2 : 1
      let kernel = chance(25) ? Pair(int(2...3), int(1...3)) : Pair(int(2...3))
      input = grid([channels, int(3...5), int(kernel.columns + 1...6)], 0...4)
      layer = try convLayer(
        channels: channels, kernel: kernel, weights: -1...2, bias: bias ? signedBias() : nil)
    }
    return try item(level, layer, input, shape: chance(50))
  }

  /// ``Skill/padding``: a 3×3 kernel, stride 1.
  mutating func padding(_ level: DrillLevel) throws(TorchError) -> QuizItem {
    let biased = chance(70)
    var bias: ClosedRange<Int>? = biased ? 1...3 : nil
    let padding: ConvolutionPadding
    var mode = PaddingMode.zeros
    var weights = 0...1
    let input: Tensor
    switch level.number {
    case 1:
      padding = .explicit(.single(1))
      input = grid([1, int(2...3), int(2...3)], 0...4)
    case 2:
      // The output keeps the size of each padded dimension: 2 or 3 cells.
      let sides = pick([(1, 1), (1, 0), (0, 1)])
      padding = sides == (1, 1) ? .same : .explicit(.pair(sides.0, sides.1))
      input = grid(
        [
          1, DrillGenerator.side(output: int(2...3), kernel: 3, padding: sides.0),
          DrillGenerator.side(output: int(2...3), kernel: 3, padding: sides.1),
        ], 0...4)
    case 3:
      padding = chance(50) ? .explicit(.single(1)) : .explicit(.pair(2, 1))
      input = grid([1, int(3...5), int(3...5)], 0...4)
    default:
      // The old drills' padding: 'same', a pair, 1, and the other padding modes.
      input = grid([1, int(3...5), int(3...5)], 0...4)
      let choice = int(0...5)
      padding =
        switch choice {
        case 0: .same
        case 1: .explicit(.pair(1, 0))
        case 2: .explicit(.pair(0, 1))
        default: .explicit(.single(1))
        }
      if choice >= 4 && chance(60) { mode = pick([.reflect, .replicate, .circular]) }
      weights = -1...2
      bias = biased ? signedBias() : nil
    }
    let layer = try convLayer(
      kernel: Pair(3), weights: weights, bias: bias, padding: padding, mode: mode)
    return try item(level, layer, input, shape: chance(60))
  }

  /// ``Skill/stride``: the shape is always asked, since the stride is what it changes.
  mutating func stride(_ level: DrillLevel) throws(TorchError) -> QuizItem {
    let biased = chance(50)
    let bias: ClosedRange<Int>? = biased ? 1...3 : nil
    let layer: Conv2d
    let input: Tensor
    switch level.number {
    case 1, 2:
      // Stride 2 over a 3×3 kernel, with padding=1 at level 2; a last row or column that
      // no window reaches when the output is 2 cells long.
      let padding = level.number == 2 ? 1 : 0
      var sides: [Int] = []
      for _ in 0..<2 {
        let output = int(2...3)
        sides.append(
          DrillGenerator.side(
            output: output, kernel: 3, stride: 2, padding: padding,
            leftOver: output == 2 ? int(0...1) : 0))
      }
      input = grid([1] + sides, 0...4)
      layer = try convLayer(
        kernel: Pair(3), weights: 0...1, bias: bias, stride: .single(2),
        padding: .explicit(.single(padding)))
    case 3:
      input = grid([1, int(5...7), int(5...7)], 0...4)
      layer = try convLayer(
        kernel: Pair(int(2...3)), weights: 0...1, bias: bias,
        stride: pick([.pair(1, 2), .pair(2, 1)]))
    default:
      // The old drills' strides and dilation.
      input = grid([1, int(5...7), int(5...7)], 0...4)
      let bias = biased ? signedBias() : nil
      switch int(0...3) {
      case 0:
        layer = try convLayer(kernel: Pair(2), weights: -1...2, bias: bias, dilation: .single(2))
      case 1:
        layer = try convLayer(
          kernel: Pair(3), weights: -1...2, bias: bias, stride: .single(2),
          padding: .explicit(.single(1)))
      case 2:
        layer = try convLayer(kernel: Pair(2), weights: -1...2, bias: bias, stride: .pair(1, 2))
      default:
        layer = try convLayer(kernel: Pair(3), weights: -1...2, bias: bias, stride: .single(2))
      }
    }
    return try item(level, layer, input, shape: true)
  }
}
