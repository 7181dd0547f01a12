import ConvCore
import Testing

@testable import ConvPrompt

/// Runs `source` and returns what it printed, then the rendered error it stopped at.
func output(of source: String) -> String {
  let result = Interpreter().run(source)
  return result.printed + (result.error?.rendered(fileName: "t.py", source: source) ?? "")
}

/// The error a script stops with.
func failure(of source: String) -> Diagnostic? {
  Interpreter().run(source).error
}

@Suite struct InterpreterTests {
  let header = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"

  @Test func randintMatchesPyTorchsGenerator() {
    // PyTorch 2.x: torch.manual_seed(0); torch.randint(10, (5,)) -> tensor([4, 9, 3, 0, 3])
    #expect(
      output(of: header + "torch.manual_seed(0)\ntorch.randint(10, (5,))")
        == "tensor([4, 9, 3, 0, 3])\n")
    // PyTorch 2.x: torch.manual_seed(0); torch.rand(3) -> tensor([0.4963, 0.7682, 0.0885])
    #expect(
      output(of: header + "torch.manual_seed(0)\ntorch.rand(3)")
        == "tensor([0.4963, 0.7682, 0.0885])\n")
  }

  @Test func randintTakesTheSlidesKeywordForm() {
    let printed = output(
      of: header
        + "conv = nn.Conv2d(1, 1, 3)\nw = torch.randint(high=2, size=(conv.weight.data.shape), dtype=torch.float32)\nw.shape\nw.dtype"
    )
    #expect(printed == "torch.Size([1, 1, 3, 3])\ntorch.float32\n")
  }

  @Test func sameSeedSameNumbers() {
    let script = header + "torch.manual_seed(7)\ntorch.randint(3, 9, (2, 3))"
    #expect(output(of: script) == output(of: script))
    #expect(output(of: script).hasPrefix("tensor([["))
  }

  @Test func parametersAreSharedByReference() {
    let printed = output(
      of: header
        + "conv = nn.Conv2d(1, 1, 2, bias=False)\nw = conv.weight\nconv.weight.data = torch.ones(1, 1, 2, 2)\nw"
    )
    #expect(
      printed
        == "Parameter containing:\ntensor([[[[1., 1.],\n          [1., 1.]]]], requires_grad=True)\n"
    )
  }

  @Test func moduleReprIsPyTorchs() {
    #expect(
      output(of: header + "nn.Conv2d(1, 1, kernel_size=3, bias=False)")
        == "Conv2d(1, 1, kernel_size=(3, 3), stride=(1, 1), bias=False)\n")
    #expect(
      output(of: header + "nn.MaxPool2d(kernel_size=2, stride=(1, 2))")
        == "MaxPool2d(kernel_size=2, stride=(1, 2), padding=0, dilation=1, ceil_mode=False)\n")
    #expect(
      output(of: header + "nn.Sequential(nn.Conv2d(1, 2, 3, padding=1), nn.ReLU())")
        == "Sequential(\n  (0): Conv2d(1, 2, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))\n  (1): ReLU()\n)\n"
    )
  }

  @Test func functionalFormsAgreeWithLayers() {
    let printed = output(
      of: header + """
        x = torch.tensor([[[1., 2., 3.], [4., 5., 6.], [7., 8., 9.]]])
        w = torch.ones(1, 1, 2, 2)
        F.conv2d(x, w, torch.tensor([1.]))
        F.max_pool2d(x, 2, stride=1)
        F.avg_pool2d(x, 3)
        F.relu(x - 5)
        """)
    #expect(
      printed == """
        tensor([[[13., 17.],
                 [25., 29.]]])
        tensor([[[5., 6.],
                 [8., 9.]]])
        tensor([[[5.]]])
        tensor([[[0., 0., 0.],
                 [0., 0., 1.],
                 [2., 3., 4.]]])

        """)
  }

  @Test func tensorMembers() {
    let printed = output(
      of: header + """
        x = torch.arange(6).reshape(2, 3)
        x.shape
        x.size(1)
        x.dim()
        x[1, 2].item()
        x.tolist()
        x.view(3, 2)[0]
        x.unsqueeze(0).shape
        x.unsqueeze(0).squeeze().shape
        (x * 2 + 1) / 2
        x[:, 1:]
        """)
    #expect(
      printed == """
        torch.Size([2, 3])
        3
        2
        5
        [[0, 1, 2], [3, 4, 5]]
        tensor([0, 1])
        torch.Size([1, 2, 3])
        torch.Size([2, 3])
        tensor([[0.5000, 1.5000, 2.5000],
                [3.5000, 4.5000, 5.5000]])
        tensor([[1, 2],
                [4, 5]])

        """)
  }

  @Test func emptyTensorsAreFloat() {
    // PyTorch: torch.tensor([]) is float32 and prints as tensor([]).
    #expect(
      output(of: "import torch\ntorch.tensor([])\ntorch.tensor([[]]).shape")
        == "tensor([])\ntorch.Size([1, 0])\n")
  }

  @Test func printUsesStrAndEchoUsesRepr() {
    #expect(output(of: "print('a', 1, 2.5)\n'a'\n") == "a 1 2.5\n'a'\n")
    #expect(
      output(of: "1 / 3\n2 ** 10\n1e16\n0.0001\n") == "0.3333333333333333\n1024\n1e+16\n0.0001\n")
  }

  @Test func errorsNameLineAndColumn() {
    let error = failure(
      of: header + "x = torch.ones(1, 2, 6, 6)\nconv = nn.Conv2d(1, 1, 3)\ny = conv(x)\n")
    #expect(error?.range.start == SourceLocation(line: 6, column: 5))
    #expect(error?.message.contains("channel") == true)

    let undefined = failure(of: "import torch\nx = torhc.ones(2)")
    #expect(undefined?.range.start == SourceLocation(line: 2, column: 5))
    #expect(undefined?.message == "name 'torhc' is not defined; did you mean 'torch'?")

    let keyword = failure(of: header + "nn.Conv2d(1, 1, kernal_size=3)")
    #expect(keyword?.message.contains("did you mean 'kernel_size'") == true)
    #expect(keyword?.range.start == SourceLocation(line: 4, column: 17))
  }

  /// Found by fuzzing (Fuzz/run.sh prompt): a range longer than `Int.max` trapped while
  /// making the message that refuses it.
  @Test func arangeTooLongForAnIntIsRefused() {
    for call in ["torch.arange(1e300)", "torch.arange(0, 1e300, 1e-300)", "torch.arange(1e19)"] {
      let error = failure(of: "import torch\n" + call)
      #expect(error?.message.contains("over convtutor's limit") == true, "\(call)")
    }
    #expect(
      failure(of: "import torch\ntorch.arange(1e9)")?.message.hasPrefix(
        "arange() would make 1000000000 values") == true)
  }

  @Test func renderedErrorHasCaret() {
    let source = "import torch\nx = torch.zeros(2)\ny = x.view(3)\n"
    let error = failure(of: source)!
    #expect(
      error.rendered(fileName: "a.py", source: source) == """
        a.py:3:5: error: shape '[3]' is invalid for input of size 2
        y = x.view(3)
            ^~~~~~~~~
        """)
  }

  @Test func refusals() {
    let cases: [(String, String)] = [
      ("torch.randint(5, (100000, 100000))", "limit"),
      ("nn.Conv2d(1, 1, 3, stride=2, padding='same')", "stride"),
      ("nn.Conv2d(1, 1, 3, padding='full')", "'same', 'valid'"),
      ("nn.Conv2d(1, 1, 3)(torch.tensor([[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]))", "int64"),
      ("nn.Parameter(torch.tensor([1]))", "floating point"),
      ("nn.Conv2d(1, 1, 3, padding_mode='mirror')", "padding_mode"),
      ("nn.MaxPool2d(3, padding=2)", "half"),
      ("torch.tensor([[1, 2], [3]])", "same length"),
      ("nn.MaxPool2d(2, return_indices=True)", "return_indices"),
      ("2 ** 100", "overflow"),
      ("torch.zeros(2, 3) + torch.zeros(4)", "must match"),
      ("nn.Flatten()(torch.zeros(3))", "Dimension out of range"),
    ]
    for (line, phrase) in cases {
      let error = failure(of: header + line)
      #expect(error != nil, "\(line) should be refused")
      #expect(error?.message.contains(phrase) == true, "\(line): \(error?.message ?? "no error")")
      #expect(error?.range.start.line == 4)
    }
  }

  @Test func layerCallsAreRecordedAsAChain() {
    let result = Interpreter().run(
      header
        + "x = torch.ones(1, 4, 4)\nconv = nn.Conv2d(1, 1, 3)\npool = nn.MaxPool2d(2)\ny = conv(x)\nz = pool(conv(torch.ones(1, 5, 5)))\nw = 1"
    )
    #expect(result.error == nil)
    // The latest statement that called a layer: `z = pool(conv(…))`, not `y = conv(x)`.
    #expect(result.layerCalls.map(\.layer.name) == ["Conv2d", "MaxPool2d"])
    #expect(result.layerCalls[0].output == result.layerCalls[1].input)
    #expect(result.layerCalls[0].input.shape == [1, 5, 5])
    #expect(result.layerCalls.map(\.range.start.line) == [8, 8])
    #expect(result.layerCalls[1].range.start.column == 5)
  }

  @Test func whatARunPrintedBeforeItsErrorIsKept() {
    let source = "print(1)\n2 + 2\n[print('a'), undefined]\nprint(3)"
    let result = Interpreter().run(source)
    // Statements before the error, and the failing statement's own output before it failed.
    #expect(result.printed == "1\n4\na\n")
    #expect(result.error?.message.hasPrefix("name 'undefined' is not defined") == true)
    #expect(result.error?.range.start == SourceLocation(line: 3, column: 14))
  }

  @Test func aSyntaxErrorRunsNothing() {
    let result = Interpreter().run("print(1)\nx = (")
    #expect(result.printed == "")
    #expect(result.error?.range.start.line == 2)
  }

  @Test func aRunDrivenStatementByStatementGivesEachStatementsOutput() throws {
    let interpreter = Interpreter()
    let script = try Parser.parse(
      header + "r = nn.ReLU()\nprint('x')\nr(torch.tensor([-1., 2.]))\nr(undefined)\nprint('never')"
    )
    let results = Array(interpreter.start(script))
    // Three imports, then four statements; the run ends at the one that fails.
    #expect(results.count == 7)
    #expect(results.map(\.printed) == ["", "", "", "", "x\n", "tensor([0., 2.])\n", ""])
    #expect(results.map(\.layerCalls.count) == [0, 0, 0, 0, 0, 1, 0])
    #expect(results.map { $0.error?.range.start.line } == [nil, nil, nil, nil, nil, nil, 7])
    // The session keeps what ran.
    #expect(interpreter.run("print(r(torch.tensor([-3.])))").printed == "tensor([0.])\n")
  }
}
