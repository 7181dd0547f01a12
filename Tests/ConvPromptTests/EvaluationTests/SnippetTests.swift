import ConvPrompt
import Testing

/// Every script of the slides runs unchanged and prints what PyTorch printed for it.
@Suite struct SnippetTests {
  @Test(arguments: Fixtures.snippetNames)
  func snippetPrintsWhatPyTorchPrints(_ name: String) throws {
    let source = try Fixtures.text("snippets/\(name).py")
    let result = Interpreter().run(source)
    if let error = result.error {
      Issue.record("\(error.rendered(fileName: name + ".py", source: source))")
    }
    #expect(result.printed == (try Fixtures.expectedOutput(ofSnippet: name)))
  }

  @Test func everySnippetIsThere() {
    #expect(Fixtures.snippetNames.count == 15)
  }
}
