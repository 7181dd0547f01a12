import ConvCore
import ConvText
import TerminalText

/// A tensor's planes as plain text, each written by ``ConvText/GridText``.
enum PlainGrid {
  /// The most planes (channels) printed of one tensor: 16.
  static let maximumPlanes = 16

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
      lines += GridText.lines(rows: rows, columns: columns) { row, column in
        NumberText.text(tensor.scalars[base + row * columns + column], in: notation)
      }
    }
    if planeCount > maximumPlanes {
      lines.append("… (\(planeCount - maximumPlanes) more planes of \(name) not printed)")
    }
    if rows * columns == 0 { lines.append("\(name) \(size): empty") }
    return lines
  }
}
