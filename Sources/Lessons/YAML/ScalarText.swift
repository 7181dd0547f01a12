import ConvPrompt
@preconcurrency import Yams

/// The text of a YAML scalar, with a way back from a place inside the text to its place in
/// the file, so that a bad number in a grid or a bad argument of a layer is pointed at exactly.
///
/// Places are exact for a value on one line (plain, or quoted, escapes and all) and for a
/// literal block (`|`); elsewhere they fall back to where the value starts.
struct ScalarText {
  /// How the value's characters lie in the file.
  enum Layout {
    /// On one line, the value's first character at this place.
    case inline(SourceLocation)
    /// Quoted on file line `line`: character `k` of the value's line `n` (lines made by `\n`
    /// escapes) is written at column `columns[n][k]`.
    case quoted(line: Int, columns: [[Int]])
    /// A literal block: the value's first line is file line `firstLine`, and line `k` of the
    /// value starts after `indents[k]` characters of its file line.
    case block(firstLine: Int, indents: [Int])
    /// Folded, escaped or spread over lines: only the start is known.
    case unknown
  }

  /// The value.
  let value: String
  /// Where the node starts (at its anchor `&name` if it has one, else at a quote or a `|` for
  /// those styles).
  let location: SourceLocation
  /// The YAML style the value is written in.
  let style: Node.Scalar.Style
  let layout: Layout

  init(_ scalar: Node.Scalar, source: SourceText) {
    value = scalar.string
    style = scalar.style
    let start = Node.scalar(scalar).location
    location = start
    let value = scalar.string
    func inline(from column: Int) -> Layout {
      guard !value.contains("\n"),
        let rest = source.rest(ofLine: start.line, fromColumn: column),
        rest.starts(with: value.unicodeScalars)
      else { return .unknown }
      return .inline(SourceLocation(line: start.line, column: column))
    }
    // The node starts at its anchor (`&grid 1 2`) when it has one; the value after it.
    let valueColumn = Self.columnAfterProperties(source, at: start)
    switch scalar.style {
    case .plain, .any:
      layout = inline(from: valueColumn)
    case .singleQuoted, .doubleQuoted:
      if let line = source.rest(ofLine: start.line, fromColumn: valueColumn),
        let columns = QuotedScalar.columns(
          of: value, style: scalar.style, line: line, quoteColumn: valueColumn)
      {
        layout = .quoted(line: start.line, columns: columns)
      } else {
        layout = .unknown
      }
    case .literal:
      // Each line of the value is the end of its file line: what comes before is indentation.
      let first = start.line + 1
      let indents = value.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        .map { index, line in
          let fileLine = first + index
          guard fileLine <= source.lines.count else { return 0 }
          return max(0, source.lines[fileLine - 1].unicodeScalars.count - line.unicodeScalars.count)
        }
      layout = .block(firstLine: first, indents: indents)
    case .folded:
      layout = .unknown
    }
  }

  /// The column after the anchor (`&name`) and tag (`!tag`) that a node written at `start`
  /// begins with, and the spaces after them; `start`'s column when it has none.
  static func columnAfterProperties(_ source: SourceText, at start: SourceLocation) -> Int {
    guard let rest = source.rest(ofLine: start.line, fromColumn: start.column) else {
      return start.column
    }
    var scalars = rest[...]
    while let first = scalars.first, first == "&" || first == "!" {
      scalars = scalars.drop { $0 != " " && $0 != "\t" }.drop { $0 == " " || $0 == "\t" }
    }
    return start.column + rest.count - scalars.count
  }

  /// Whether the value is written as a literal block (`|`), which keeps its lines.
  var isBlock: Bool { style == .literal }

  /// Whether the value sits on one line of the file, so that its characters have exact places.
  var isInline: Bool {
    switch layout {
    case .inline, .quoted: true
    case .block, .unknown: false
    }
  }

  /// The file place of the character at `column` (0-based, in Unicode scalars) of the value's
  /// line `line` (0-based).
  func location(line: Int, column: Int) -> SourceLocation {
    switch layout {
    case .inline(let origin):
      return line == 0
        ? SourceLocation(line: origin.line, column: origin.column + column) : location
    case .quoted(let fileLine, let columns):
      guard line < columns.count, column < columns[line].count else { return location }
      return SourceLocation(line: fileLine, column: columns[line][column])
    case .block(let firstLine, let indents):
      let indent = line < indents.count ? indents[line] : 0
      return SourceLocation(line: firstLine + line, column: indent + column + 1)
    case .unknown:
      return location
    }
  }

  /// The file place of a place given 1-based, as the prompt language's parser gives it.
  func location(of place: SourceLocation) -> SourceLocation {
    location(line: place.line - 1, column: place.column - 1)
  }
}
