import ConvCore
import ConvText
import TerminalText

/// Grids as plain text: values right-aligned in columns as wide as the widest, one space
/// apart, indented; large grids are cut to ``maximumSide`` rows and columns, saying so.
enum PlainGrid {
  /// The most rows and columns a printed grid shows: 64.
  static let maximumSide = 64
  /// The most planes (channels) printed of one tensor: 16.
  static let maximumPlanes = 16

  /// A grid of `rows` × `columns` cells as lines indented by two spaces, trailing spaces
  /// removed; at most ``maximumSide`` rows and columns, then a note of how many more.
  static func lines(rows: Int, columns: Int, cell: (Int, Int) -> String) -> [String] {
    let shownRows = min(rows, maximumSide)
    let shownColumns = min(columns, maximumSide)
    let cells = (0..<shownRows).map { row in (0..<shownColumns).map { cell(row, $0) } }
    var widths = [Int](repeating: 0, count: shownColumns)
    for row in cells {
      for (column, text) in row.enumerated() {
        widths[column] = max(widths[column], DisplayWidth.of(text))
      }
    }
    var lines = cells.map { row in
      var line = "  "
      for (column, text) in row.enumerated() {
        if column > 0 { line += " " }
        line += DisplayWidth.rightAligned(text, to: widths[column])
      }
      if columns > shownColumns { line += " … (\(columns - shownColumns) more columns)" }
      return trimmedTrailing(line)
    }
    if rows > shownRows { lines.append("  … (\(rows - shownRows) more rows)") }
    return lines
  }

  /// Every plane of `tensor` (its last two dimensions; one row for 1-d, one cell for a
  /// scalar) with a heading: `name 3×3:` (the shape written as the shapes line writes it) or,
  /// with several planes, `name[1] 3×3:`.
  static func planeLines(
    of tensor: Tensor, name: String, notation: ElementNotation, window: WindowGeometry?
  ) -> [String] {
    let shape = tensor.shape
    let rank = shape.count
    let rows = rank >= 2 ? shape[rank - 2] : 1
    let columns = rank >= 1 ? shape[rank - 1] : 1
    let leadingShape = Array(shape.prefix(max(0, rank - 2)))
    let planeCount = leadingShape.reduce(1, *)
    let size = ShapeText.label(shape, window: window)
    var lines: [String] = []
    for plane in 0..<min(planeCount, maximumPlanes) where rows * columns > 0 {
      let leading = Tensor.position(ofFlatIndex: plane, in: leadingShape)
      let title = planeCount > 1 ? name + NumberText.index(leading) : name
      lines.append(title + " " + (planeCount > 1 ? ShapeText.size([rows, columns]) : size) + ":")
      let base = plane * rows * columns
      lines += PlainGrid.lines(rows: rows, columns: columns) { row, column in
        NumberText.text(tensor.scalars[base + row * columns + column], in: notation)
      }
    }
    if planeCount > maximumPlanes {
      lines.append("… (\(planeCount - maximumPlanes) more planes of \(name) not printed)")
    }
    if rows * columns == 0 { lines.append("\(name) \(size): empty") }
    return lines
  }

  /// `line` without trailing spaces.
  static func trimmedTrailing(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }
}
