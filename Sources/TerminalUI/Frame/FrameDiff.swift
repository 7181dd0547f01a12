/// The cells that differ between two frames: what a backend has to send.
public struct FrameDiff: Sendable, Equatable {
  /// One changed cell: its position and its new content.
  public struct Change: Sendable, Equatable {
    /// The row of the cell.
    let row: Int
    /// The column of the cell.
    let column: Int
    /// The cell in the new frame.
    public let cell: Cell
  }

  /// The changed cells, row by row.
  public let changes: [Change]

  /// The cells of `new` that differ from `old`. Every cell counts as changed when there is no
  /// old frame or the sizes differ.
  public init(from old: Frame?, to new: Frame) {
    var changes: [Change] = []
    let comparable = old.map { $0.rows == new.rows && $0.columns == new.columns } ?? false
    for row in 0..<new.rows {
      for column in 0..<new.columns {
        let cell = new[row, column]
        if !comparable || old?[row, column] != cell {
          changes.append(Change(row: row, column: column, cell: cell))
        }
      }
    }
    self.changes = changes
  }

  /// The number of changed cells.
  public var count: Int { changes.count }

  /// Whether nothing changed.
  var isEmpty: Bool { changes.isEmpty }

  /// The rows that have at least one changed cell.
  var changedRows: [Int] {
    var rows: [Int] = []
    for change in changes where rows.last != change.row { rows.append(change.row) }
    return rows
  }
}
