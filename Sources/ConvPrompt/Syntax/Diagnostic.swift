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
    // The line as the terminal will show it, control characters escaped (`\e`), with the
    // place moved to match, so that the caret stays under it.
    let shownCharacters = characters.map { SafeText.escaped(String($0)) }
    var offsets = [0]
    for shownCharacter in shownCharacters { offsets.append(offsets.last! + shownCharacter.count) }
    let line = Array(shownCharacters.joined())
    var column = offsets[startIndex]
    var width = max(1, offsets[endIndex] - column)
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
