import Testing

@testable import ConvPrompt

/// Statements: imports, assignments, expressions, `pass`, and how lines make statements.
struct ParserStatementTests {
  typealias F = SyntaxFixtures

  @Test(arguments: [
    ("import torch", "import torch"),
    ("import torch.nn as nn", "import torch.nn as nn"),
    ("import torch.nn.functional as F", "import torch.nn.functional as F"),
    ("import a, b.c as d", "import a\nimport b.c as d"),
    ("from torch import nn", "from torch import nn"),
    ("from torch import nn as n, tensor", "from torch import nn as n, tensor"),
    ("from torch.nn import functional as F", "from torch.nn import functional as F"),
    ("from torch import (\n  nn,\n  tensor as t,\n)", "from torch import nn, tensor as t"),
    ("pass", "pass"),
  ])
  func imports(source: String, expected: String) {
    #expect(F.rendered(source) == expected)
  }

  @Test func importStatementRanges() throws {
    let statements = try Parser.parse("import torch.nn as nn, math").statements
    #expect(statements.map { F.range($0.range) } == ["1:1-1:22", "1:24-1:28"])
    let from = try Parser.parse("from torch import nn as n, tensor").statements
    #expect(from.map { F.range($0.range) } == ["1:1-1:34"])
  }

  @Test(arguments: [
    ("a = 1", "a = 1"),
    ("a = b = 2", "a = b = 2"),
    ("conv_layer.weight.data = w", "conv_layer.weight.data = w"),
    ("x[0] = 1", "x[0] = 1"),
    ("x[0, 1:2] = y", "x[0, 1:2] = y"),
    ("x = 1, 2", "x = (1, 2)"),
    ("x = 1,", "x = (1,)"),
    ("a, b = b, a", "(a, b) = (b, a)"),
    ("[a, b] = c", "[a, b] = c"),
    ("(a) = 1", "a = 1"),
    ("f(x).y = 1", "f(x).y = 1"),
    ("x", "x"),
    ("1, 2", "(1, 2)"),
  ])
  func assignmentsAndExpressions(source: String, expected: String) {
    #expect(F.rendered(source) == expected)
  }

  @Test func chainedAssignmentKeepsTargetsInOrder() throws {
    let statement = try #require(try Parser.parse("a = b.c = d[0] = 5").statements.first)
    guard case .assignment(let targets, let value) = statement.kind else {
      Issue.record("not an assignment: \(statement.kind)")
      return
    }
    #expect(targets.map(F.render) == ["a", "b.c", "d[0]"])
    #expect(value.kind == .integer(5))
    #expect(F.range(statement.range) == "1:1-1:19")
  }

  @Test func semicolonsCommentsBlankLinesAndContinuations() {
    let source = """
      # a comment

      a = 1; b = 2;   # two statements
      c = (1 +
           2)  # inside brackets
      d = 3 + \\
        4
      """
    #expect(F.rendered(source) == "a = 1\nb = 2\nc = (1 + 2)\nd = (3 + 4)")
  }

  @Test func statementRangesSpanTheWholeStatement() throws {
    let source = "x = nn.Conv2d(\n    in_channels=1,\n)  # c\ny = 2 ; z"
    let statements = try Parser.parse(source).statements
    #expect(statements.map { F.range($0.range) } == ["1:1-3:2", "4:1-4:6", "4:9-4:10"])
  }

  @Test func windowsLineEndingsAndNoFinalNewline() {
    #expect(F.rendered("a = 1\r\nb = 2\r\n") == "a = 1\nb = 2")
    #expect(F.rendered("a = 1") == "a = 1")
    #expect(F.rendered("") == "")
    #expect(F.rendered("\n\n  \n# only comments\n") == "")
  }

  @Test(arguments: [
    ("f() = 1", "cannot assign to function call", "1:1-1:4"),
    ("1 = x", "cannot assign to literal", "1:1-1:2"),
    ("'a' = x", "cannot assign to literal", "1:1-1:4"),
    ("True = 1", "cannot assign to True", "1:1-1:5"),
    ("None = 1", "cannot assign to None", "1:1-1:5"),
    ("x + 1 = 2", "cannot assign to expression", "1:1-1:6"),
    ("-x = 2", "cannot assign to expression", "1:1-1:3"),
    ("a = f() = 1", "cannot assign to function call", "1:5-1:8"),
    ("(a, f()) = 1, 2", "cannot assign to function call", "1:5-1:8"),
    ("x.y() = (1,", "cannot assign to function call", "1:1-1:6"),
  ])
  func unassignableTargets(source: String, message: String, range: String) throws {
    let diagnostic = try #require(F.diagnostic(source))
    #expect(diagnostic.message == message)
    #expect(F.range(diagnostic.range) == range)
  }
}
