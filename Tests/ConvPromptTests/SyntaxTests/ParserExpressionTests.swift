import Testing

@testable import ConvPrompt

/// Expressions: Python's precedence, literals, brackets, trailers and their ranges.
struct ParserExpressionTests {
  typealias F = SyntaxFixtures

  /// Each source with every operation parenthesised as Python groups it.
  @Test(arguments: [
    ("1 + 2 * 3", "(1 + (2 * 3))"),
    ("1 * 2 + 3", "((1 * 2) + 3)"),
    ("1 - 2 - 3", "((1 - 2) - 3)"),
    ("8 / 4 / 2", "((8 / 4) / 2)"),
    ("a // b % c * d / e @ f", "(((((a // b) % c) * d) / e) @ f)"),
    ("a @ b + c", "((a @ b) + c)"),
    ("a - b @ c", "(a - (b @ c))"),
    ("2 ** 3 ** 2", "(2 ** (3 ** 2))"),
    ("-2 ** 2", "(-(2 ** 2))"),
    ("2 ** -1", "(2 ** (-1))"),
    ("2 ** -3 ** 2", "(2 ** (-(3 ** 2)))"),
    ("-2 ** -2 ** 2", "(-(2 ** (-(2 ** 2))))"),
    ("(-2) ** 2", "((-2) ** 2)"),
    ("- - a", "(-(-a))"),
    ("+a * -b", "((+a) * (-b))"),
    ("-a.b(c)[0] ** 2", "(-(a.b(c)[0] ** 2))"),
    ("not a + b", "(not (a + b))"),
    ("not not a", "(not (not a))"),
    ("(1 + 2) * 3", "((1 + 2) * 3)"),
    ("1 + (2 + 3)", "(1 + (2 + 3))"),
    ("-x * y ** z - w", "(((-x) * (y ** z)) - w)"),
  ])
  func precedence(source: String, expected: String) {
    #expect(F.rendered(source) == expected)
  }

  @Test(arguments: [
    ("None", "None"), ("True", "True"), ("False", "False"), ("12", "12"), ("1.5", "1.5"),
    ("'a' \"b\"", "\"ab\""), ("('a'\n 'b')", "\"ab\""), ("()", "()"), ("(1,)", "(1,)"),
    ("(1, 2)", "(1, 2)"), ("(1, 2,)", "(1, 2)"), ("((1))", "1"), ("[]", "[]"),
    ("[1, 2,]", "[1, 2]"), ("[[1., 2.], [3., 4.]]", "[[1.0, 2.0], [3.0, 4.0]]"),
    ("[(1, 2), [3]]", "[(1, 2), [3]]"),
  ])
  func atoms(source: String, expected: String) {
    #expect(F.rendered(source) == expected)
  }

  @Test(arguments: [
    ("f()", "f()"), ("f(a, k=v)", "f(a, k=v)"), ("f(a, k=v,)", "f(a, k=v)"),
    ("f(a)(b)", "f(a)(b)"), ("a.b.c", "a.b.c"), ("f(x).shape", "f(x).shape"),
    ("x[0]", "x[0]"), ("x[0, 1:3, ::2, :]", "x[0, 1:3, ::2, :]"), ("x[1:]", "x[1:]"),
    ("x[:-1]", "x[:(-1)]"), ("x[::]", "x[:]"), ("x[a:b:c]", "x[a:b:c]"), ("x[0,]", "x[0]"),
    ("x[1][2]", "x[1][2]"), ("x[(1, 2)]", "x[(1, 2)]"), ("x[not a]", "x[(not a)]"),
    ("torch.tensor([1], dtype=torch.float32)", "torch.tensor([1], dtype=torch.float32)"),
    ("f(\n  a,\n  b=1, # comment\n)", "f(a, b=1)"),
  ])
  func trailers(source: String, expected: String) {
    #expect(F.rendered(source) == expected)
  }

  @Test func callRangeSpansCalleeToClosingParenthesis() throws {
    let call = try #require(F.expression("nn.Conv2d(\n  1, kernel_size=3\n)"))
    #expect(F.range(call.range) == "1:1-3:2")
    guard case .call(let callee, let arguments) = call.kind else {
      Issue.record("not a call")
      return
    }
    #expect(F.range(callee.range) == "1:1-1:10")
    #expect(arguments.map(\.label) == [nil, "kernel_size"])
    #expect(arguments.map { F.range($0.range) } == ["2:3-2:4", "2:6-2:19"])
    #expect(arguments.map { F.range($0.value.range) } == ["2:3-2:4", "2:18-2:19"])
  }

  @Test func attributeNameRangeIsTheNameAfterTheDot() throws {
    let expression = try #require(F.expression("conv .  weight"))
    guard case .attribute(let base, let name, let nameRange) = expression.kind else {
      Issue.record("not an attribute")
      return
    }
    #expect(name == "weight")
    #expect(F.range(base.range) == "1:1-1:5")
    #expect(F.range(nameRange) == "1:9-1:15")
    #expect(F.range(expression.range) == "1:1-1:15")
  }

  @Test(arguments: [
    ("1 + 2 * 3", "1:1-1:10"), ("-2 ** 2", "1:1-1:8"), ("not  x", "1:1-1:7"),
    ("(a + b)", "1:1-1:8"),
    ("(1,)", "1:1-1:5"), ("'a' 'b'", "1:1-1:8"), ("[1,\n 2]", "1:1-2:4"), ("x[1:2]", "1:1-1:7"),
    ("f(a)(b)", "1:1-1:8"), ("1.5e3", "1:1-1:6"),
  ])
  func expressionRangesSpanTheirSource(source: String, range: String) throws {
    let expression = try #require(F.expression(source))
    #expect(F.range(expression.range) == range)
  }

  @Test func sliceRanges() throws {
    let expression = try #require(F.expression("x[1:2, ::3, 4, :]"))
    guard case .subscript(_, let items) = expression.kind else {
      Issue.record("not a subscript")
      return
    }
    let ranges = items.map { item -> String in
      switch item {
      case .index(let index): F.range(index.range)
      case .slice(_, _, _, let range): F.range(range)
      }
    }
    #expect(ranges == ["1:3-1:6", "1:8-1:11", "1:13-1:14", "1:16-1:17"])
  }

  @Test func numbersAndStringsBecomeValues() throws {
    let source = "x = [1_000, 0x10, 1., .5, 1e-3, 2.0E+5, 'a\\tb', r'\\d', None, True]"
    #expect(
      F.rendered(source)
        == #"x = [1000, 16, 1.0, 0.5, 0.001, 200000.0, "a\tb", "\\d", None, True]"#)
  }
}
