import Testing

@testable import ConvCore

/// The steps of a call: one per output element, computed on demand, each with its window, its
/// arithmetic and a result equal to the output element.
@Suite struct StepsTests {
  static func example(_ id: String) throws -> (SeedExample, any Layer) {
    let example = try #require(try SeedExample.all()[id])
    return (example, try SeedExamplesTests.layer(for: example))
  }

  @Test func firstStepOfL1SumsNineProducts() throws {
    let (example, layer) = try Self.example("L1")
    let steps = try layer.steps(for: example.inputTensor)
    #expect(steps.count == 16)
    let first = steps[0]
    #expect(first.window.count == 9)
    #expect(first.window.allSatisfy { $0.kind == .input })
    #expect(first.window.map(\.value) == [2, 2, 1, 0, 4, 0, 0, 4, 1])
    #expect(first.window.map(\.weight) == [1, 1, 0, 1, 1, 0, 1, 0, 1])
    #expect(first.window.map(\.kernelRow) == [0, 0, 0, 1, 1, 1, 2, 2, 2])
    #expect(first.window.map(\.kernelColumn) == [0, 1, 2, 0, 1, 2, 0, 1, 2])
    guard case .weightedSum(let sum) = first.operation else {
      Issue.record("not a weighted sum")
      return
    }
    #expect(sum.terms.count == 9)
    #expect(sum.terms.map(\.product).reduce(0, +) == 9)
    #expect(sum.terms.map(\.product) == [2, 2, 0, 0, 4, 0, 0, 0, 1])
    #expect(sum.sum == 9 && sum.bias == nil && sum.total == 9)
    #expect(first.result == 9)
    #expect(first.location == Step.Location(batch: 0, channel: 0, row: 0, column: 0))
    // The window slides one column per step.
    #expect(steps[1].window.map(\.paddedColumn) == [1, 2, 3, 1, 2, 3, 1, 2, 3])
    #expect(steps[4].window.first?.sourceRow == 1)
  }

  @Test func biasIsAddedAfterTheSum() throws {
    let (example, layer) = try Self.example("L2")
    let step = try layer.steps(for: example.inputTensor)[0]
    guard case .weightedSum(let sum) = step.operation else {
      Issue.record("not a weighted sum")
      return
    }
    #expect(sum.sum == 9 && sum.bias == 1 && sum.total == 10 && step.result == 10)
  }

  /// Each input channel's share of a convolution's sum, numbered as the input's channels are:
  /// `nn.Conv2d(2, 2, kernel_size=2)` (the fixture of the two-channel lesson), and the same
  /// windows in two groups, whose second output channel reads input channels 2 and 3.
  @Test func channelSumsSplitTheSumByInputChannel() throws {
    var layer = try Conv2d(inChannels: 2, outChannels: 2, kernelSize: .single(2))
    layer.weight = Tensor(
      shape: [2, 2, 2, 2], scalars: [1, 0, 2, 1, 0, 1, 1, 2, 1, 1, 0, 1, 2, 0, 0, 1])
    layer.bias = Tensor(shape: [2], scalars: [3, -1])
    let input = Tensor(
      shape: [2, 3, 3], scalars: [1, 2, 0, 3, 1, 2, 0, 4, 1, 2, 0, 1, 1, 3, 0, 4, 1, 2])
    let steps = try layer.steps(for: input)
    #expect(steps[0].channelSums.map(\.channel) == [0, 1])
    #expect(steps[0].channelSums.map(\.sum) == [8, 7])
    #expect(steps[0].result == 18)
    #expect(steps[4].channelSums.map(\.sum) == [4, 7])
    var grouped = try Conv2d(inChannels: 4, outChannels: 2, kernelSize: .single(2), groups: 2)
    grouped.weight = Tensor(shape: [2, 2, 2, 2], scalars: layer.weight.scalars)
    let twice = Tensor(shape: [4, 3, 3], scalars: input.scalars + input.scalars)
    let groupedSteps = try grouped.steps(for: twice)
    #expect(groupedSteps[4].channelSums.map(\.channel) == [2, 3])
    #expect(groupedSteps[4].channelSums.map(\.sum) == [4, 7])
    let pool = try MaxPool2d(kernelSize: .single(2)).steps(for: input)
    #expect(pool[0].channelSums.isEmpty)
  }

  @Test func zeroPaddingCellsAreMarkedAndHoldZero() throws {
    let (example, layer) = try Self.example("E2a")
    let steps = try layer.steps(for: example.inputTensor)
    #expect(steps.paddedInput.shape == [1, 7, 5])
    let first = steps[0]
    let padding = first.window.filter(\.isPadding)
    #expect(padding.count == 5)
    #expect(padding.allSatisfy { $0.value == 0 && $0.sourceRow == nil && $0.copiedFromRow == nil })
    #expect(first.window[4].sourceRow == 0 && first.window[4].sourceColumn == 0)
    #expect(first.window[4].paddedRow == 1 && first.window[4].paddedColumn == 1)
    #expect(first.result == 11)
    LayerSupport.expectStepsMatchOutput(steps)
  }

  @Test func copyPaddingCellsCarryTheCopiedValue() throws {
    var conv = try Conv2d(
      inChannels: 1, outChannels: 1, kernelSize: .single(3), padding: .explicit(.single(1)),
      bias: false, paddingMode: .reflect)
    conv.weight = Tensor(repeating: 1, shape: [1, 1, 3, 3])
    let input = LayerSupport.grid([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
    let steps = try conv.steps(for: input)
    let corner = steps[0].window[0]
    #expect(corner.kind == .padding)
    #expect(corner.sourceRow == nil)
    #expect(corner.copiedFromRow == 1 && corner.copiedFromColumn == 1)
    #expect(corner.value == 5)
    let replicate = try Conv2d(
      inChannels: 1, outChannels: 1, kernelSize: .single(3), padding: .explicit(.single(1)),
      paddingMode: .replicate)
    let edge = try replicate.steps(for: input)[8].window[8]
    #expect(edge.copiedFromRow == 2 && edge.copiedFromColumn == 2 && edge.value == 10)
    let circular = try Conv2d(
      inChannels: 1, outChannels: 1, kernelSize: .single(3), padding: .explicit(.single(1)),
      paddingMode: .circular)
    let wrapped = try circular.steps(for: input)[0].window[0]
    #expect(wrapped.copiedFromRow == 2 && wrapped.copiedFromColumn == 2 && wrapped.value == 10)
    #expect(try circular.steps(for: input).geometry.window?.fill == .circular)
  }

  @Test func maxWinnerIsTheFirstMaximum() throws {
    let (example, layer) = try Self.example("P1")
    let steps = try layer.steps(for: example.inputTensor)
    let first = steps[0]
    #expect(first.window.map(\.value) == [3, 2, 0, 3])
    guard case .maximum(let maximum) = first.operation else {
      Issue.record("not a maximum")
      return
    }
    #expect(maximum.winner == 0)
    #expect(first.result == 3)
    #expect(first.window.allSatisfy { $0.weight == nil })
  }

  @Test func averageShowsItsSumAndDivisor() throws {
    let (example, layer) = try Self.example("P4")
    let steps = try layer.steps(for: example.inputTensor)
    guard case .average(let average) = steps[1].operation else {
      Issue.record("not an average")
      return
    }
    #expect(average.sum == 10 && average.divisor == 6 && average.summedCount == 6)
    #expect(average.countedPaddingCount == 0 && average.divisorOverride == nil)
    #expect(steps[1].result == Double(Float(10.0 / 6.0)))
  }

  @Test func oneDimensionalStepsSlideAlongEachRow() throws {
    let (example, layer) = try Self.example("P3")
    let steps = try layer.steps(for: example.inputTensor)
    #expect(steps.count == 12)
    let step = steps[5]
    #expect(step.outputPosition == [0, 2, 1])
    #expect(step.window.map(\.channel) == [2, 2, 2])
    #expect(step.window.map(\.sourceColumn) == [3, 4, 5])
    #expect(step.result == 1)
  }

  @Test func flattenStepsShowTheMergedIndex() throws {
    let input = Tensor(shape: [2, 3, 2], scalars: (0..<12).map { Double($0 * 10) })
    let all = try Flatten(startDimension: 0).steps(for: input)
    guard case .flatten(let move) = all[11].operation else {
      Issue.record("not a flatten")
      return
    }
    #expect(move.sourcePosition == [1, 2, 1])
    #expect(move.coordinates == [1, 2, 1] && move.sizes == [2, 3, 2])
    #expect(move.index == 11)
    #expect(move.formulaText == "1·3·2 + 2·2 + 1 = 11")
    #expect(all[11].outputPosition == [11])
    #expect(all[11].result == 110)
    let tail = try Flatten().steps(for: input)
    guard case .flatten(let partial) = tail[7].operation else {
      Issue.record("not a flatten")
      return
    }
    #expect(partial.sourcePosition == [1, 0, 1])
    #expect(partial.startDimension == 1 && partial.endDimension == 2)
    #expect(partial.formulaText == "0·2 + 1 = 1")
    #expect(tail[7].outputPosition == [1, 1])
    #expect(tail.geometry.window == nil)
    LayerSupport.expectStepsMatchOutput(tail)
    let scalar = try Flatten(startDimension: 0).steps(for: Tensor(scalar: 4))
    #expect(scalar.output.shape == [1])
    #expect(scalar[0].result == 4)
  }

  @Test func reluStepsRectifyEachElement() throws {
    let input = Tensor(shape: [2, 2], scalars: [-3, 0, 5, -1], dtype: .int64)
    let steps = try ReLU().steps(for: input)
    #expect(steps.output.dtype == .int64)
    #expect(steps.map(\.result) == [0, 0, 5, 0])
    guard case .rectify(let rectification) = steps[3].operation else {
      Issue.record("not a rectification")
      return
    }
    #expect(rectification.input == -1 && rectification.sourcePosition == [1, 1])
    let special = Tensor(shape: [2], scalars: [.nan, -0.0])
    let output = try ReLU().forward(special)
    #expect(output.scalars[0].isNaN)
    LayerSupport.expectStepsMatchOutput(try ReLU().steps(for: special))
  }

  @Test func stepsAreTheSameForwardAndBackward() throws {
    let (example, layer) = try Self.example("E5a")
    let steps = try layer.steps(for: example.inputTensor)
    let forward = steps.map { $0 }
    let backward = steps.indices.reversed().map { steps[$0] }
    #expect(forward == backward.reversed())
    #expect(steps.step(at: -1) == nil && steps.step(at: steps.count) == nil)
    #expect(steps.index(ofOutputPosition: [0, 2, 3]) == 13)
    #expect(steps.index(ofOutputPosition: [0, 5, 0]) == nil)
    #expect(steps.index(ofOutputPosition: [2, 3]) == nil)
  }

  @Test func everyStepMatchesItsOutputForManyLayers() throws {
    let input = Tensor(shape: [2, 2, 5, 6], scalars: (0..<120).map { Double(($0 * 7) % 13) - 6 })
    var conv = try Conv2d(
      inChannels: 2, outChannels: 4, kernelSize: .pair(2, 3), stride: .pair(1, 2),
      padding: .explicit(.pair(1, 2)), dilation: .pair(2, 1),
      groups: 2, paddingMode: .circular)
    // Weights that are not binary fractions, so that products and sums round.
    conv.weight = Tensor(
      shape: [4, 1, 2, 3], scalars: (0..<24).map { Double($0 % 5) * 0.1 - 0.37 })
    conv.bias = Tensor(shape: [4], scalars: [0.1, -0.2, 0.3, 0.7])
    let layers: [any Layer] = [
      conv,
      try MaxPool2d(
        kernelSize: .pair(3, 2), stride: .single(2), padding: .single(1), ceilMode: true),
      try AvgPool2d(
        kernelSize: .single(3), stride: .single(2), padding: .single(1), ceilMode: true,
        countIncludePad: false),
      try AvgPool2d(kernelSize: .single(2), divisorOverride: -3),
      try MaxPool1d(kernelSize: 3, stride: 2, padding: 1, dilation: 2, ceilMode: true),
      try AvgPool1d(kernelSize: 3, stride: 2, padding: 1, ceilMode: true),
      Flatten(startDimension: 1, endDimension: 2),
      ReLU(),
    ]
    for layer in layers {
      let value =
        layer is MaxPool1d || layer is AvgPool1d
        ? try input.reshaped(to: [2, 10, 6]) : input
      let steps = try layer.steps(for: value)
      #expect(steps.output == (try layer.forward(value)), "\(layer)")
      LayerSupport.expectStepsMatchOutput(steps)
    }
  }

  @Test func chainIndexesEveryStepOfEveryStage() throws {
    let (first, conv) = try Self.example("E3a")
    let (_, pool) = try Self.example("E3b")
    let chain = try Sequential([conv, Sequential([pool])]).chain(for: first.inputTensor)
    #expect(chain.map(\.geometry.layerName) == ["Conv2d", "MaxPool2d"])
    #expect(chain.stepCount == 9)
    #expect(chain.location(ofCombinedIndex: 5)! == (0, 5))
    #expect(chain.location(ofCombinedIndex: 6)! == (1, 0))
    #expect(chain.location(ofCombinedIndex: 9) == nil)
    #expect(chain.combinedIndex(stage: 1, step: 2) == 8)
    let (stage, step) = try #require(chain.step(atCombinedIndex: 8))
    #expect(stage == 1 && step.result == 6)
    #expect(chain.input == first.inputTensor)
  }

  @Test func sequentialPrintsLikePyTorch() throws {
    let inner = Sequential([ReLU()])
    let model = Sequential([
      try Conv2d(inChannels: 1, outChannels: 2, kernelSize: .single(3)), inner, Flatten(),
    ])
    #expect(
      model.description == """
        Sequential(
          (0): Conv2d(1, 2, kernel_size=(3, 3), stride=(1, 1))
          (1): Sequential(
            (0): ReLU()
          )
          (2): Flatten(start_dim=1, end_dim=-1)
        )
        """)
    #expect(Sequential([]).description == "Sequential()")
  }

  @Test func anEmptyBatchGivesNoSteps() throws {
    let conv = try Conv2d(inChannels: 2, outChannels: 3, kernelSize: .single(2))
    let steps = try conv.steps(for: Tensor(shape: [0, 2, 4, 4], scalars: []))
    #expect(steps.output.shape == [0, 3, 3, 3])
    #expect(steps.isEmpty)
    let pooled = try MaxPool2d(kernelSize: .single(2)).forward(
      Tensor(shape: [0, 2, 4, 4], scalars: []))
    #expect(pooled.shape == [0, 2, 2, 2])
    let chain = try CallChain(
      layers: [conv, ReLU()], input: Tensor(shape: [0, 2, 4, 4], scalars: []))
    #expect(chain.stepCount == 0 && chain.location(ofCombinedIndex: 0) == nil)
  }
}
