import Testing

@testable import ConvCore

/// The output-size formula, its text, and the output shapes of many layer calls.
@Suite struct OutputSizeTests {
  struct FormulaCase: Sendable, CustomTestStringConvertible {
    var input: Int
    var before: Int
    var after: Int
    var kernel: Int
    var stride: Int
    var dilation = 1
    var ceil = false
    var size: Int
    var text: String
    var testDescription: String { text }
  }

  static let formulas: [FormulaCase] = [
    FormulaCase(
      input: 6, before: 0, after: 0, kernel: 3, stride: 1, size: 4, text: "⌊(6 - 3) / 1⌋ + 1 = 4"),
    FormulaCase(
      input: 6, before: 1, after: 1, kernel: 3, stride: 2, size: 3,
      text: "⌊(6 + 2·1 - 3) / 2⌋ + 1 = 3"),
    FormulaCase(
      input: 6, before: 1, after: 1, kernel: 3, stride: 2, dilation: 2, size: 2,
      text: "⌊(6 + 2·1 - 2·(3 - 1) - 1) / 2⌋ + 1 = 2"),
    FormulaCase(
      input: 4, before: 1, after: 2, kernel: 4, stride: 1, size: 4,
      text: "⌊(4 + 1 + 2 - 4) / 1⌋ + 1 = 4"),
    FormulaCase(
      input: 7, before: 0, after: 0, kernel: 2, stride: 2, size: 3, text: "⌊(7 - 2) / 2⌋ + 1 = 3"),
    FormulaCase(
      input: 7, before: 0, after: 0, kernel: 2, stride: 2, ceil: true, size: 4,
      text: "⌈(7 - 2) / 2⌉ + 1 = 4"),
    FormulaCase(
      input: 5, before: 0, after: 0, kernel: 2, stride: 2, ceil: true, size: 3,
      text: "⌈(5 - 2) / 2⌉ + 1 = 3"),
    FormulaCase(
      input: 5, before: 1, after: 1, kernel: 2, stride: 2, ceil: true, size: 3,
      text: "⌈(5 + 2·1 - 2) / 2⌉ + 1 - 1 = 3"),
    FormulaCase(
      input: 2, before: 0, after: 0, kernel: 3, stride: 2, ceil: true, size: 1,
      text: "⌈(2 - 3) / 2⌉ + 1 = 1"),
    FormulaCase(
      input: 1, before: 0, after: 0, kernel: 2, stride: 2, size: 0, text: "⌊(1 - 2) / 2⌋ + 1 = 0"),
    FormulaCase(
      input: 3, before: 0, after: 0, kernel: 2, stride: 1, dilation: 3, size: 0,
      text: "⌊(3 - 3·(2 - 1) - 1) / 1⌋ + 1 = 0"),
    FormulaCase(
      input: 1, before: 0, after: 0, kernel: 3, stride: 1, size: -1, text: "⌊(1 - 3) / 1⌋ + 1 = -1"),
  ]

  @Test(arguments: formulas)
  func formulaGivesPyTorchsSizeAndWritesItOut(case item: FormulaCase) {
    let formula = OutputSizeFormula(
      inputSize: item.input, paddingBefore: item.before, paddingAfter: item.after,
      kernelSize: item.kernel, stride: item.stride, dilation: item.dilation, ceilMode: item.ceil)
    #expect(formula.size == item.size)
    #expect(formula.text == item.text)
    #expect(formula.description == item.text)
    #expect(formula.paddedSize == item.input + item.before + item.after)
    #expect(formula.droppedLastWindow == (formula.note != nil))
  }

  @Test func symbolicTextMatchesTheForm() {
    let plain = OutputSizeFormula(inputSize: 6, padding: 1, kernelSize: 3, stride: 2)
    #expect(plain.symbolicText == "⌊(n + 2·p - k) / s⌋ + 1")
    let dilated = OutputSizeFormula(
      inputSize: 6, paddingBefore: 0, paddingAfter: 1, kernelSize: 2, stride: 1, dilation: 2,
      ceilMode: true)
    #expect(dilated.symbolicText == "⌈(n + p₁ + p₂ - d·(k - 1) - 1) / s⌉ + 1")
    #expect(dilated.effectiveKernelSize == 3)
  }

  static let shapes: [(String, @Sendable () throws -> any Layer, [Int], [Int])] = [
    (
      "conv 3", { try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(3)) }, [1, 6, 6],
      [1, 4, 4]
    ),
    (
      "conv 2×3", { try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .pair(2, 3)) },
      [1, 6, 6], [1, 5, 4]
    ),
    (
      "conv same odd",
      { try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(3), padding: .same) },
      [1, 4, 4], [1, 4, 4]
    ),
    (
      "conv same even",
      { try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(4), padding: .same) },
      [1, 5, 5], [1, 5, 5]
    ),
    (
      "conv same dilated",
      {
        try Conv2d(
          inChannels: 1, outChannels: 1, kernelSize: .pair(2, 4), padding: .same,
          dilation: .single(2))
      }, [1, 5, 7], [1, 5, 7]
    ),
    (
      "conv valid",
      { try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(3), padding: .valid) },
      [1, 5, 5], [1, 3, 3]
    ),
    (
      "conv batched stride padding",
      {
        try Conv2d(
          inChannels: 3, outChannels: 8, kernelSize: .single(3), stride: .single(2),
          padding: .explicit(.single(1)))
      }, [2, 3, 7, 7], [2, 8, 4, 4]
    ),
    (
      "conv dilation",
      { try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(3), dilation: .single(2)) },
      [1, 7, 7], [1, 3, 3]
    ),
    (
      "conv reflect",
      {
        try Conv2d(
          inChannels: 1, outChannels: 1, kernelSize: .single(3), padding: .explicit(.single(2)),
          paddingMode: .reflect)
      }, [1, 3, 3], [1, 5, 5]
    ),
    (
      "conv circular",
      {
        try Conv2d(
          inChannels: 1, outChannels: 1, kernelSize: .single(2), padding: .explicit(.single(3)),
          paddingMode: .circular)
      }, [1, 3, 3], [1, 8, 8]
    ),
    (
      "conv replicate",
      {
        try Conv2d(
          inChannels: 1, outChannels: 1, kernelSize: .single(3), padding: .explicit(.pair(1, 2)),
          paddingMode: .replicate)
      }, [1, 2, 2], [1, 2, 4]
    ),
    ("max 2", { try MaxPool2d(kernelSize: .single(2)) }, [1, 7, 7], [1, 3, 3]),
    (
      "max 2 ceil", { try MaxPool2d(kernelSize: .single(2), ceilMode: true) }, [1, 7, 7], [1, 4, 4]
    ),
    (
      "max 3 s2 p1 ceil",
      {
        try MaxPool2d(
          kernelSize: .single(3), stride: .single(2), padding: .single(1), ceilMode: true)
      }, [1, 6, 6], [1, 4, 4]
    ),
    (
      "max ceil drop",
      {
        try MaxPool2d(
          kernelSize: .single(2), stride: .single(2), padding: .single(1), ceilMode: true)
      }, [1, 5, 5], [1, 3, 3]
    ),
    (
      "max dilated", { try MaxPool2d(kernelSize: .single(3), dilation: .single(2)) }, [1, 7, 7],
      [1, 1, 1]
    ),
    (
      "max stride (1, 2)", { try MaxPool2d(kernelSize: .single(2), stride: .pair(1, 2)) },
      [1, 6, 6], [1, 5, 3]
    ),
    (
      "avg (3, 2)", { try AvgPool2d(kernelSize: .pair(3, 2), stride: .pair(2, 2)) }, [1, 6, 6],
      [1, 2, 3]
    ),
    (
      "avg 3 ceil", { try AvgPool2d(kernelSize: .single(3), ceilMode: true) }, [1, 7, 8], [1, 3, 3]
    ),
    ("avg batched", { try AvgPool2d(kernelSize: .single(2)) }, [2, 3, 4, 5], [2, 3, 2, 2]),
    ("max1d rows", { try MaxPool1d(kernelSize: 3, stride: 3) }, [1, 6, 6], [1, 6, 2]),
    ("max1d ceil", { try MaxPool1d(kernelSize: 3, stride: 2, ceilMode: true) }, [6, 5], [6, 2]),
    (
      "max1d dilated padded", { try MaxPool1d(kernelSize: 2, stride: 1, padding: 1, dilation: 2) },
      [1, 4], [1, 4]
    ),
    ("avg1d", { try AvgPool1d(kernelSize: 3, stride: 3) }, [2, 6], [2, 2]),
    (
      "avg1d padded ceil", { try AvgPool1d(kernelSize: 4, stride: 3, padding: 2, ceilMode: true) },
      [1, 1, 7], [1, 1, 3]
    ),
    ("flatten", { Flatten() }, [1, 3, 2], [1, 6]),
    ("flatten all", { Flatten(startDimension: 0) }, [2, 3, 4], [24]),
    ("flatten 0…1", { Flatten(startDimension: 0, endDimension: 1) }, [2, 3, 2], [6, 2]),
    ("flatten −2…−1", { Flatten(startDimension: -2, endDimension: -1) }, [2, 3, 4], [2, 12]),
    ("flatten one dimension", { Flatten(startDimension: 1, endDimension: 1) }, [2, 2], [2, 2]),
    ("flatten 0-d", { Flatten(startDimension: 0) }, [], [1]),
    ("relu", { ReLU() }, [2, 3], [2, 3]),
  ]

  @Test(arguments: shapes.indices)
  func layerGivesPyTorchsOutputShape(index: Int) throws {
    let (name, make, inputShape, outputShape) = Self.shapes[index]
    let layer = try make()
    let count = inputShape.reduce(1, *)
    let input = Tensor(shape: inputShape, scalars: (0..<count).map { Double($0 % 7) })
    let output = try layer.forward(input)
    #expect(output.shape == outputShape, "\(name)")
    let steps = try layer.steps(for: input)
    #expect(steps.geometry.outputShape == outputShape, "\(name)")
    #expect(steps.count == outputShape.reduce(1, *), "\(name)")
    if let window = steps.geometry.window {
      #expect(window.outputSize.columns == outputShape.last, "\(name)")
      #expect(window.formulas.allSatisfy { $0.size >= 1 })
    }
  }

  @Test func geometryOfTheStridedPaddedExample() throws {
    var conv = try Conv2d(
      inChannels: 1, outChannels: 1, kernelSize: .single(3), stride: .pair(2, 2),
      padding: .explicit(.single(1)))
    conv.weight = Tensor(shape: [1, 1, 3, 3], scalars: [1, 1, 1, 1, 1, 1, 0, 1, 0])
    let steps = try conv.steps(
      for: LayerSupport.grid([[0, 3, 1, 1], [3, 1, 2, 0], [3, 4, 2, 3], [3, 0, 0, 2]]))
    let window = try #require(steps.geometry.window)
    #expect(window.inputSize == Pair(4, 4))
    #expect(window.paddedSize == Pair(6, 6))
    #expect(window.outputSize == Pair(2, 2))
    #expect(window.padding == EdgePadding(symmetric: Pair(1)))
    #expect(window.fill == .zeros)
    #expect(window.rowFormula.text == "⌊(4 + 2·1 - 3) / 2⌋ + 1 = 2")
    #expect(steps.geometry.paddedShape == [1, 6, 6])
    #expect(steps.geometry.layerName == "Conv2d")
    #expect(steps.geometry.layerDescription == conv.description)
    #expect(!steps.geometry.isBatched)
  }
}
