/// An expression being built, with the depth of its tree (bounded so that no later walk of the
/// tree, nor its destruction, can exhaust the stack).
struct Node {
  var expression: Expression
  var depth: Int
}

/// Operators, by Python's precedence: `not` < `+ -` < `* / // % @` < unary `- +` < `**`.
extension SyntaxParser {
  /// A node for `kind` spanning `range`, one level above its deepest child.
  func node(_ kind: ExpressionKind, _ range: SourceRange, children: Int...) throws(Diagnostic)
    -> Node
  {
    try node(kind, range, deepestChild: children.max() ?? 0)
  }

  func node(_ kind: ExpressionKind, _ range: SourceRange, deepestChild: Int) throws(Diagnostic)
    -> Node
  {
    let depth = deepestChild + 1
    guard depth <= Parser.maximumExpressionDepth else {
      throw Diagnostic(
        "this expression is nested too deeply (more than \(Parser.maximumExpressionDepth) "
          + "levels): split it into several statements", at: range.start)
    }
    return Node(expression: Expression(kind, range: range), depth: depth)
  }

  /// An expression, or a bare tuple `a, b` (with an optional trailing comma), as on either side
  /// of `=`.
  mutating func parseExpressionList() throws(Diagnostic) -> Node {
    let first = try parseExpression()
    guard try peek().isPunctuator(.comma) else { return first }
    var items = [first.expression]
    var depth = first.depth
    while try accept(.comma) != nil {
      let next = try peek()
      if next.endsExpressionList { break }
      let item = try parseExpression()
      items.append(item.expression)
      depth = max(depth, item.depth)
    }
    return try node(.tuple(items), range(from: first.expression.range.start), deepestChild: depth)
  }

  /// `not`* followed by arithmetic: Python's `not_test` (without comparisons, `and`, `or`).
  mutating func parseExpression() throws(Diagnostic) -> Node {
    var nots: [Token] = []
    while let not = try accept(.not) { nots.append(not) }
    var result = try parseSum()
    for not in nots.reversed() {
      result = try node(
        .unary(.not, result.expression),
        SourceRange(start: not.range.start, end: result.expression.range.end),
        children: result.depth)
    }
    return result
  }

  /// `a + b - c`, left-associative.
  private mutating func parseSum() throws(Diagnostic) -> Node {
    var left = try parseTerm()
    while true {
      let token = try peek()
      let op: BinaryOperator
      switch token.kind {
      case .punctuator(.plus): op = .add
      case .punctuator(.minus): op = .subtract
      default: return left
      }
      try advance()
      let right = try parseTerm()
      left = try binary(left, op, right)
    }
  }

  /// `a * b / c // d % e @ f`, left-associative.
  private mutating func parseTerm() throws(Diagnostic) -> Node {
    var left = try parseFactor()
    while true {
      let token = try peek()
      let op: BinaryOperator
      switch token.kind {
      case .punctuator(.star): op = .multiply
      case .punctuator(.slash): op = .divide
      case .punctuator(.doubleSlash): op = .floorDivide
      case .punctuator(.percent): op = .remainder
      case .punctuator(.at): op = .matrixMultiply
      default: return left
      }
      try advance()
      let right = try parseFactor()
      left = try binary(left, op, right)
    }
  }

  private func binary(_ left: Node, _ op: BinaryOperator, _ right: Node) throws(Diagnostic)
    -> Node
  {
    try node(
      .binary(left.expression, op, right.expression),
      left.expression.range.union(right.expression.range), children: left.depth, right.depth)
  }

  /// Python's `factor` and `power`: `('-'|'+')* primary ['**' factor]`, read as a loop.
  ///
  /// `-2**-3**4` is read as segments `(-, 2)`, `(-, 3)`, `(, 4)` and folded from the right:
  /// `-(2 ** -(3 ** 4))`, so `**` is right-associative and binds tighter than a sign on its
  /// left.
  private mutating func parseFactor() throws(Diagnostic) -> Node {
    var segments: [(signs: [Token], primary: Node)] = []
    while true {
      var signs: [Token] = []
      while true {
        let token = try peek()
        guard token.isPunctuator(.minus) || token.isPunctuator(.plus) else { break }
        signs.append(try advance())
      }
      segments.append((signs, try parsePrimary()))
      guard try accept(.doubleStar) != nil else { break }
    }
    var result: Node?
    for segment in segments.reversed() {
      var value = segment.primary
      if let exponent = result { value = try binary(value, .power, exponent) }
      for sign in segment.signs.reversed() {
        value = try node(
          .unary(sign.isPunctuator(.minus) ? .negate : .plus, value.expression),
          SourceRange(start: sign.range.start, end: value.expression.range.end),
          children: value.depth)
      }
      result = value
    }
    guard let result else { throw operandError(try peek()) }
    return result
  }
}

extension Token {
  /// Whether this token ends a bare tuple after a trailing comma (`x = 1, 2,`).
  var endsExpressionList: Bool {
    switch kind {
    case .newline, .end: true
    case .punctuator(let punctuator):
      switch punctuator {
      case .semicolon, .equal, .rightParen, .rightBracket, .rightBrace, .colon: true
      default: false
      }
    default: false
    }
  }
}
