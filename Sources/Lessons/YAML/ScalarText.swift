import ConvPrompt
@preconcurrency import Yams

/// The text of a YAML scalar, with a way back from a place inside the text to its place in
/// the file, so that a bad number in a grid or a bad argument of a layer is pointed at exactly.
///
/// Places are exact for a value on one line (plain, or quoted without escapes) and for a
/// literal block (`|`); elsewhere they fall back to where the value starts.
struct ScalarText {
  /// How the value's characters lie in the file.
  enum Layout {
    /// On one line, the value's first character at this place.
    case inline(SourceLocation)
    /// A literal block: the value's first line is file line `firstLine`, and line `k` of the
    /// value starts after `indents[k]` characters of its file line.
    case block(firstLine: Int, indents: [Int])
    /// Folded, escaped or spread over lines: only the start is known.
    case unknown
  }

  /// The value.
  let value: String
  /// Where the node starts (at a quote or a `|` for those styles).
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
    switch scalar.style {
    case .plain, .any:
      layout = inline(from: start.column)
    case .singleQuoted, .doubleQuoted:
      layout = inline(from: start.column + 1)
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

  /// Whether the value is written as a literal block (`|`), which keeps its lines.
  var isBlock: Bool { style == .literal }

  /// Whether the value sits on one line of the file, so that its characters have exact places.
  var isInline: Bool {
    if case .inline = layout { return true }
    return false
  }

  /// The file place of the character at `column` (0-based, in Unicode scalars) of the value's
  /// line `line` (0-based).
  func location(line: Int, column: Int) -> SourceLocation {
    switch layout {
    case .inline(let origin):
      return line == 0
        ? SourceLocation(line: origin.line, column: origin.column + column) : location
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
