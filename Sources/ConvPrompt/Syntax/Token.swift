/// One token of the prompt language, with the source it came from.
struct Token: Sendable, Equatable {
  var kind: TokenKind
  var range: SourceRange
}

/// What a token is: the lexer's alphabet.
enum TokenKind: Sendable, Equatable {
  case name(String)
  case keyword(Keyword)
  case integer(Int)
  case float(Double)
  /// A string literal's value, escapes already decoded.
  case string(String)
  case punctuator(Punctuator)
  /// The end of a logical line (never emitted inside brackets or for blank lines).
  case newline
  /// The end of the source.
  case end
}

extension Token {
  /// The token as a learner would read it in a message: `'+'`, `'kernel_size'`, `'for'`.
  var quotedText: String {
    switch kind {
    case .name(let name): "'\(name)'"
    case .keyword(let keyword): "'\(keyword.rawValue)'"
    case .punctuator(let punctuator): "'\(punctuator.rawValue)'"
    case .integer, .float: "number"
    case .string: "string"
    case .newline: "end of line"
    case .end: "end of input"
    }
  }

  func isPunctuator(_ punctuator: Punctuator) -> Bool {
    kind == .punctuator(punctuator)
  }

  func isKeyword(_ keyword: Keyword) -> Bool {
    kind == .keyword(keyword)
  }
}
