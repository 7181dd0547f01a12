import Foundation
import Testing

@testable import ConvCore

/// Cases printed by real PyTorch (`Fixtures/pytorch-sample.json`), with their Python translated
/// by hand into layer calls: padding modes, ceil_mode with count_include_pad=False, dilation,
/// 'same' padding, chains, Flatten, and a refused chain.
@Suite struct SampleCaseTests {
  struct Sample: Decodable {
    struct Case: Decodable {
      var script: String
      var shape: [Int]
      var values: [Double]
    }
    struct Refused: Decodable {
      var script: String
      var pytorchError: String
    }
    var cases: [Case]
    var refused: [Refused]
  }

  static func sample() throws -> Sample {
    let data = try Data(contentsOf: LayerSupport.fixture("pytorch-sample.json"))
    return try snakeCaseDecoder.decode(Sample.self, from: data)
  }

  /// The `torch.tensor` literal assigned by `prefix` in `script`.
  static func tensor(_ prefix: String, in script: String) -> Tensor {
    LayerSupport.tensor(python: LayerSupport.literal(after: prefix, in: script))
  }

  /// A Conv2d with the script's weight and bias assigned, as the script does.
  static func conv(_ layer: Conv2d, script: String) -> Conv2d {
    var layer = layer
    layer.weight = tensor("conv.weight.data = torch.tensor(", in: script)
    for prefix in ["conv.bias.data = torch.tensor(", "conv.bias = nn.Parameter(torch.tensor("]
    where script.contains(prefix) {
      layer.bias = tensor(prefix, in: script)
    }
    return layer
  }

  /// Each translated case: a phrase that picks the script, and its layers.
  static let translations: [(phrase: String, layers: @Sendable (String) throws -> [any Layer])] = [
    (
      "padding_mode='replicate'",
      { script in
        [
          conv(
            try Conv2d(
              inChannels: 3, outChannels: 1, kernelSize: .single(3),
              padding: .explicit(.pair(0, 1)), paddingMode: .replicate), script: script)
        ]
      }
    ),
    (
      "padding_mode='circular'",
      { script in
        [
          conv(
            try Conv2d(
              inChannels: 1, outChannels: 1, kernelSize: .pair(2, 4),
              padding: .explicit(.pair(1, 2)), bias: false, paddingMode: .circular), script: script),
          try AvgPool2d(kernelSize: .single(2)),
        ]
      }
    ),
    (
      "AvgPool2d(kernel_size=2, padding=0, ceil_mode=True, count_include_pad=False)",
      { _ in
        [
          try AvgPool2d(
            kernelSize: .single(2), padding: .single(0), ceilMode: true, countIncludePad: false)
        ]
      }
    ),
    (
      "stride=(3, 1), dilation=2",
      { script in
        [
          conv(
            try Conv2d(
              inChannels: 2, outChannels: 1, kernelSize: .pair(4, 2), stride: .pair(3, 1),
              padding: .explicit(.single(1)), dilation: .single(2)), script: script)
        ]
      }
    ),
    (
      "kernel_size=(3, 1), padding='same'",
      { script in
        [
          conv(
            try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .pair(3, 1), padding: .same),
            script: script)
        ]
      }
    ),
    (
      "kernel_size=(1, 4), padding='same'",
      { script in
        [
          conv(
            try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .pair(1, 4), padding: .same),
            script: script), try MaxPool2d(kernelSize: .single(2)),
        ]
      }
    ),
    (
      "MaxPool1d(kernel_size=3, stride=2, padding=0, ceil_mode=True)",
      { _ in
        [try MaxPool1d(kernelSize: 3, stride: 2, padding: 0, ceilMode: true)]
      }
    ),
    (
      "AvgPool2d(kernel_size=(3, 1), ceil_mode=True)",
      { _ in
        [try AvgPool2d(kernelSize: .pair(3, 1), ceilMode: true)]
      }
    ),
    (
      "out_channels=2, kernel_size=(1, 4), padding=1, stride=2",
      { script in
        [
          conv(
            try Conv2d(
              inChannels: 1, outChannels: 2, kernelSize: .pair(1, 4), stride: .single(2),
              padding: .explicit(.single(1))), script: script),
          try AvgPool2d(kernelSize: .single(2)),
        ]
      }
    ),
    (
      "kernel_size=(2, 1), padding=1, stride=2, dilation=(1, 1)",
      { script in
        [
          conv(
            try Conv2d(
              inChannels: 1, outChannels: 1, kernelSize: .pair(2, 1), stride: .single(2),
              padding: .explicit(.single(1)), dilation: .pair(1, 1)), script: script)
        ]
      }
    ),
    (
      "MaxPool2d(kernel_size=3, stride=1, padding=1)",
      { _ in
        [try MaxPool2d(kernelSize: .single(3), stride: .single(1), padding: .single(1))]
      }
    ),
    (
      "out_channels=2, kernel_size=(4, 1), padding=(1, 1)",
      { script in
        [
          conv(
            try Conv2d(
              inChannels: 1, outChannels: 2, kernelSize: .pair(4, 1), stride: .pair(1, 1),
              padding: .explicit(.pair(1, 1)), bias: false), script: script)
        ]
      }
    ),
    (
      "kernel_size=1, padding='valid', dilation=(2, 1)",
      { script in
        [
          conv(
            try Conv2d(
              inChannels: 1, outChannels: 1, kernelSize: .single(1), padding: .valid,
              dilation: .pair(2, 1)), script: script)
        ]
      }
    ),
    (
      "AvgPool1d(kernel_size=2, stride=2, count_include_pad=False)",
      { _ in
        [try AvgPool1d(kernelSize: 2, stride: 2, countIncludePad: false)]
      }
    ),
    ("Flatten(start_dim=0, end_dim=1)", { _ in [Flatten(startDimension: 0, endDimension: 1)] }),
    ("Flatten(start_dim=0)\n", { _ in [Flatten(startDimension: 0)] }),
    ("Flatten(start_dim=0, end_dim=0)", { _ in [Flatten(startDimension: 0, endDimension: 0)] }),
    ("Flatten(start_dim=1, end_dim=1)", { _ in [Flatten(startDimension: 1, endDimension: 1)] }),
    ("nn.Flatten()", { _ in [Flatten()] }),
  ]

  @Test(arguments: translations.indices)
  func translatedCaseGivesPyTorchsValues(index: Int) throws {
    let (phrase, make) = Self.translations[index]
    let matches = try Self.sample().cases.filter { $0.script.contains(phrase) }
    try #require(matches.count == 1, "\(phrase) picks \(matches.count) cases")
    let item = matches[0]
    let input = Self.tensor("x = torch.tensor(", in: item.script)
    let chain = try CallChain(layers: try make(item.script), input: input)
    let output = try #require(chain.output)
    #expect(output.shape == item.shape, "\(phrase)")
    #expect(
      LayerSupport.close(output, item.values, tolerance: 0.00005),
      "\(phrase): \(output.scalars) vs \(item.values)")
    for stage in chain { LayerSupport.expectStepsMatchOutput(stage) }
  }

  @Test func refusedChainIsRefusedToo() throws {
    let refused = try #require(try Self.sample().refused.first)
    #expect(refused.pytorchError.contains("Output size is too small"))
    let script = refused.script
    #expect(script.contains("kernel_size=(4, 2), stride=2, bias=False"))
    let conv = Self.conv(
      try Conv2d(
        inChannels: 1, outChannels: 1, kernelSize: .pair(4, 2), stride: .single(2), bias: false),
      script: script)
    let input = Self.tensor("x = torch.tensor(", in: script)
    let middle = try conv.forward(input)
    #expect(middle.shape == [1, 1, 1, 3])
    let error = LayerSupport.error { () throws(TorchError) in
      try CallChain(layers: [conv, try! MaxPool2d(kernelSize: .single(2))], input: input)
    }
    #expect(error?.kind == .runtimeError)
    #expect(error?.message.contains("output size would be 0×1 for input 1×3: too small") == true)
  }
}

/// Decodes the fixture's snake_case keys (`pytorch_error`) into camelCase properties.
private let snakeCaseDecoder: JSONDecoder = {
  let decoder = JSONDecoder()
  decoder.keyDecodingStrategy = .convertFromSnakeCase
  return decoder
}()
