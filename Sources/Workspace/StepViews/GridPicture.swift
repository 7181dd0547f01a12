import ConvCore
import TerminalText
import TerminalUI

/// A grid to draw: a titled table of values with row and column indices, some cells marked
/// (the receptive field, the winner, the current output cell), some indices marked (where a
/// strided window starts, what no window reads), and a focus that must stay in view when the
/// grid is larger than its area.
///
/// Each cell is drawn right-aligned in a column as wide as the widest value, after a one-column
/// gap; the gaps around a marked run hold `[` and `]`, so the marks read without colour:
/// ` 0 [2 2 1]4 1 0`.
struct GridPicture {
  /// What a cell holds.
  enum Kind {
    /// A value of the grid.
    case value
    /// A padding cell (drawn dim).
    case padding
    /// An output cell not computed yet (`·`).
    case unfilled
  }

  /// How a cell is marked.
  enum Mark {
    /// Not marked.
    case none
    /// In the receptive field.
    case window
    /// The winner of a max-pooling window.
    case winner
    /// The current output cell.
    case current
  }

  /// How a row or column index is marked.
  enum IndexMark {
    /// Not marked.
    case none
    /// A window starts at this row or column (shown when the stride skips some): underlined.
    case windowStart
    /// No window reads this row or column: its index and its cells are drawn dim.
    case unread
  }

  /// How far a grid may be cut to fit its area.
  enum Visibility: Equatable {
    /// Not at all: every row and column in view.
    case whole
    /// Down to its focus with this many rows and columns of context on each side (a grid
    /// without indices, such as a kernel, stays whole).
    case context(Int)
    /// Down to one row and one column, kernels too: when nothing else fits.
    case least
  }

  /// One cell: its text, kind and mark.
  struct Cell {
    var text: String
    var kind: Kind = .value
    var mark: Mark = .none
  }

  /// The title above the grid.
  var title: String
  /// The number of rows.
  let rows: Int
  /// The number of columns.
  let columns: Int
  /// Whether row and column indices are drawn.
  let showsLabels: Bool
  /// The cell at (row, column).
  let cell: (Int, Int) -> Cell
  /// The index shown left of a row.
  let rowLabel: (Int) -> String
  /// The index shown above a column.
  let columnLabel: (Int) -> String
  /// The marks of the row indices, by row (none when empty).
  var rowMarks: [IndexMark] = []
  /// The marks of the column indices, by column (none when empty).
  var columnMarks: [IndexMark] = []
  /// The rows that must stay in view.
  let focusRows: Range<Int>
  /// The columns that must stay in view.
  let focusColumns: Range<Int>
  /// The width of every cell: the widest value (of the whole grid, or around the focus for a
  /// large grid) and column index.
  private(set) var cellWidth = 1
  /// The width of the row indices.
  private(set) var labelWidth = 0

  /// A grid of `rows` × `columns` cells; `focus` (rows, columns) stays in view.
  init(
    title: String, rows: Int, columns: Int, showsLabels: Bool = true,
    focus: (rows: Range<Int>, columns: Range<Int>)? = nil,
    rowLabel: @escaping (Int) -> String = { String($0) },
    columnLabel: @escaping (Int) -> String = { String($0) },
    cell: @escaping (Int, Int) -> Cell
  ) {
    self.title = title
    self.rows = max(0, rows)
    self.columns = max(0, columns)
    self.showsLabels = showsLabels
    self.cell = cell
    self.rowLabel = rowLabel
    self.columnLabel = columnLabel
    focusRows = GridPicture.clamped(focus?.rows ?? 0..<1, to: self.rows)
    focusColumns = GridPicture.clamped(focus?.columns ?? 0..<1, to: self.columns)
    measure()
  }

  private static func clamped(_ range: Range<Int>, to count: Int) -> Range<Int> {
    let lower = min(max(range.lowerBound, 0), max(count - 1, 0))
    let upper = min(max(range.upperBound, lower + 1), max(count, lower + 1))
    return lower..<upper
  }

  /// Grids up to this many cells are measured whole; larger ones around the focus (which keeps
  /// a step of a 64×64 input under 2 ms at 200×60).
  private static let measuredCells = 1024
  /// How far around the focus a large grid is measured, in rows and columns.
  private static let measuredReach = 16

  private mutating func measure() {
    var sampleRows = 0..<rows
    var sampleColumns = 0..<columns
    if rows * columns > GridPicture.measuredCells {
      let reach = GridPicture.measuredReach
      sampleRows = max(0, focusRows.lowerBound - reach)..<min(rows, focusRows.upperBound + reach)
      sampleColumns =
        max(0, focusColumns.lowerBound - reach)..<min(columns, focusColumns.upperBound + reach)
    }
    var width = 1
    for row in sampleRows {
      for column in sampleColumns { width = max(width, DisplayWidth.of(cell(row, column).text)) }
    }
    if showsLabels {
      for column in sampleColumns { width = max(width, DisplayWidth.of(columnLabel(column))) }
      var labels = 1
      // Row labels are increasing indices or `p`: the first and last rows hold the widest.
      let labelled = Set((0..<min(rows, 8)).map { $0 } + (max(0, rows - 8)..<rows).map { $0 })
      for row in labelled { labels = max(labels, DisplayWidth.of(rowLabel(row))) }
      labelWidth = labels
    }
    cellWidth = width
  }

  /// The fewest rows and columns in view that `visibility` allows.
  func minimumVisible(_ visibility: Visibility) -> (rows: Int, columns: Int) {
    switch visibility {
    case .whole:
      return (rows, columns)
    case .context(let cells):
      guard showsLabels else { return (rows, columns) }
      return (
        min(rows, focusRows.count + 2 * cells), min(columns, focusColumns.count + 2 * cells)
      )
    case .least:
      return (min(rows, 1), min(columns, 1))
    }
  }

  /// The mark of row `index`'s label.
  func rowMark(_ index: Int) -> IndexMark {
    index < rowMarks.count ? rowMarks[index] : .none
  }

  /// The mark of column `index`'s label.
  func columnMark(_ index: Int) -> IndexMark {
    index < columnMarks.count ? columnMarks[index] : .none
  }

  /// The width of the grid with `visibleColumns` columns shown (title not included).
  func gridWidth(visibleColumns: Int) -> Int {
    (showsLabels ? labelWidth + 1 : 0) + visibleColumns * (cellWidth + 1) + 1
  }

  /// The most columns (up to `visibleColumns`) whose cells fit whole in `width`; 0 when not
  /// even one does.
  func columns(fittingIn width: Int, upTo visibleColumns: Int) -> Int {
    let fixed = (showsLabels ? labelWidth + 1 : 0) + 1
    return max(0, min(visibleColumns, (width - fixed) / (cellWidth + 1)))
  }

  /// The width of the block: the grid or its title, whichever is wider.
  func width(visibleColumns: Int) -> Int {
    max(gridWidth(visibleColumns: visibleColumns), DisplayWidth.of(title))
  }

  /// The height of the block with `visibleRows` rows shown: title, column indices, rows, and
  /// a `↓` row when there is more below.
  func height(visibleRows: Int) -> Int {
    1 + (showsLabels ? 1 : 0) + visibleRows + (showsLabels && visibleRows < rows ? 1 : 0)
  }

  /// The rows and columns in view: `visibleRows` × `visibleColumns` with the focus centred
  /// (or its start, when the focus is larger), kept inside the grid.
  func viewport(visibleRows: Int, visibleColumns: Int) -> (rows: Range<Int>, columns: Range<Int>) {
    (
      GridPicture.window(of: visibleRows, in: rows, around: focusRows),
      GridPicture.window(of: visibleColumns, in: columns, around: focusColumns)
    )
  }

  private static func window(of count: Int, in total: Int, around focus: Range<Int>) -> Range<Int> {
    let shown = min(max(count, 0), total)
    var start = focus.lowerBound - max(0, shown - focus.count) / 2
    start = min(max(start, 0), total - shown)
    if focus.count > shown { start = min(focus.lowerBound, total - shown) }
    return start..<(start + shown)
  }
}
