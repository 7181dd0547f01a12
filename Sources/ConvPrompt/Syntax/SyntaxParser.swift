/// A recursive-descent parser over the lexer's tokens: statements here, imports and
/// expressions in extensions.
///
/// Only brackets recurse (and the lexer bounds them); chains of operators, unary signs and
/// postfix trailers are loops. When the tokens run out before `.end`, reading on throws the
/// lexer's error, so errors come out in source order.
struct SyntaxParser {
  let tokens: [Token]
  let lexerError: Diagnostic?
  var index = 0
  /// Where the last consumed token ends.
  var previousEnd = SourceLocation(line: 1, column: 1)

  init(_ output: Lexer.Output) {
    tokens = output.tokens
    lexerError = output.error
  }

  // MARK: Reading tokens

  /// The current token; throws the lexer's error when the tokens ran out.
  func peek() throws(Diagnostic) -> Token {
    if index < tokens.count { return tokens[index] }
    throw lexerError ?? Diagnostic("unexpected end of input", at: previousEnd)
  }

  /// The token before the current one, if any.
  var previousToken: Token? {
    index > 0 && index <= tokens.count ? tokens[index - 1] : nil
  }

  @discardableResult
  mutating func advance() throws(Diagnostic) -> Token {
    let token = try peek()
    index += 1
    previousEnd = token.range.end
    return token
  }

  /// Consumes the current token if it is `punctuator`.
  mutating func accept(_ punctuator: Punctuator) throws(Diagnostic) -> Token? {
    try peek().isPunctuator(punctuator) ? try advance() : nil
  }

  mutating func accept(_ keyword: Keyword) throws(Diagnostic) -> Token? {
    try peek().isKeyword(keyword) ? try advance() : nil
  }

  func range(from start: SourceLocation) -> SourceRange {
    SourceRange(start: start, end: previousEnd)
  }

  // MARK: Statements

  mutating func parseProgram() throws(Diagnostic) -> Script {
    var statements: [Statement] = []
    while true {
      let token = try peek()
      switch token.kind {
      case .end:
        return Script(statements: statements)
      case .newline:
        try advance()
      default:
        try parseLine(into: &statements)
      }
    }
  }

  /// Simple statements separated by `;`, up to the end of the logical line.
  private mutating func parseLine(into statements: inout [Statement]) throws(Diagnostic) {
    while true {
      try parseSimpleStatement(into: &statements)
      let token = try peek()
      switch token.kind {
      case .newline:
        try advance()
        return
      case .end:
        return
      case .punctuator(.semicolon):
        try advance()
        let next = try peek()
        if next.kind == .newline {
          try advance()
          return
        }
        if next.kind == .end { return }
      default:
        throw afterOperandError(token, inBrackets: false, itemStart: nil)
      }
    }
  }

  private mutating func parseSimpleStatement(into statements: inout [Statement]) throws(Diagnostic)
  {
    let token = try peek()
    switch token.kind {
    case .keyword(.import):
      try parseImport(into: &statements)
    case .keyword(.from):
      try parseFromImport(into: &statements)
    case .keyword(.pass):
      try advance()
      statements.append(Statement(.pass, range: token.range))
    default:
      guard token.startsExpression else {
        throw Diagnostic(
          Unsupported.message(for: token, at: .statement) ?? SyntaxParser.invalidSyntax,
          at: token.range)
      }
      statements.append(try parseExpressionStatement())
    }
  }

  /// An assignment (`a = b = value`) or a bare expression.
  private mutating func parseExpressionStatement() throws(Diagnostic) -> Statement {
    let start = try peek().range.start
    let first = try parseExpressionList()
    let next = try peek()
    if next.isPunctuator(.equal) {
      // Each target is checked when its `=` is read, so `f() = (1,` is an error at once rather
      // than an unfinished statement.
      var targets: [Expression] = []
      var value = first
      while try peek().isPunctuator(.equal) {
        try SyntaxParser.checkAssignable(value.expression)
        targets.append(value.expression)
        try advance()
        value = try parseExpressionList()
      }
      return Statement(
        .assignment(targets: targets, value: value.expression), range: range(from: start))
    }
    if next.isPunctuator(.colon), first.expression.isAssignableReference {
      throw Diagnostic(Unsupported.message(for: "type annotations (`x: int`) are"), at: next.range)
    }
    if case .name("print") = first.expression.kind, next.startsExpression {
      throw Diagnostic(
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        at: SourceRange(start: start, end: next.range.end))
    }
    return Statement(.expression(first.expression), range: range(from: start))
  }

  /// Refuses a target Python cannot assign to, with CPython's message.
  static func checkAssignable(_ target: Expression) throws(Diagnostic) {
    let what: String
    switch target.kind {
    case .name, .attribute, .subscript:
      return
    case .tuple(let items), .list(let items):
      for item in items { try checkAssignable(item) }
      return
    case .call: what = "function call"
    case .integer, .float, .string: what = "literal"
    case .boolean(let value): what = value ? "True" : "False"
    case .none: what = "None"
    case .unary, .binary: what = "expression"
    }
    throw Diagnostic("cannot assign to \(what)", at: target.range)
  }

  // MARK: Errors

  static let invalidSyntax = "invalid syntax"
  static let missingComma = "invalid syntax. Perhaps you forgot a comma?"
  static let expectedExpression = "expected an expression after "

  /// Whether `message` is one of the parser's generic complaints, which an unclosed bracket
  /// earlier in the source explains better (as CPython reports it).
  static func isGeneric(_ message: String) -> Bool {
    message == invalidSyntax || message == missingComma || message.hasPrefix(expectedExpression)
  }

  /// The error for `token` where an expression should start.
  func operandError(_ token: Token) -> Diagnostic {
    if let message = Unsupported.message(for: token, at: .operand) {
      return Diagnostic(message, at: token.range)
    }
    if let previous = previousToken, previous.expectsOperandAfter, !token.isKeyword(.not) {
      return Diagnostic(
        SyntaxParser.expectedExpression + previous.quotedText, at: token.range)
    }
    return Diagnostic(SyntaxParser.invalidSyntax, at: token.range)
  }

  /// The error for `token` right after a complete expression, where it does not belong.
  func afterOperandError(_ token: Token, inBrackets: Bool, itemStart: SourceLocation?)
    -> Diagnostic
  {
    if let message = Unsupported.message(for: token, at: .afterOperand) {
      return Diagnostic(message, at: token.range)
    }
    if inBrackets, token.startsExpression, let itemStart {
      return Diagnostic(
        SyntaxParser.missingComma, at: SourceRange(start: itemStart, end: token.range.end))
    }
    return Diagnostic(SyntaxParser.invalidSyntax, at: token.range)
  }
}

extension Token {
  /// Whether an expression can start with this token.
  var startsExpression: Bool {
    switch kind {
    case .name, .integer, .float, .string: true
    case .keyword(let keyword):
      keyword == .true || keyword == .false || keyword == .none || keyword == .not
    case .punctuator(let punctuator):
      punctuator == .leftParen || punctuator == .leftBracket || punctuator == .minus
        || punctuator == .plus
    case .newline, .end: false
    }
  }

  /// Whether this token needs an expression after it (`=`, an operator, `not`).
  var expectsOperandAfter: Bool {
    switch kind {
    case .keyword(.not): true
    case .punctuator(let punctuator):
      switch punctuator {
      case .equal, .plus, .minus, .star, .slash, .doubleSlash, .percent, .doubleStar, .at: true
      default: false
      }
    default: false
    }
  }
}

extension Expression {
  /// A name, attribute or subscript: what can be annotated or assigned.
  var isAssignableReference: Bool {
    switch kind {
    case .name, .attribute, .subscript: true
    default: false
    }
  }
}
