import TerminalText

/// An error in a script, at a place: a syntax error or an error raised while running.
///
/// Rendered as compilers render errors: `FILE:LINE:COL: error: MESSAGE`, then the source line
/// and a caret under the place.
public struct Diagnostic: Error, Sendable, Equatable {
  public var message: String
  public var range: SourceRange

  init(_ message: String, at range: SourceRange) {
    self.message = message
    self.range = range
  }

  init(_ message: String, at location: SourceLocation) {
    self.init(
      message,
      at: SourceRange(
        start: location, end: SourceLocation(line: location.line, column: location.column + 1)))
  }

  /// `FILE:LINE:COL: error: MESSAGE`, the source line, and a caret line (`^~~~`).
  public func rendered(fileName: String, source: String) -> String {
    let start = range.start
    var text = "\(fileName):\(start.line):\(start.column): error: \(message)"
    let lines = source.split(omittingEmptySubsequences: false) {
      $0 == "\n" || $0 == "\r\n" || $0 == "\r"
    }
    guard start.line >= 1, start.line <= lines.count else { return text }
    let characters = Array(String(lines[start.line - 1]).replacingTabs())
    let startIndex = min(max(0, start.column - 1), characters.count)
    let endIndex =
      range.end.line == start.line
      ? min(max(startIndex, range.end.column - 1), characters.count) : characters.count
    // The line as one row of a terminal shows it, control characters escaped (`\e`), and
    // where each of its characters starts, in columns, so that the caret stays under the
    // place after escaped and wide characters.
    let shown = characters.map { TerminalEscaping.escapedForRow(String($0)) }
    var offsets = [0]
    for piece in shown { offsets.append(offsets.last! + DisplayWidth.of(piece)) }
    var column = offsets[startIndex]
    var width = max(1, offsets[endIndex] - column)
    // A long line is shown as a window around the place, marked with … where it is cut;
    // the window starts and ends between characters, so an escape is never cut.
    var first = 0
    var last = shown.count
    var prefix = ""
    if offsets[last] > Self.maximumShownColumns {
      let firstColumn = max(
        0, min(column - Self.shownColumnsBefore, offsets[last] - Self.maximumShownColumns))
      first = offsets.firstIndex { $0 >= firstColumn } ?? 0
      last = offsets.lastIndex { $0 <= offsets[first] + Self.maximumShownColumns } ?? last
      prefix = first > 0 ? "…" : ""
      column = column - offsets[first] + prefix.count
      width = max(1, min(width, offsets[last] - offsets[first] + prefix.count - column))
    }
    text += "\n" + prefix + shown[first..<last].joined() + (last < shown.count ? "…" : "")
    text +=
      "\n" + String(repeating: " ", count: column) + "^"
      + String(repeating: "~", count: max(0, width - 1))
    return text
  }

  /// The longest source line shown whole; a longer one is cut around the place.
  static let maximumShownColumns = 120
  /// How much of a cut line is shown before the place.
  static let shownColumnsBefore = 40
}

extension String {
  /// The line with tabs shown as single spaces, so a caret lines up under its column.
  fileprivate func replacingTabs() -> String {
    String(map { $0 == "\t" ? " " : $0 })
  }
}
