import ConvCore

/// The recipes of ``Skill/shape``'s levels, as ``Skill/levels`` words them: the output's
/// shape only, of inputs too big to compute by hand (5 to 12 a side, 28 at the top level),
/// values 0 and 1.
extension DrillGenerator {
  /// ``Skill/shape``.
  mutating func shapeOnly(_ level: DrillLevel) throws(TorchError) -> QuizItem {
    let kernel = int(2...5)
    let layer: any Layer
    let input: Tensor
    switch level.number {
    case 1:
      input = grid([1, int(5...12), int(5...12)], 0...1)
      layer = try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(kernel))
    case 2:
      input = grid([1, int(5...12), int(5...12)], 0...1)
      layer = try Conv2d(
        inChannels: 1, outChannels: 1, kernelSize: .single(kernel), stride: .single(int(1...3)),
        padding: .explicit(.single(int(0...2))))
    case 3:
      input = grid([1, int(5...12), int(5...12)], 0...1)
      let window = int(2...3)
      let stride: PairArgument? = chance(50) ? nil : .single(int(1...3))
      layer =
        try chance(50)
        ? MaxPool2d(kernelSize: .single(window), stride: stride)
        : AvgPool2d(kernelSize: .single(window), stride: stride)
    default:
      // The old drills' shapes: a batch, channels, kernel pairs, dilation, ceil_mode.
      let size = [1, int(1...3), int(5...28), int(5...28)]
      input = grid(size, 0...1)
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
    }
    return try item(level, layer, input, shape: true, cells: false)
  }
}
