import Foundation
import Testing

@testable import ConvPrompt

/// The slides' scripts: every one parses, and the key statements have the expected shape.
struct ParserSnippetTests {
  typealias F = SyntaxFixtures

  /// `cases/snippets/01-conv-no-bias.py`, as the slides write it.
  static let convNoBias = """
    # Slides, section 2: a 3x3 kernel over a 6x6 input, no bias
    import torch
    import torch.nn as nn

    input = torch.tensor([[[2., 2., 1., 4., 1., 0.],
              [0., 4., 0., 3., 3., 4.],
              [0., 4., 1., 2., 0., 0.],
              [2., 1., 4., 1., 3., 1.],
              [4., 3., 1., 4., 2., 4.],
              [2., 0., 0., 4., 3., 4.]]])
    input

    # define convolutional layer
    conv_layer = nn.Conv2d(
        in_channels=1,
        out_channels=1,
        kernel_size=3, # create a kernel: 3 x 3
        bias=False
    )

    init_kernel_weight = torch.tensor([[[[1., 1., 0.],
                                         [1., 1., 0.],
                                         [1., 0., 1.]]]])
    init_kernel_weight

    # init weight
    conv_layer.weight.data = init_kernel_weight
    conv_layer.weight

    output = conv_layer(input)
    output

    """

  @Test func convNoBiasHasTheSlidesStatements() throws {
    let program = try Parser.parse(Self.convNoBias)
    #expect(
      program.statements.map(F.render) == [
        "import torch",
        "import torch.nn as nn",
        "input = torch.tensor([[[2.0, 2.0, 1.0, 4.0, 1.0, 0.0], [0.0, 4.0, 0.0, 3.0, 3.0, 4.0], "
          + "[0.0, 4.0, 1.0, 2.0, 0.0, 0.0], [2.0, 1.0, 4.0, 1.0, 3.0, 1.0], "
          + "[4.0, 3.0, 1.0, 4.0, 2.0, 4.0], [2.0, 0.0, 0.0, 4.0, 3.0, 4.0]]])",
        "input",
        "conv_layer = nn.Conv2d(in_channels=1, out_channels=1, kernel_size=3, bias=False)",
        "init_kernel_weight = torch.tensor([[[[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [1.0, 0.0, 1.0]]]])",
        "init_kernel_weight",
        "conv_layer.weight.data = init_kernel_weight",
        "conv_layer.weight",
        "output = conv_layer(input)",
        "output",
      ])
    #expect(
      program.statements.map { F.range($0.range) } == [
        "2:1-2:13", "3:1-3:22", "5:1-10:38", "11:1-11:6", "14:1-19:2", "21:1-23:54",
        "24:1-24:19", "27:1-27:44", "28:1-28:18", "30:1-30:27", "31:1-31:7",
      ])
  }

  @Test func attributeAssignmentTreeShape() throws {
    let program = try Parser.parse(Self.convNoBias)
    guard case .assignment(let targets, let value) = program.statements[7].kind,
      let target = targets.first, targets.count == 1,
      case .attribute(let weight, "data", let dataRange) = target.kind,
      case .attribute(let layer, "weight", _) = weight.kind
    else {
      Issue.record("unexpected shape: \(program.statements[7].kind)")
      return
    }
    #expect(layer.kind == .name("conv_layer"))
    #expect(F.range(dataRange) == "27:19-27:23")
    #expect(F.range(target.range) == "27:1-27:23")
    #expect(value.kind == .name("init_kernel_weight"))
  }

  @Test func layerConstructorTreeShape() throws {
    let program = try Parser.parse(Self.convNoBias)
    guard case .assignment(_, let value) = program.statements[4].kind,
      case .call(let callee, let arguments) = value.kind
    else {
      Issue.record("not a call")
      return
    }
    #expect(F.render(callee) == "nn.Conv2d")
    #expect(arguments.map(\.label) == ["in_channels", "out_channels", "kernel_size", "bias"])
    #expect(
      arguments.map(\.value.kind) == [.integer(1), .integer(1), .integer(3), .boolean(false)])
    #expect(F.range(value.range) == "14:14-19:2")
    #expect(arguments.map { F.range($0.range) }.last == "18:5-18:15")
  }

  @Test(arguments: [
    (
      "conv_layer.bias = nn.Parameter(\n    torch.tensor([1], dtype=torch.float32)\n)",
      "conv_layer.bias = nn.Parameter(torch.tensor([1], dtype=torch.float32))"
    ),
    (
      "conv_layer = nn.Conv2d(\n    in_channels=1,\n    out_channels=1,\n    kernel_size=(2, 3), # c\n)",
      "conv_layer = nn.Conv2d(in_channels=1, out_channels=1, kernel_size=(2, 3))"
    ),
    ("print(output.shape)", "print(output.shape)"),
    (
      "input = torch.randint(5, (1, 6, 6), dtype=torch.float32)",
      "input = torch.randint(5, (1, 6, 6), dtype=torch.float32)"
    ),
    ("conv_layer(input).shape", "conv_layer(input).shape"),
    ("conv_layer.weight.data.shape", "conv_layer.weight.data.shape"),
    ("torch.tensor([2., 1.]) / 3", "(torch.tensor([2.0, 1.0]) / 3)"),
    (
      "torch.tensor([[1.5, -2.25], [10.0, 0.125]])", "torch.tensor([[1.5, (-2.25)], [10.0, 0.125]])"
    ),
    ("torch.arange(2000.).reshape(40, 50)", "torch.arange(2000.0).reshape(40, 50)"),
    ("torch.tensor([1e10, 1.0])", "torch.tensor([10000000000.0, 1.0])"),
    ("nn.Conv2d(1, 1, 3, padding='same')", "nn.Conv2d(1, 1, 3, padding=\"same\")"),
    ("y = pool(conv(x))", "y = pool(conv(x))"),
  ])
  func slideStatements(source: String, expected: String) {
    #expect(F.rendered(source) == expected)
  }

  /// Every `.py` in `Fixtures/snippets` (the course's scripts, copied from the shared cases).
  @Test func everySnippetFileParses() throws {
    let folder = F.fixtures.appendingPathComponent("snippets")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".py") }.sorted()
    #expect(names.count >= 15)
    for name in names {
      let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      #expect(throws: Never.self, "\(name)") { try Parser.parse(source) }
      #expect(!Parser.needsMoreInput(source), "\(name)")
    }
  }

  /// Every script of `Fixtures/pytorch-sample.json`, the accepted and the refused ones (PyTorch
  /// refuses those when running, not when parsing).
  @Test func everyPyTorchSampleScriptParses() throws {
    struct Sample: Decodable {
      struct Case: Decodable { let script: String }
      let cases: [Case]
      let refused: [Case]
    }
    let data = try Data(contentsOf: F.fixtures.appendingPathComponent("pytorch-sample.json"))
    let sample = try JSONDecoder().decode(Sample.self, from: data)
    #expect(sample.cases.count >= 40)
    for script in (sample.cases + sample.refused).map(\.script) {
      let program = try Parser.parse(script)
      #expect(program.statements.count >= 3)
      #expect(program.statements.last.map(F.render) == "print(y)")
    }
  }
}
