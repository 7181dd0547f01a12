import ConvPrompt
import Testing

/// `Parser.needsMoreInput`: what an interactive prompt continues on the next line.
struct ParserIncompleteInputTests {
  @Test(arguments: [
    "x = (1,",
    "f(",
    "x = [1, 2",
    "conv_layer = nn.Conv2d(\n    in_channels=1,\n    out_channels=1,",
    "input = torch.tensor([[[2., 2., 1.],\n          [0., 4., 0.],",
    "x = (1\n\n",
    "x = 1 + \\",
    "x = 1 + \\\n",
    "import torch.nn \\",
    "'''abc",
    "x = \"\"\"first line\nsecond line",
    "f('''abc",
    "'abc\\",
    "f(a=1, b",
    "f(a=1, a=2",
    "x = 1\ny = (",
  ])
  func unfinishedStatementsNeedMoreInput(source: String) {
    #expect(Parser.needsMoreInput(source))
  }

  @Test(arguments: [
    "",
    "x = 1",
    "x = (1,)",
    "conv_layer = nn.Conv2d(\n    in_channels=1,\n)",
    "x = )",
    "x = 'abc",
    "x = 1 +",
    "x = 1 +\n",
    "x = (1,\ny = 2",
    "f(a b",
    "  x = (",
    "x = 1\n  y = (",
    "for x in y:",
    "if x:",
    "x = [i for",
    "x = {",
    "x = 1 2\ny = (",
    "x = (1]",
    "f() = (1,",
    "x = \\ 1",
    "x = €(",
    String(repeating: "(", count: 201),
  ])
  func completeOrWrongSourcesDoNot(source: String) {
    #expect(!Parser.needsMoreInput(source))
  }
}
