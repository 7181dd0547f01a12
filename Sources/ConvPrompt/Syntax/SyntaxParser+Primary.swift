/// Atoms and their trailers: names, literals, brackets, `a.b`, `f(…)`, `a[…]`.
extension SyntaxParser {
  /// An atom followed by any number of `.name`, `(arguments)` and `[items]`.
  mutating func parsePrimary() throws(Diagnostic) -> Node {
    var result = try parseAtom()
    while true {
      let token = try peek()
      switch token.kind {
      case .punctuator(.dot):
        try advance()
        let nameToken = try peek()
        guard case .name(let name) = nameToken.kind else {
          throw Diagnostic("expected an attribute name after '.'", at: nameToken.range)
        }
        try advance()
        result = try node(
          .attribute(base: result.expression, name: name, nameRange: nameToken.range),
          result.expression.range.union(nameToken.range), children: result.depth)
      case .punctuator(.leftParen):
        result = try parseCall(result)
      case .punctuator(.leftBracket):
        result = try parseSubscript(result)
      default:
        return result
      }
    }
  }

  private mutating func parseAtom() throws(Diagnostic) -> Node {
    let token = try peek()
    switch token.kind {
    case .name(let name):
      try advance()
      return try node(.name(name), token.range)
    case .integer(let value):
      try advance()
      return try node(.integer(value), token.range)
    case .float(let value):
      try advance()
      return try node(.float(value), token.range)
    case .string:
      var text = ""
      while case .string(let part) = try peek().kind {
        text += part
        try advance()
      }
      return try node(.string(text), range(from: token.range.start))
    case .keyword(.true), .keyword(.false):
      try advance()
      return try node(.boolean(token.isKeyword(.true)), token.range)
    case .keyword(.none):
      try advance()
      return try node(.none, token.range)
    case .punctuator(.leftParen):
      return try parseParenthesized()
    case .punctuator(.leftBracket):
      return try parseList()
    default:
      throw operandError(token)
    }
  }

  /// `()`, `(x)`, `(x,)`, `(x, y)`: the range includes the parentheses.
  private mutating func parseParenthesized() throws(Diagnostic) -> Node {
    let start = try advance().range.start
    if try accept(.rightParen) != nil { return try node(.tuple([]), range(from: start)) }
    let first = try parseExpression()
    guard try accept(.comma) != nil else {
      try expectClosing(.rightParen, itemStart: first.expression.range.start)
      return Node(
        expression: Expression(first.expression.kind, range: range(from: start)),
        depth: first.depth)
    }
    var items = [first.expression]
    var depth = first.depth
    try parseItems(closedBy: .rightParen, into: &items, depth: &depth)
    return try node(.tuple(items), range(from: start), deepestChild: depth)
  }

  /// `[a, b, c,]`.
  private mutating func parseList() throws(Diagnostic) -> Node {
    let start = try advance().range.start
    var items: [Expression] = []
    var depth = 0
    if try accept(.rightBracket) == nil {
      let first = try parseExpression()
      items.append(first.expression)
      depth = first.depth
      if try accept(.comma) != nil {
        try parseItems(closedBy: .rightBracket, into: &items, depth: &depth)
      } else {
        try expectClosing(.rightBracket, itemStart: first.expression.range.start)
      }
    }
    return try node(.list(items), range(from: start), deepestChild: depth)
  }

  /// The items after a first item and its comma, up to and including the closing bracket.
  private mutating func parseItems(
    closedBy closing: Punctuator, into items: inout [Expression], depth: inout Int
  ) throws(Diagnostic) {
    while try accept(closing) == nil {
      let item = try parseExpression()
      items.append(item.expression)
      depth = max(depth, item.depth)
      if try accept(.comma) == nil {
        try expectClosing(closing, itemStart: item.expression.range.start)
        return
      }
    }
  }

  /// Consumes `closing`, or explains what stands where it should be.
  mutating func expectClosing(_ closing: Punctuator, itemStart: SourceLocation?)
    throws(Diagnostic)
  {
    let token = try peek()
    guard token.isPunctuator(closing) else {
      throw afterOperandError(token, inBrackets: true, itemStart: itemStart)
    }
    try advance()
  }

  /// `callee(positional, keyword=value)`: keywords after positionals, each keyword once.
  private mutating func parseCall(_ callee: Node) throws(Diagnostic) -> Node {
    try advance()
    var arguments: [CallArgument] = []
    var depth = callee.depth
    var keywords: Set<String> = []
    var lastStart: SourceLocation?
    while try peek().isPunctuator(.rightParen) == false {
      let first = try peek()
      lastStart = first.range.start
      let firstIndex = index
      let expression = try parseExpression()
      depth = max(depth, expression.depth)
      if let equal = try accept(.equal) {
        guard index == firstIndex + 2, case .name(let label) = first.kind else {
          throw Diagnostic(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            at: SourceRange(start: first.range.start, end: equal.range.end))
        }
        let value = try parseExpression()
        depth = max(depth, value.depth)
        let argument = CallArgument(
          label: label, value: value.expression, range: range(from: first.range.start))
        _ = try peek()  // an unfinished call is incomplete input before it is an error
        guard keywords.insert(label).inserted else {
          throw Diagnostic("keyword argument repeated: \(label)", at: argument.range)
        }
        arguments.append(argument)
      } else {
        _ = try peek()
        guard keywords.isEmpty else {
          throw Diagnostic(
            "positional argument follows keyword argument", at: expression.expression.range)
        }
        arguments.append(
          CallArgument(label: nil, value: expression.expression, range: expression.expression.range)
        )
      }
      if try accept(.comma) == nil { break }
    }
    try expectClosing(.rightParen, itemStart: lastStart)
    return try node(
      .call(callee: callee.expression, arguments: arguments),
      range(from: callee.expression.range.start), deepestChild: depth)
  }

  /// `base[0, 1:3, ::2, :]`; a trailing comma (`x[0,]`) is accepted and dropped.
  private mutating func parseSubscript(_ base: Node) throws(Diagnostic) -> Node {
    try advance()
    var items: [SubscriptItem] = []
    var depth = base.depth
    var lastStart: SourceLocation?
    repeat {
      let token = try peek()
      if !items.isEmpty && token.isPunctuator(.rightBracket) { break }
      lastStart = token.range.start
      items.append(try parseSubscriptItem(depth: &depth))
    } while try accept(.comma) != nil
    try expectClosing(.rightBracket, itemStart: lastStart)
    return try node(
      .subscript(base: base.expression, items: items), range(from: base.expression.range.start),
      deepestChild: depth)
  }

  /// `i` or a slice `start:stop:step` with each part optional.
  private mutating func parseSubscriptItem(depth: inout Int) throws(Diagnostic) -> SubscriptItem {
    let start = try peek().range.start
    var lower: Expression?
    if try !peek().isPunctuator(.colon) {
      let index = try parseExpression()
      depth = max(depth, index.depth)
      guard try peek().isPunctuator(.colon) else { return .index(index.expression) }
      lower = index.expression
    }
    try advance()  // the first ':'
    var upper: Expression?
    var step: Expression?
    if try !peek().endsSlicePart {
      let parsed = try parseExpression()
      depth = max(depth, parsed.depth)
      upper = parsed.expression
    }
    if try accept(.colon) != nil, try !peek().endsSlicePart {
      let parsed = try parseExpression()
      depth = max(depth, parsed.depth)
      step = parsed.expression
    }
    return .slice(start: lower, stop: upper, step: step, range: range(from: start))
  }
}

extension Token {
  /// Whether this token ends a part of a slice (`:`, `,`, `]`).
  var endsSlicePart: Bool {
    isPunctuator(.colon) || isPunctuator(.comma) || isPunctuator(.rightBracket)
  }
}
