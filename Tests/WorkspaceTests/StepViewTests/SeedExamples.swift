import Testing

@testable import ConvCore

/// The seed's worked examples and exercises (cases/seed-examples.md), built from the core
/// layers, for the step-view and plain-mode tests.
enum SeedExamples {
  static let lecture: [[Double]] = [
    [2, 2, 1, 4, 1, 0], [0, 4, 0, 3, 3, 4], [0, 4, 1, 2, 0, 0],
    [2, 1, 4, 1, 3, 1], [4, 3, 1, 4, 2, 4], [2, 0, 0, 4, 3, 4],
  ]
  static let small: [[Double]] = [[2, 3, 1, 4], [1, 1, 3, 2], [0, 4, 3, 0], [3, 2, 2, 0]]
  static let stride: [[Double]] = [
    [1, 0, 1, 3, 1, 3], [0, 1, 4, 0, 0, 4], [0, 2, 0, 3, 3, 2],
    [2, 2, 1, 3, 2, 2], [1, 3, 0, 3, 1, 0], [3, 2, 3, 3, 4, 3],
  ]
  static let strideWithPadding: [[Double]] = [
    [0, 3, 1, 1], [3, 1, 2, 0], [3, 4, 2, 3], [3, 0, 0, 2],
  ]
  static let pooling: [[Double]] = [
    [3, 2, 1, 0, 0, 3], [0, 3, 3, 1, 1, 0], [3, 1, 4, 1, 1, 0],
    [2, 4, 1, 1, 0, 4], [1, 0, 3, 0, 3, 0], [3, 4, 4, 3, 3, 4],
  ]
  static let exercise2: [[Double]] = [[2, 4, 2], [3, 3, 4], [3, 2, 0], [4, 0, 4], [1, 4, 0]]
  static let exercise3: [[Double]] = [[2, 4, 2], [1, 3, 2], [3, 2, 1], [0, 0, 1], [0, 0, 1]]
  static let image: [[Double]] = [
    [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 43, 43, 0, 0], [0, 30, 250, 230, 125, 251, 0],
    [0, 191, 38, 0, 0, 81, 0], [0, 241, 0, 35, 119, 250, 0], [0, 49, 193, 198, 83, 0, 0],
    [0, 0, 0, 0, 0, 0, 0],
  ]
  static let slideKernel: [[Double]] = [[1, 1, 0], [1, 1, 0], [1, 0, 1]]
  static let onesKernel: [[Double]] = [[1, 1, 1], [1, 1, 1], [0, 1, 0]]

  /// A (1, H, W) float tensor.
  static func grid(_ rows: [[Double]]) -> Tensor {
    Tensor(shape: [1, rows.count, rows[0].count], scalars: rows.flatMap { $0 })
  }

  /// `nn.Conv2d(1, 1, kernel, …)` with the given weights and bias.
  static func conv(
    _ weights: [[Double]], bias: Double?, stride: PairArgument = .single(1),
    padding: ConvolutionPadding = .explicit(.single(0))
  ) throws -> Conv2d {
    var layer = try Conv2d(
      inChannels: 1, outChannels: 1, kernelSize: .pair(weights.count, weights[0].count),
      stride: stride, padding: padding, bias: bias != nil)
    layer.weight = Tensor(
      shape: [1, 1, weights.count, weights[0].count], scalars: weights.flatMap { $0 })
    if let bias { layer.bias = Tensor(shape: [1], scalars: [bias]) }
    return layer
  }

  /// One seed example: its name, layers and input.
  struct Example {
    let name: String
    let layers: [any Layer]
    let input: Tensor

    /// The example's steps, every layer a stage.
    func chain() throws -> CallChain { try CallChain(layers: layers, input: input) }
  }

  /// Every seed example: L1–L7, P1–P5, E1–E5 (E3 and E5 as chains).
  static func all() throws -> [Example] {
    let e5 = try conv([[1, 0, -1], [1, 0, -1], [1, 0, -1]], bias: nil)
    return [
      Example(name: "L1", layers: [try conv(slideKernel, bias: nil)], input: grid(lecture)),
      Example(name: "L2", layers: [try conv(slideKernel, bias: 1)], input: grid(lecture)),
      Example(
        name: "L3", layers: [try conv([[1, 0, 1], [0, 1, 1]], bias: 1)], input: grid(lecture)),
      Example(
        name: "L4", layers: [try conv(onesKernel, bias: 1, padding: .same)], input: grid(small)),
      Example(
        name: "L5", layers: [try conv(onesKernel, bias: 1, padding: .explicit(.pair(2, 1)))],
        input: grid(small)),
      Example(name: "L6a", layers: [try conv(onesKernel, bias: 1)], input: grid(stride)),
      Example(
        name: "L6b", layers: [try conv(onesKernel, bias: 1, stride: .single(2))],
        input: grid(stride)),
      Example(
        name: "L7",
        layers: [
          try conv(
            onesKernel, bias: 1, stride: .pair(2, 2), padding: .explicit(.single(1)))
        ], input: grid(strideWithPadding)),
      Example(name: "P1", layers: [try MaxPool2d(kernelSize: .single(2))], input: grid(pooling)),
      Example(
        name: "P2", layers: [try MaxPool2d(kernelSize: .single(2), stride: .pair(1, 2))],
        input: grid(pooling)),
      Example(name: "P3", layers: [try MaxPool1d(kernelSize: 3, stride: 3)], input: grid(pooling)),
      Example(
        name: "P4", layers: [try AvgPool2d(kernelSize: .pair(3, 2), stride: .pair(2, 2))],
        input: grid(pooling)),
      Example(name: "P5", layers: [try AvgPool1d(kernelSize: 3, stride: 3)], input: grid(pooling)),
      Example(
        name: "E1a", layers: [try conv([[1, 1, 0], [1, 0, 0], [0, 0, 0]], bias: nil)],
        input: grid(Array(lecture.prefix(4)))),
      Example(
        name: "E1b", layers: [try conv([[1, 1, 0], [1, 0, 0], [0, 0, 0]], bias: 2)],
        input: grid(Array(lecture.prefix(4)))),
      Example(
        name: "E2a",
        layers: [
          try conv([[1, 0, 1], [1, 1, 1], [0, 1, 0]], bias: 2, padding: .explicit(.single(1)))
        ],
        input: grid(exercise2)),
      Example(
        name: "E2b",
        layers: [
          try conv(
            [[1, 0, 1], [1, 1, 1], [0, 1, 0]], bias: 2, stride: .single(2),
            padding: .explicit(.single(1)))
        ], input: grid(exercise2)),
      Example(
        name: "E3",
        layers: [
          try conv([[1, 1], [1, 0], [0, 0]], bias: 1), try MaxPool2d(kernelSize: .pair(1, 2)),
        ], input: grid(exercise3)),
      Example(name: "E4", layers: [try MaxPool2d(kernelSize: .single(2))], input: grid(image)),
      Example(name: "E5", layers: [e5, try MaxPool2d(kernelSize: .single(2))], input: grid(image)),
    ]
  }

  /// The example named `name`.
  static func example(_ name: String) throws -> Example {
    try #require(try all().first { $0.name == name })
  }

  /// A convolution with 3 input channels of 4×4, a 3×3 kernel per channel and bias 1.
  static func threeChannels() throws -> CallChain {
    var layer = try Conv2d(inChannels: 3, outChannels: 1, kernelSize: .single(3))
    layer.weight = Tensor(
      shape: [1, 3, 3, 3],
      scalars: [
        1, 0, 1, 0, 1, 0, 1, 0, 1,
        0, 1, 0, 1, -1, 1, 0, 1, 0,
        2, 0, 0, 0, 0, 0, 0, 0, 1,
      ])
    layer.bias = Tensor(shape: [1], scalars: [1])
    let input = Tensor(
      shape: [3, 4, 4],
      scalars: [
        1, 2, 0, 1, 3, 1, 2, 2, 0, 4, 1, 3, 2, 2, 0, 1,
        0, 1, 3, 2, 1, 0, 2, 4, 3, 3, 1, 0, 2, 1, 4, 1,
        5, 0, 1, 2, 1, 1, 0, 3, 2, 0, 2, 1, 1, 3, 0, 2,
      ])
    return try CallChain(layers: [layer], input: input)
  }

  /// A 3×3 convolution (bias 1) over a 64×64 input with a simple pattern of digits.
  static func large() throws -> CallChain {
    let values: [Double] = (0..<4096).map { (index: Int) -> Double in
      let (row, column) = (index / 64, index % 64)
      return Double((row * 7 + column * 3) % 10)
    }
    let input = Tensor(shape: [1, 64, 64], scalars: values)
    return try CallChain(layers: [try conv(onesKernel, bias: 1)], input: input)
  }
}
