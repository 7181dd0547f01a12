import ConvCore
import Testing

@testable import ConvPrompt

/// ``LayerConstructor`` builds a layer from a call's plain arguments, as lessons build theirs:
/// the same layer the prompt builds for the same call, refused with the prompt's messages.
@Suite struct LayerConstructorTests {
  static let imports = "import torch\nimport torch.nn as nn\n"

  /// The layer `text` (one call `nn.X(…)`) builds.
  func layer(_ text: String) throws -> any Layer {
    let script = try Parser.parse(text)
    guard case .expression(let call) = try #require(script.statements.first).kind,
      case .call(let callee, let arguments) = call.kind,
      case .attribute(_, let name, _) = callee.kind
    else { throw Diagnostic("not a layer call", at: SourceLocation(line: 1, column: 1)) }
    return try LayerConstructor.layer(named: name, arguments: arguments, at: call.range)
  }

  @Test(arguments: [
    "nn.Conv2d(2, 3, kernel_size=(2, 3), stride=2, padding=1, bias=False)",
    "nn.Conv2d(1, 1, 3, padding='same', padding_mode='reflect', dilation=(1, 2))",
    "nn.Conv2d(4, 2, 1, groups=2)",
    "nn.MaxPool2d(3, stride=1, padding=1, ceil_mode=True)",
    "nn.AvgPool2d((2, 3), count_include_pad=False, divisor_override=5)",
    "nn.MaxPool1d(2, dilation=2)",
    "nn.AvgPool1d((3,), stride=(2,))",
    "nn.Flatten(-3, -1)",
    "nn.ReLU(inplace=True)",
  ])
  func buildsTheLayerThePromptBuilds(_ text: String) throws {
    let printed = Interpreter().run(Self.imports + "print(\(text))")
    #expect(printed.error == nil)
    #expect(try layer(text).description + "\n" == printed.printed)
  }

  @Test func aConvolutionsWeightAndBiasAreZerosForTheCallerToSet() throws {
    let convolution = try #require(try layer("nn.Conv2d(2, 3, kernel_size=2)") as? Conv2d)
    #expect(convolution.weight.shape == [3, 2, 2, 2])
    #expect(convolution.weight.scalars.allSatisfy { $0 == 0 })
    #expect(convolution.bias?.shape == [3])
    #expect(convolution.bias?.scalars.allSatisfy { $0 == 0 } == true)
    #expect((try layer("nn.Conv2d(1, 1, 3, bias=False)") as? Conv2d)?.bias == nil)
  }

  /// What PyTorch refuses is refused with the prompt's message, at the place the prompt names.
  @Test(arguments: [
    "nn.Conv2d(1, 1)",
    "nn.MaxPool2d(kernel_size=2, stride=0)",
    "nn.Conv2d(1, 1, 3, padding_mode='mirror')",
    "nn.Conv2d(1, 1, 3, padding='full')",
    "nn.Conv2d(2, 2, 3, groups=3)",
    "nn.AvgPool1d(2, strides=1)",
    "nn.ReLU(1, 2)",
  ])
  func refusesAsThePromptRefuses(_ text: String) throws {
    let prompt = try #require(Interpreter().run(Self.imports + text).error)
    #expect {
      _ = try layer(text)
    } throws: { error in
      guard let error = error as? Diagnostic else { return false }
      // The prompt's statement is on line 3, after the imports.
      return error.message == prompt.message && error.range.start.line == 1
        && error.range.start.column == prompt.range.start.column
        && prompt.range.start.line == 3
    }
  }

  @Test func anArgumentThatIsNotAPlainValueIsRefusedAtItsPlace() throws {
    #expect {
      _ = try layer("nn.Conv2d(1, 1, kernel_size=(3, k))")
    } throws: { error in
      (error as? Diagnostic)?.range.start == SourceLocation(line: 1, column: 33)
    }
  }

  @Test func aNameThatIsNotALayerIsRefused() throws {
    for text in ["nn.Sequential()", "nn.Conv3d(1, 1, 3)", "nn.conv2d(1, 1, 3)"] {
      #expect(throws: Diagnostic.self, "\(text)") { _ = try layer(text) }
    }
  }

  @Test func plainValuesAreNumbersStringsConstantsAndTuplesOfThem() throws {
    func firstNonPlain(_ text: String) throws -> String? {
      let script = try Parser.parse(text)
      guard case .expression(let expression) = try #require(script.statements.first).kind else {
        return "not an expression"
      }
      guard let part = expression.firstNonPlainValue else { return nil }
      let line = Array(text)
      return String(line[(part.range.start.column - 1)..<(part.range.end.column - 1)])
    }
    #expect(try firstNonPlain("(1, -2.5, +3, 'same', True, None, [4, (5,)])") == nil)
    #expect(try firstNonPlain("(1, x)") == "x")
    #expect(try firstNonPlain("-(1)") == nil)
    #expect(try firstNonPlain("(1, -x)") == "x")
    #expect(try firstNonPlain("not True") == "not True")
    #expect(try firstNonPlain("(1, 2 + 3)") == "2 + 3")
    #expect(try firstNonPlain("[f(1)]") == "f(1)")
  }
}
