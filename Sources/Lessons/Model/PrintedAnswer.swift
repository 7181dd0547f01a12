import ConvPrompt

/// An answer as a lesson writes it (an `expect:` key, or the cells of a `slide:`): a shape
/// and the output's values, grid by grid.
struct PrintedAnswer: Sendable, Equatable {
  /// The shape, as written: the whole shape (`[1, 2, 4]`), or a size label (`2 x 4`).
  let shape: [Int]?
  /// Whether ``shape`` is a size label, which names only the output's last dimensions.
  let shapeIsLabel: Bool
  /// The values, if given.
  let cells: PrintedCells?
}

/// Output values as a lesson writes them: one grid per channel, each row by row.
public struct PrintedCells: Sendable, Equatable {
  /// The number of grids (1 for a single grid).
  let grids: Int
  /// Rows of each grid.
  let rows: Int
  /// Columns of each grid.
  let columns: Int
  /// The numbers, grid after grid, each row by row: the output's row-major order.
  public let numbers: [PrintedNumber]
  /// Where each number is written.
  let locations: [SourceLocation]
  /// Where the cells start.
  let location: SourceLocation
}
