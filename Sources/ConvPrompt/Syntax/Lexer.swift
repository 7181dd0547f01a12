/// Turns source text into tokens, as Python's tokenizer does for the subset.
///
/// The lexer stops at the first lexical error and keeps it beside the tokens read so far: the
/// parser reports it only when it reaches that point, so an earlier syntax error is reported
/// first, as CPython does. Positions count characters (a tab is one column).
struct Lexer {
  /// The tokens, and the error that stopped the lexer (if any).
  struct Output: Sendable {
    /// The tokens; ends with `.end` when `error` is nil.
    var tokens: [Token]
    var error: Diagnostic?
    /// Whether `error` means the source stops in the middle of a statement (an open bracket,
    /// a trailing backslash, an unterminated triple-quoted string): more input could finish it.
    var isIncomplete: Bool
    /// Whether `error` is a bracket left open at the end of the source.
    var isUnclosedBracket = false
  }

  /// The deepest nesting of brackets accepted (CPython's limit too).
  static let maximumNesting = 200

  let characters: [Character]
  var index = 0
  var line = 1
  var column = 1
  var tokens: [Token] = []
  var brackets: [(punctuator: Punctuator, location: SourceLocation)] = []
  var atLineStart = true
  var isIncomplete = false
  var isUnclosedBracket = false

  private init(_ source: String) {
    characters = Array(source)
  }

  /// Reads all of `source`, stopping at the first lexical error.
  static func tokenize(_ source: String) -> Output {
    var lexer = Lexer(source)
    do {
      try lexer.run()
      return Output(tokens: lexer.tokens, error: nil, isIncomplete: false)
    } catch {
      return Output(
        tokens: lexer.tokens, error: error, isIncomplete: lexer.isIncomplete,
        isUnclosedBracket: lexer.isUnclosedBracket)
    }
  }

  // MARK: Reading characters

  var location: SourceLocation { SourceLocation(line: line, column: column) }

  func peek(_ offset: Int = 0) -> Character? {
    let position = index + offset
    return position >= 0 && position < characters.count ? characters[position] : nil
  }

  mutating func advance() {
    guard let character = peek() else { return }
    index += 1
    if character.isLineBreak {
      line += 1
      column = 1
    } else {
      column += 1
    }
  }

  mutating func emit(_ kind: TokenKind, from start: SourceLocation) {
    tokens.append(Token(kind: kind, range: SourceRange(start: start, end: location)))
  }

  // MARK: The main loop

  private mutating func run() throws(Diagnostic) {
    if peek() == "\u{FEFF}" { advance() }  // a byte order mark
    while true {
      if atLineStart && brackets.isEmpty {
        try startLogicalLine()
        if atLineStart {
          if peek() == nil { break }
          continue
        }
      }
      guard let character = peek() else { break }
      try readToken(at: character)
    }
    if let open = brackets.last {
      isIncomplete = true
      isUnclosedBracket = true
      throw Diagnostic("'\(open.punctuator.rawValue)' was never closed", at: open.location)
    }
    if !atLineStart {
      let start = location
      tokens.append(
        Token(
          kind: .newline,
          range: SourceRange(start: start, end: SourceLocation(line: line, column: column + 1))))
    }
    emit(.end, from: location)
  }

  /// At the start of a line outside brackets: skips blank and comment-only lines, and refuses
  /// an indented statement.
  private mutating func startLogicalLine() throws(Diagnostic) {
    var indented = false
    while let character = peek() {
      if character == " " || character == "\t" {
        indented = true
      } else if character == "\u{0C}" {
        indented = false  // a form feed resets the indentation, as in Python
      } else {
        break
      }
      advance()
    }
    guard let character = peek() else { return }
    if character.isLineBreak {
      advance()
      return
    }
    if character == "#" {
      skipComment()
      return
    }
    if indented {
      throw Diagnostic(
        "unexpected indent",
        at: SourceRange(start: SourceLocation(line: line, column: 1), end: location))
    }
    atLineStart = false
  }

  private mutating func skipComment() {
    while let character = peek(), !character.isLineBreak {
      advance()
    }
  }

  private mutating func readToken(at character: Character) throws(Diagnostic) {
    switch character {
    case " ", "\t", "\u{0C}":
      advance()
    case "#":
      skipComment()
    case _ where character.isLineBreak:
      if brackets.isEmpty {
        let start = location
        advance()
        tokens.append(
          Token(
            kind: .newline,
            range: SourceRange(
              start: start, end: SourceLocation(line: start.line, column: start.column + 1))))
        atLineStart = true
      } else {
        advance()
      }
    case "\\":
      try readLineContinuation()
    case "'", "\"":
      try readString(prefix: "", start: location)
    case _ where character.isASCIIDigit || (character == "." && (peek(1)?.isASCIIDigit ?? false)):
      try readNumber()
    case _ where character.isIdentifierStart:
      try readNameOrPrefixedString()
    default:
      try readPunctuator(at: character)
    }
  }

  private mutating func readLineContinuation() throws(Diagnostic) {
    let start = location
    advance()
    guard let next = peek() else {
      isIncomplete = true
      throw Diagnostic(
        "unexpected end of input after the line continuation character '\\'", at: start)
    }
    guard next.isLineBreak else {
      throw Diagnostic("unexpected character after line continuation character", at: start)
    }
    advance()
    if peek() == nil {
      isIncomplete = true
      throw Diagnostic(
        "unexpected end of input after the line continuation character '\\'", at: start)
    }
  }

  private mutating func readNameOrPrefixedString() throws(Diagnostic) {
    let start = location
    var text = ""
    while let character = peek(), character.isIdentifierContinue {
      text.append(character)
      advance()
    }
    if let next = peek(), next == "'" || next == "\"",
      Lexer.stringPrefixes.contains(text.lowercased())
    {
      try readString(prefix: text, start: start)
      return
    }
    if let keyword = Keyword(rawValue: text) {
      emit(.keyword(keyword), from: start)
    } else {
      emit(.name(text), from: start)
    }
  }

  private static let stringPrefixes: Set<String> = ["r", "u", "b", "f", "br", "rb", "fr", "rf"]

  private static let punctuators: [String: Punctuator] = Dictionary(
    uniqueKeysWithValues: Punctuator.allCases.map { ($0.rawValue, $0) })

  private mutating func readPunctuator(at character: Character) throws(Diagnostic) {
    let start = location
    for length in stride(from: 3, through: 1, by: -1) {
      var text = ""
      for offset in 0..<length {
        guard let next = peek(offset) else { break }
        text.append(next)
      }
      guard text.count == length, let punctuator = Lexer.punctuators[text] else { continue }
      try trackBracket(punctuator, at: start)
      for _ in 0..<length { advance() }
      emit(.punctuator(punctuator), from: start)
      return
    }
    throw Diagnostic(Lexer.invalidCharacterMessage(character), at: start)
  }

  private mutating func trackBracket(_ punctuator: Punctuator, at start: SourceLocation)
    throws(Diagnostic)
  {
    switch punctuator {
    case .leftParen, .leftBracket, .leftBrace:
      guard brackets.count < Lexer.maximumNesting else {
        throw Diagnostic(
          "too many nested brackets: convtutor accepts at most \(Lexer.maximumNesting) levels",
          at: start)
      }
      brackets.append((punctuator, start))
    case .rightParen, .rightBracket, .rightBrace:
      guard let open = brackets.popLast() else {
        throw Diagnostic("unmatched '\(punctuator.rawValue)'", at: start)
      }
      guard open.punctuator.closing == punctuator else {
        let onLine = open.location.line == start.line ? "" : " on line \(open.location.line)"
        throw Diagnostic(
          "closing parenthesis '\(punctuator.rawValue)' does not match opening parenthesis "
            + "'\(open.punctuator.rawValue)'\(onLine)", at: start)
      }
    default:
      break
    }
  }

  /// `invalid character '€' (U+20AC)`, or `invalid non-printable character U+0007`.
  static func invalidCharacterMessage(_ character: Character) -> String {
    guard let scalar = character.unicodeScalars.first else { return "invalid character" }
    let code = "U+" + String(scalar.value, radix: 16, uppercase: true).zeroPadded(toWidth: 4)
    switch scalar.properties.generalCategory {
    case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .surrogate,
      .privateUse, .unassigned:
      return "invalid non-printable character \(code)"
    default:
      return "invalid character '\(character)' (\(code))"
    }
  }
}
