import Testing

@testable import ConvCore

/// Every worked example and exercise of the slides (`Fixtures/seed-examples.md`), computed by
/// the layers and compared with the answers PyTorch gives.
@Suite struct SeedExamplesTests {
  /// The Swift translation of each example's PyTorch call, with the repr PyTorch prints for it.
  static let layers: [String: (make: @Sendable () throws -> any Layer, repr: String)] = [
    "L1": (
      { try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(3), bias: false) },
      "Conv2d(1, 1, kernel_size=(3, 3), stride=(1, 1), bias=False)"
    ),
    "L2": (
      { try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(3)) },
      "Conv2d(1, 1, kernel_size=(3, 3), stride=(1, 1))"
    ),
    "L3": (
      { try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .pair(2, 3)) },
      "Conv2d(1, 1, kernel_size=(2, 3), stride=(1, 1))"
    ),
    "L4": (
      { try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(3), padding: .same) },
      "Conv2d(1, 1, kernel_size=(3, 3), stride=(1, 1), padding=same)"
    ),
    "L5": (
      {
        try Conv2d(
          inChannels: 1, outChannels: 1, kernelSize: .single(3), padding: .explicit(.pair(2, 1)))
      }, "Conv2d(1, 1, kernel_size=(3, 3), stride=(1, 1), padding=(2, 1))"
    ),
    "L6a": (
      { try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(3)) },
      "Conv2d(1, 1, kernel_size=(3, 3), stride=(1, 1))"
    ),
    "L6b": (
      { try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(3), stride: .single(2)) },
      "Conv2d(1, 1, kernel_size=(3, 3), stride=(2, 2))"
    ),
    "L7": (
      {
        try Conv2d(
          inChannels: 1, outChannels: 1, kernelSize: .single(3), stride: .pair(2, 2),
          padding: .explicit(.single(1)))
      }, "Conv2d(1, 1, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1))"
    ),
    "P1": (
      { try MaxPool2d(kernelSize: .single(2)) },
      "MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)"
    ),
    "P2": (
      { try MaxPool2d(kernelSize: .single(2), stride: .pair(1, 2)) },
      "MaxPool2d(kernel_size=2, stride=(1, 2), padding=0, dilation=1, ceil_mode=False)"
    ),
    "P3": (
      { try MaxPool1d(kernelSize: 3, stride: 3) },
      "MaxPool1d(kernel_size=3, stride=3, padding=0, dilation=1, ceil_mode=False)"
    ),
    "P4": (
      { try AvgPool2d(kernelSize: .pair(3, 2), stride: .pair(2, 2)) },
      "AvgPool2d(kernel_size=(3, 2), stride=(2, 2), padding=0)"
    ),
    "P5": (
      { try AvgPool1d(kernelSize: 3, stride: 3) },
      "AvgPool1d(kernel_size=(3,), stride=(3,), padding=(0,))"
    ),
    "E1a": (
      { try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(3), bias: false) },
      "Conv2d(1, 1, kernel_size=(3, 3), stride=(1, 1), bias=False)"
    ),
    "E1b": (
      { try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(3)) },
      "Conv2d(1, 1, kernel_size=(3, 3), stride=(1, 1))"
    ),
    "E2a": (
      {
        try Conv2d(
          inChannels: 1, outChannels: 1, kernelSize: .single(3), padding: .explicit(.single(1)))
      }, "Conv2d(1, 1, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))"
    ),
    "E2b": (
      {
        try Conv2d(
          inChannels: 1, outChannels: 1, kernelSize: .single(3), stride: .single(2),
          padding: .explicit(.single(1)))
      }, "Conv2d(1, 1, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1))"
    ),
    "E3a": (
      { try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .pair(3, 2)) },
      "Conv2d(1, 1, kernel_size=(3, 2), stride=(1, 1))"
    ),
    "E3b": (
      { try MaxPool2d(kernelSize: .pair(1, 2)) },
      "MaxPool2d(kernel_size=(1, 2), stride=(1, 2), padding=0, dilation=1, ceil_mode=False)"
    ),
    "E4": (
      { try MaxPool2d(kernelSize: .single(2)) },
      "MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)"
    ),
    "E5a": (
      { try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(3), bias: false) },
      "Conv2d(1, 1, kernel_size=(3, 3), stride=(1, 1), bias=False)"
    ),
    "E5b": (
      { try MaxPool2d(kernelSize: .single(2)) },
      "MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)"
    ),
  ]

  /// The layer of an example, with the example's weight and bias filled in.
  static func layer(for example: SeedExample) throws -> any Layer {
    let entry = try #require(layers[example.id], "no Swift translation for \(example.id)")
    let layer = try entry.make()
    guard var conv = layer as? Conv2d else { return layer }
    let rows = try #require(example.weight, "\(example.id) has no weight")
    conv.weight = Tensor(
      shape: [1, 1, rows.count, rows[0].count], scalars: rows.flatMap { $0 }, dtype: .float32)
    if conv.bias != nil {
      conv.bias = Tensor(shape: [1], scalars: [try #require(example.bias)], dtype: .float32)
    } else {
      #expect(example.bias == nil, "\(example.id) has a bias but its layer has bias=False")
    }
    return conv
  }

  static let ids = [
    "L1", "L2", "L3", "L4", "L5", "L6a", "L6b", "L7", "P1", "P2", "P3", "P4", "P5", "E1a", "E1b",
    "E2a", "E2b", "E3a", "E3b", "E4", "E5a", "E5b",
  ]

  @Test func fixtureHasEveryExample() throws {
    let examples = try SeedExample.all()
    #expect(Set(examples.keys) == Set(SeedExamplesTests.ids))
    for example in examples.values {
      #expect(!example.input.isEmpty, "\(example.id) has no input")
      #expect(!example.answer.isEmpty, "\(example.id) has no answer")
    }
  }

  @Test(arguments: ids)
  func examplePrintsPyTorchsAnswer(id: String) throws {
    let example = try #require(try SeedExample.all()[id])
    let layer = try SeedExamplesTests.layer(for: example)
    #expect(layer.description == SeedExamplesTests.layers[id]!.repr)
    let output = try layer.forward(example.inputTensor)
    #expect(output.shape == example.answerShape)
    #expect(output.dtype == .float32)
    // The answers are printed with 4 decimals.
    #expect(
      LayerSupport.close(output, example.answerValues, tolerance: 0.00005),
      "\(id): got \(output.scalars), expected \(example.answerValues)")
    if let slide = example.slide {
      #expect(!LayerSupport.close(output, slide.flatMap { $0 }, tolerance: 0.00005))
    }
    let steps = try layer.steps(for: example.inputTensor)
    #expect(steps.output == output)
    LayerSupport.expectStepsMatchOutput(steps)
  }

  @Test(arguments: [("E3a", "E3b"), ("E5a", "E5b")])
  func chainedExercisesFeedTheConvolutionIntoThePool(first: String, second: String) throws {
    let examples = try SeedExample.all()
    let conv = try SeedExamplesTests.layer(for: try #require(examples[first]))
    let pool = try SeedExamplesTests.layer(for: try #require(examples[second]))
    let input = try #require(examples[first]).inputTensor
    let chain = try CallChain(layers: [conv, pool], input: input)
    #expect(chain.count == 2)
    let expected = try #require(examples[second])
    #expect(chain.output?.shape == expected.answerShape)
    #expect(chain.output?.scalars == expected.answerValues)
    // The pool's input is the conv's output, which is the second example's printed input.
    #expect(chain[1].input.scalars == expected.input.flatMap { $0 })
    #expect(chain.stepCount == chain[0].count + chain[1].count)
    let sequential = Sequential([conv, pool])
    #expect(try sequential.forward(input) == chain.output)
  }
}
