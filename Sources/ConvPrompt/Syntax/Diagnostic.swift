/// An error in a script, at a place: a syntax error or an error raised while running.
///
/// Rendered as compilers render errors: `FILE:LINE:COL: error: MESSAGE`, then the source line
/// and a caret under the place.
public struct Diagnostic: Error, Sendable, Equatable {
  public var message: String
  public var range: SourceRange

  public init(_ message: String, at range: SourceRange) {
    self.message = message
    self.range = range
  }

  public init(_ message: String, at location: SourceLocation) {
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
    let line = Array(String(lines[start.line - 1]).replacingTabs())
    var column = max(0, start.column - 1)
    var width =
      range.end.line == start.line
      ? max(1, range.end.column - start.column) : max(1, line.count - column)
    // A long line is shown as a window around the place, marked with … where it is cut.
    var shown = line[...]
    var prefix = ""
    if line.count > Self.maximumShownColumns {
      let first = max(
        0, min(column - Self.shownColumnsBefore, line.count - Self.maximumShownColumns))
      let last = min(line.count, first + Self.maximumShownColumns)
      shown = line[first..<last]
      prefix = first > 0 ? "…" : ""
      column = column - first + prefix.count
      width = max(1, min(width, last - first + prefix.count - column))
    }
    text += "\n" + prefix + String(shown) + (shown.endIndex < line.count ? "…" : "")
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
