import ConvCore
import Testing

@testable import ConvPrompt

/// PyTorch's answers for random layer calls (`pytorch-sample.json`).
@Suite struct SampleCaseTests {
  static let sample = try! Fixtures.sample()
  /// The sample scripts assume `torch` and `nn` are imported.
  static let imports = "import torch\nimport torch.nn as nn\n"

  @Test(arguments: 0..<40)
  func caseMatchesPyTorch(_ index: Int) throws {
    let sampleCase = Self.sample.cases[index]
    let interpreter = Interpreter()
    if let error = interpreter.run(Self.imports + sampleCase.script).error {
      Issue.record(
        "\(error.rendered(fileName: "case\(index).py", source: Self.imports + sampleCase.script))")
      return
    }
    guard case .tensor(let y)? = interpreter.variables["y"] else {
      Issue.record("no tensor y")
      return
    }
    #expect(y.shape == sampleCase.shape)
    let rounded = y.scalars.map { ($0 * 10_000).rounded() / 10_000 }
    let expected = sampleCase.values.map { ($0 * 10_000).rounded() / 10_000 }
    #expect(rounded == expected, "\(sampleCase.script)")
  }

  @Test func thereAreFortyCases() {
    #expect(Self.sample.cases.count == 40)
  }

  @Test func everyRefusedCaseIsRefusedWithAPlace() {
    for refused in Self.sample.refused {
      let error = Interpreter().run(Self.imports + refused.script).error
      #expect(error != nil, "\(refused.pytorchError)")
      // The call that PyTorch refuses is the script's line 5 (7 with the imports):
      // `y = pool(conv(x))`.
      #expect(error?.range.start.line == 7)
      #expect(
        error?.message.contains("too small") == true || error?.message.contains("larger") == true)
    }
  }
}
