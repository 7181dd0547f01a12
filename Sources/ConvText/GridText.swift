import TerminalText

/// A grid of numbers as plain text, the one way plain mode and the plain quiz write grids:
/// every cell right-aligned to one width, the widest cell's (as PyTorch gives every element of
/// a tensor one width), one space apart, indented by two; a large grid is cut to
/// ``maximumSide`` rows and columns, saying so.
public enum GridText {
  /// The most rows and columns a printed grid shows: 64.
  public static let maximumSide = 64

  /// A grid of `rows` × `columns` cells as lines, trailing spaces removed; at most
  /// ``maximumSide`` rows and columns, then a note of how many more.
  public static func lines(rows: Int, columns: Int, cell: (Int, Int) -> String) -> [String] {
    let shownRows = min(rows, maximumSide)
    let shownColumns = min(columns, maximumSide)
    let cells = (0..<shownRows).map { row in (0..<shownColumns).map { cell(row, $0) } }
    let width = cells.joined().map(DisplayWidth.of).max() ?? 1
    var lines = cells.map { row in
      var line = "  " + row.map { DisplayWidth.rightAligned($0, to: width) }.joined(separator: " ")
      if columns > shownColumns { line += " … (\(columns - shownColumns) more columns)" }
      while line.last == " " { line.removeLast() }
      return line
    }
    if rows > shownRows { lines.append("  … (\(rows - shownRows) more rows)") }
    return lines
  }
}
