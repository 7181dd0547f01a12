/// The prompt language's parser: the subset of Python 3 that the course slides use.
///
/// Everything accepted means what it means in Python 3. Anything else is a `Diagnostic` with
/// the line and column of the first token that is not part of the subset.
public enum Parser {
  /// The largest source accepted, in UTF-8 bytes (1 MiB); longer sources are refused whole.
  public static let maximumSourceBytes = 1 << 20
  /// The deepest nesting of brackets accepted (as in CPython).
  static let maximumNesting = Lexer.maximumNesting
  /// The deepest expression tree accepted (operators, calls, attributes, items nested in each
  /// other), so no later walk of the tree can exhaust the stack.
  static let maximumExpressionDepth = 1000

  /// Parses a whole script.
  public static func parse(_ source: String) throws(Diagnostic) -> Script {
    try checkSize(of: source)
    let lexed = Lexer.tokenize(source)
    var parser = SyntaxParser(lexed)
    do {
      return try parser.parseProgram()
    } catch {
      // `x = (1,` then `y = 2`: the open bracket explains the confusion better.
      if lexed.isUnclosedBracket, let unclosed = lexed.error,
        unclosed.range.start < error.range.start, SyntaxParser.isGeneric(error.message)
      {
        throw unclosed
      }
      throw error
    }
  }

  /// Whether `source` is an unfinished statement that an interactive prompt should continue on
  /// the next line (open brackets, a trailing backslash, an unterminated triple-quoted string).
  /// A source with a real syntax error is not incomplete (it should be reported).
  public static func needsMoreInput(_ source: String) -> Bool {
    guard source.utf8.count <= maximumSourceBytes else { return false }
    let lexed = Lexer.tokenize(source)
    guard lexed.isIncomplete, let pending = lexed.error else { return false }
    var parser = SyntaxParser(lexed)
    do {
      _ = try parser.parseProgram()
      return false
    } catch {
      return error == pending
    }
  }

  private static func checkSize(of source: String) throws(Diagnostic) {
    let bytes = source.utf8.count
    guard bytes <= maximumSourceBytes else {
      throw Diagnostic(
        "the script is too long (\(bytes) bytes): convtutor reads scripts of at most 1 MiB",
        at: SourceLocation(line: 1, column: 1))
    }
  }
}
