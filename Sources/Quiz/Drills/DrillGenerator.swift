import ConvCore

/// Fresh exercises for a skill, from a seed: the same seed gives the same exercises.
///
/// Small integers, inputs of at most 7×7 (so a drill fits an 80×24 screen), and across the
/// skills every parameter of the core: channels, kernel sizes, bias, padding (numbers,
/// pairs, `'same'`, every padding mode), stride, dilation, `ceil_mode`, `count_include_pad`,
/// `divisor_override`, 1-d pools, and Flatten's dimensions.
struct DrillGenerator: Sendable {
  private var random: RandomGenerator
  /// Exercises made so far.
  private(set) var count = 0

  /// A generator seeded with `seed`.
  init(seed: UInt64) {
    random = RandomGenerator(seed: seed)
  }

  /// The next exercise of `skill`.
  mutating func next(_ skill: Skill) -> QuizItem {
    count += 1
    for _ in 0..<20 {
      if let item = try? make(skill) { return item }
    }
    // The generators only draw valid calls; this is a last resort that cannot fail.
    return try! conv(bias: false, title: "convolution")
  }

  private mutating func int(_ range: ClosedRange<Int>) -> Int {
    random.integer(from: range.lowerBound, below: range.upperBound + 1)
  }

  private mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

  private mutating func grid(_ shape: [Int], _ values: ClosedRange<Int>) -> Tensor {
    let count = shape.reduce(1, *)
    return Tensor(shape: shape, scalars: (0..<count).map { _ in Double(int(values)) })
  }

  private mutating func make(_ skill: Skill) throws(TorchError) -> QuizItem {
    switch skill {
    case .conv: return try conv(bias: false, title: "convolution")
    case .bias: return try conv(bias: true, title: "convolution with a bias")
    case .padding: return try padded()
    case .stride: return try strided()
    case .maxpool: return try pool(maximum: true)
    case .avgpool: return try pool(maximum: false)
    case .pool1d: return try pool1d()
    case .flatten: return try flatten()
    case .shape: return try shapeOnly()
    }
  }

  private func item(
    _ title: String, _ layer: any Layer, _ input: Tensor, shape: Bool, cells: Bool = true
  ) throws(TorchError) -> QuizItem {
    let steps = try layer.steps(for: input)
    return QuizItem(
      title: "Drill \(count): \(title)", narration: nil, layerText: DrillGenerator.text(of: layer),
      steps: steps, asksShape: shape, asksCells: cells)
  }

  private mutating func convLayer(
    channels: Int, kernel: Pair, bias: Bool, stride: PairArgument = .single(1),
    padding: ConvolutionPadding = .explicit(.single(0)), dilation: PairArgument = .single(1),
    mode: PaddingMode = .zeros
  ) throws(TorchError) -> Conv2d {
    let kernelArgument: PairArgument =
      kernel.rows == kernel.columns ? .single(kernel.rows) : .pair(kernel.rows, kernel.columns)
    var layer = try Conv2d(
      inChannels: channels, outChannels: 1, kernelSize: kernelArgument, stride: stride,
      padding: padding, dilation: dilation, bias: bias, paddingMode: mode)
    layer.weight = grid([1, channels, kernel.rows, kernel.columns], -1...2)
    if bias {
      layer.bias = Tensor(shape: [1], scalars: [Double(int(1...3) * (chance(25) ? -1 : 1))])
    }
    return layer
  }

  private mutating func conv(bias: Bool, title: String) throws(TorchError) -> QuizItem {
    let channels = chance(20) ? 2 : 1
    let kernel = chance(25) ? Pair(int(2...3), int(1...3)) : Pair(int(2...3))
    let input = grid([channels, int(3...5), int(kernel.columns + 1...6)], 0...4)
    let layer = try convLayer(channels: channels, kernel: kernel, bias: bias)
    return try item(title, layer, input, shape: chance(50))
  }

  private mutating func padded() throws(TorchError) -> QuizItem {
    let input = grid([1, int(3...5), int(3...5)], 0...4)
    let choice = int(0...5)
    let padding: ConvolutionPadding =
      switch choice {
      case 0: .same
      case 1: .explicit(.pair(1, 0))
      case 2: .explicit(.pair(0, 1))
      default: .explicit(.single(1))
      }
    let modes: [PaddingMode] = [.reflect, .replicate, .circular]
    let mode: PaddingMode = choice >= 4 && chance(60) ? modes[int(0...2)] : .zeros
    let layer = try convLayer(
      channels: 1, kernel: Pair(3), bias: chance(70), padding: padding, mode: mode)
    return try item("padding", layer, input, shape: chance(60))
  }

  private mutating func strided() throws(TorchError) -> QuizItem {
    let input = grid([1, int(5...7), int(5...7)], 0...4)
    let layer: Conv2d
    switch int(0...3) {
    case 0:
      layer = try convLayer(channels: 1, kernel: Pair(2), bias: chance(50), dilation: .single(2))
    case 1:
      layer = try convLayer(
        channels: 1, kernel: Pair(3), bias: chance(50), stride: .single(2),
        padding: .explicit(.single(1)))
    case 2:
      layer = try convLayer(channels: 1, kernel: Pair(2), bias: chance(50), stride: .pair(1, 2))
    default:
      layer = try convLayer(channels: 1, kernel: Pair(3), bias: chance(50), stride: .single(2))
    }
    return try item("stride", layer, input, shape: true)
  }

  private mutating func pool(maximum: Bool) throws(TorchError) -> QuizItem {
    let input = grid([1, int(4...6), int(4...6)], 0...9)
    let layer: any Layer
    let choice = int(0...4)
    if maximum {
      switch choice {
      case 0: layer = try MaxPool2d(kernelSize: .single(3), stride: .single(1))
      case 1: layer = try MaxPool2d(kernelSize: .pair(1, 2))
      case 2: layer = try MaxPool2d(kernelSize: .single(3), stride: .single(2), padding: .single(1))
      case 3: layer = try MaxPool2d(kernelSize: .single(2), ceilMode: true)
      default:
        layer =
          try chance(30)
          ? MaxPool2d(kernelSize: .single(2), stride: .single(1), dilation: .single(2))
          : MaxPool2d(kernelSize: .single(2))
      }
    } else {
      switch choice {
      case 0: layer = try AvgPool2d(kernelSize: .single(2))
      case 1: layer = try AvgPool2d(kernelSize: .pair(3, 2), stride: .single(2))
      case 2:
        layer = try AvgPool2d(
          kernelSize: .single(3), stride: .single(2), padding: .single(1),
          countIncludePad: chance(50))
      case 3: layer = try AvgPool2d(kernelSize: .single(2), ceilMode: true)
      default: layer = try AvgPool2d(kernelSize: .single(2), divisorOverride: int(2...3))
      }
    }
    return try item(maximum ? "max pooling" : "average pooling", layer, input, shape: chance(50))
  }

  private mutating func pool1d() throws(TorchError) -> QuizItem {
    let input = grid([int(2...3), int(5...7)], 0...9)
    let kernel = int(2...3)
    let stride: Int? = chance(50) ? nil : 1
    let layer: any Layer =
      try chance(50)
      ? MaxPool1d(kernelSize: kernel, stride: stride)
      : AvgPool1d(kernelSize: kernel, stride: stride, padding: chance(30) ? 1 : 0)
    return try item("1-d pooling", layer, input, shape: chance(50))
  }

  private mutating func flatten() throws(TorchError) -> QuizItem {
    let shape = chance(50) ? [int(1...3), int(2...3), int(2...4)] : [2, int(1...2), 2, int(2...3)]
    let start = int(0...1)
    let end = chance(70) ? -1 : shape.count - 2
    let layer = Flatten(startDimension: start, endDimension: end)
    return try item("flatten", layer, grid(shape, 0...9), shape: true, cells: false)
  }

  private mutating func shapeOnly() throws(TorchError) -> QuizItem {
    let size = [1, int(1...3), int(5...28), int(5...28)]
    let kernel = int(2...5)
    let layer: any Layer
    switch int(0...3) {
    case 0:
      layer = try Conv2d(
        inChannels: size[1], outChannels: int(1...8), kernelSize: .single(kernel),
        stride: .single(int(1...3)), padding: .explicit(.single(int(0...2))))
    case 1:
      layer = try Conv2d(
        inChannels: size[1], outChannels: int(1...8), kernelSize: .pair(kernel, int(1...3)),
        stride: .pair(int(1...2), int(1...3)), padding: .explicit(.pair(int(0...1), int(0...2))),
        dilation: .single(int(1...2)))
    case 2:
      layer = try MaxPool2d(
        kernelSize: .single(kernel), stride: .single(int(1...3)), padding: .single(kernel / 2),
        ceilMode: chance(40))
    default:
      layer = try AvgPool2d(
        kernelSize: .single(kernel), stride: .single(int(1...3)), ceilMode: chance(40))
    }
    return try item("output shape", layer, grid(size, 0...1), shape: true, cells: false)
  }

  /// The layer as PyTorch prints it, with the average pools' arguments that PyTorch's repr
  /// leaves out (`ceil_mode`, `count_include_pad`, `divisor_override`) added.
  static func text(of layer: any Layer) -> String {
    var text = "nn." + layer.description
    if let pool = layer as? AvgPool2d {
      var extra: [String] = []
      if pool.ceilMode { extra.append("ceil_mode=True") }
      if !pool.countIncludePad { extra.append("count_include_pad=False") }
      if let divisor = pool.divisorOverride { extra.append("divisor_override=\(divisor)") }
      if !extra.isEmpty, text.hasSuffix(")"), !text.contains("count_include_pad") {
        text = String(text.dropLast()) + ", " + extra.joined(separator: ", ") + ")"
      }
    }
    return text
  }
}
