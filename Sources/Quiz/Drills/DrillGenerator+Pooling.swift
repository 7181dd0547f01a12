import ConvCore

/// The recipes of the pooling skills' levels (``Skill/maxpool``, ``Skill/avgpool``,
/// ``Skill/pool1d``), as ``Skill/levels`` words them. Inputs hold 0 to 9.
extension DrillGenerator {
  /// An input side for an output side drawn from `output` under a window of `kernel` moving
  /// by `stride` (the kernel's, as pooling's default), with up to `leftOver` more cells that
  /// no window reaches (0 keeps the side a whole number of windows); never over 7.
  private mutating func poolSide(
    output: ClosedRange<Int>, kernel: Int, stride: Int? = nil, leftOver: Int = 0
  ) -> Int {
    let stride = stride ?? kernel
    let side = DrillGenerator.side(output: int(output), kernel: kernel, stride: stride)
    return side + int(0...max(0, min(leftOver, stride - 1, 7 - side)))
  }

  /// ``Skill/maxpool`` and ``Skill/avgpool``.
  mutating func pool(_ level: DrillLevel, maximum: Bool) throws(TorchError) -> QuizItem {
    let layer: any Layer
    var input: Tensor
    switch level.number {
    case 1:
      // A 2×2 window and its default stride 2 over sides of 4 or 6.
      input = grid(
        [1, poolSide(output: 2...3, kernel: 2), poolSide(output: 2...3, kernel: 2)], 0...9)
      layer = try maximum ? MaxPool2d(kernelSize: .single(2)) : AvgPool2d(kernelSize: .single(2))
    case 2:
      let kernel: Pair =
        chance(50) ? Pair(2) : (maximum ? Pair(1, 2) : Pair(3, 2))
      let stride = Pair(kernel == Pair(3, 2) ? 2 : kernel.rows, 2)
      input = grid(
        [
          1,
          poolSide(output: 2...3, kernel: kernel.rows, stride: stride.rows, leftOver: 1),
          poolSide(output: 2...3, kernel: kernel.columns, stride: stride.columns, leftOver: 1),
        ], 0...9)
      let size: PairArgument =
        kernel.rows == kernel.columns ? .single(kernel.rows) : .pair(kernel.rows, kernel.columns)
      let strideArgument: PairArgument? = kernel == Pair(3, 2) ? .single(2) : nil
      layer =
        try maximum
        ? MaxPool2d(kernelSize: size, stride: strideArgument)
        : AvgPool2d(kernelSize: size, stride: strideArgument)
    case 3:
      input = grid([1, int(4...6), int(4...6)], 0...9)
      if maximum {
        layer =
          try chance(50)
          ? MaxPool2d(kernelSize: .single(3), stride: .single(1))
          : MaxPool2d(kernelSize: .single(2), stride: .pair(1, 2))
      } else {
        layer = try AvgPool2d(kernelSize: .single(3), stride: .single(2), padding: .single(1))
      }
    default:
      input = grid([1, int(4...6), int(4...6)], 0...9)
      layer = try maximum ? everyMaxPool() : everyAvgPool()
    }
    return try item(level, layer, input, shape: chance(50))
  }

  /// The old drills' max pools: every parameter.
  private mutating func everyMaxPool() throws(TorchError) -> MaxPool2d {
    switch int(0...4) {
    case 0: return try MaxPool2d(kernelSize: .single(3), stride: .single(1))
    case 1: return try MaxPool2d(kernelSize: .pair(1, 2))
    case 2: return try MaxPool2d(kernelSize: .single(3), stride: .single(2), padding: .single(1))
    case 3: return try MaxPool2d(kernelSize: .single(2), ceilMode: true)
    default:
      return
        try chance(30)
        ? MaxPool2d(kernelSize: .single(2), stride: .single(1), dilation: .single(2))
        : MaxPool2d(kernelSize: .single(2))
    }
  }

  /// The old drills' average pools: every parameter.
  private mutating func everyAvgPool() throws(TorchError) -> AvgPool2d {
    switch int(0...4) {
    case 0: return try AvgPool2d(kernelSize: .single(2))
    case 1: return try AvgPool2d(kernelSize: .pair(3, 2), stride: .single(2))
    case 2:
      return try AvgPool2d(
        kernelSize: .single(3), stride: .single(2), padding: .single(1),
        countIncludePad: chance(50))
    case 3: return try AvgPool2d(kernelSize: .single(2), ceilMode: true)
    default: return try AvgPool2d(kernelSize: .single(2), divisorOverride: int(2...3))
    }
  }

  /// ``Skill/pool1d``: each row of a (channels, length) input pooled on its own.
  mutating func pool1d(_ level: DrillLevel) throws(TorchError) -> QuizItem {
    let kernel = int(2...3)
    let layer: any Layer
    let input: Tensor
    switch level.number {
    case 1, 2:
      // Rows of at most 7: two windows of 3, or two or three of 2.
      let leftOver = level.number == 2 ? kernel - 1 : 0
      input = grid(
        [
          int(2...3),
          poolSide(output: 2...(kernel == 3 ? 2 : 3), kernel: kernel, leftOver: leftOver),
        ], 0...9)
      layer =
        try level.number == 1 || chance(50)
        ? MaxPool1d(kernelSize: kernel) : AvgPool1d(kernelSize: kernel)
    case 3:
      input = grid([int(2...3), int(5...7)], 0...9)
      layer =
        try chance(50)
        ? MaxPool1d(kernelSize: kernel, stride: 1) : AvgPool1d(kernelSize: kernel, stride: 1)
    default:
      // The old drills' 1-d pools.
      input = grid([int(2...3), int(5...7)], 0...9)
      let stride: Int? = chance(50) ? nil : 1
      layer =
        try chance(50)
        ? MaxPool1d(kernelSize: kernel, stride: stride)
        : AvgPool1d(kernelSize: kernel, stride: stride, padding: chance(30) ? 1 : 0)
    }
    return try item(level, layer, input, shape: chance(50))
  }
}
