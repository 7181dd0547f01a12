/// A rectangle of cells: top-left corner and size, in (row, column) order.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
  /// The top row.
  public var row: Int
  /// The left column.
  public var column: Int
  /// The number of rows (height).
  public var rows: Int
  /// The number of columns (width).
  public var columns: Int

  /// A rectangle at (`row`, `column`) of `rows` × `columns` cells; negative sizes become 0.
  public init(row: Int, column: Int, rows: Int, columns: Int) {
    self.row = row
    self.column = column
    self.rows = max(0, rows)
    self.columns = max(0, columns)
  }

  /// The row just below the rectangle.
  var bottom: Int { row + rows }
  /// The column just right of the rectangle.
  var right: Int { column + columns }
  /// Whether the rectangle has no cells.
  var isEmpty: Bool { rows == 0 || columns == 0 }

  /// Whether the cell at (`row`, `column`) lies inside.
  func contains(row: Int, column: Int) -> Bool {
    row >= self.row && row < bottom && column >= self.column && column < right
  }

  /// The cells both rectangles share (empty when they do not meet).
  func intersection(_ other: Rect) -> Rect {
    let top = max(row, other.row)
    let left = max(column, other.column)
    return Rect(
      row: top, column: left, rows: min(bottom, other.bottom) - top,
      columns: min(right, other.right) - left)
  }

  /// The rectangle shrunk by `rows` at top and bottom and `columns` at left and right.
  public func inset(rows: Int = 0, columns: Int = 0) -> Rect {
    Rect(
      row: row + rows, column: column + columns, rows: self.rows - 2 * rows,
      columns: self.columns - 2 * columns)
  }

  /// The rectangle moved by `rows` down and `columns` right.
  func offset(rows: Int = 0, columns: Int = 0) -> Rect {
    Rect(row: row + rows, column: column + columns, rows: self.rows, columns: self.columns)
  }

  /// The first `count` rows and the rest (count is clamped to the height).
  public func splitRows(at count: Int) -> (top: Rect, bottom: Rect) {
    let first = min(max(0, count), rows)
    return (
      Rect(row: row, column: column, rows: first, columns: columns),
      Rect(row: row + first, column: column, rows: rows - first, columns: columns)
    )
  }

  /// The first `count` columns and the rest (count is clamped to the width).
  func splitColumns(at count: Int) -> (left: Rect, right: Rect) {
    let first = min(max(0, count), columns)
    return (
      Rect(row: row, column: column, rows: rows, columns: first),
      Rect(row: row, column: column + first, rows: rows, columns: columns - first)
    )
  }

  /// "row,column rows×columns", for test messages.
  public var description: String { "\(row),\(column) \(rows)×\(columns)" }
}
