import TerminalText

/// A grid of cells that views draw into; the backend shows it. Views never touch the terminal.
///
/// Coordinates are (row, column), zero-based. Drawing is clipped to the frame, and inside
/// `within(_:_:)` to a region whose top-left corner becomes (0, 0). Two frames are equal when
/// their sizes and cells are equal.
public struct Frame: Sendable, Equatable {
  /// The number of rows (height).
  public let rows: Int
  /// The number of columns (width).
  public let columns: Int
  /// The cells, row by row.
  private(set) var cells: [Cell]

  /// Where local (0, 0) lies in the frame.
  private var origin: (row: Int, column: Int) = (0, 0)
  /// The cells drawing may change, in frame coordinates.
  private var clip: Rect
  /// The size of the current region.
  private var regionSize: (rows: Int, columns: Int)

  /// A blank frame of `rows` × `columns` cells (negative sizes become 0).
  public init(rows: Int, columns: Int) {
    self.rows = max(0, rows)
    self.columns = max(0, columns)
    self.cells = Array(repeating: .blank, count: self.rows * self.columns)
    self.clip = Rect(row: 0, column: 0, rows: self.rows, columns: self.columns)
    self.regionSize = (self.rows, self.columns)
  }

  /// Whether both frames have the same size and cells (the drawing region is not compared).
  public static func == (left: Frame, right: Frame) -> Bool {
    left.rows == right.rows && left.columns == right.columns && left.cells == right.cells
  }

  /// The whole frame, in frame coordinates.
  var bounds: Rect { Rect(row: 0, column: 0, rows: rows, columns: columns) }

  /// The current drawing region in local coordinates: the whole frame, or inside
  /// `within(_:_:)` the region's own size at (0, 0).
  public var area: Rect {
    Rect(row: 0, column: 0, rows: regionSize.rows, columns: regionSize.columns)
  }

  /// The cell at (`row`, `column`) in frame coordinates; a blank outside the frame.
  subscript(row: Int, column: Int) -> Cell {
    guard row >= 0, row < rows, column >= 0, column < columns else { return .blank }
    return cells[row * columns + column]
  }

  /// Runs `draw` with a region of this frame: coordinates are relative to `rect`'s corner and
  /// drawing is clipped to `rect` (and to any enclosing region).
  public mutating func within(_ rect: Rect, _ draw: (inout Frame) -> Void) {
    let saved = (origin, clip, regionSize)
    let absolute = rect.offset(rows: origin.row, columns: origin.column)
    origin = (absolute.row, absolute.column)
    clip = clip.intersection(absolute)
    regionSize = (rect.rows, rect.columns)
    draw(&self)
    (origin, clip, regionSize) = saved
  }

  /// Draws `text` from (`row`, `column`) to the right, clipped; returns the column after it.
  ///
  /// Control characters are drawn escaped (`\e`, `\n`, `\x01`, …); wide characters take two
  /// columns, and one cut by the clip edge shows as a space.
  @discardableResult
  public mutating func put(_ text: String, row: Int, column: Int, style: Style = .plain) -> Int {
    let absoluteRow = origin.row + row
    var next = column
    guard absoluteRow >= clip.row, absoluteRow < clip.bottom else {
      return column + DisplayWidth.of(text)
    }
    DisplayWidth.forEachDrawable(text) { character, width in
      let absoluteColumn = origin.column + next
      next += width
      if absoluteColumn >= clip.right || absoluteColumn + width <= clip.column { return }
      if width == 2 {
        let firstInside = absoluteColumn >= clip.column
        let secondInside = absoluteColumn + 1 < clip.right
        if firstInside && secondInside {
          set(Cell(character, style: style), row: absoluteRow, column: absoluteColumn)
          set(.continuation(style: style), row: absoluteRow, column: absoluteColumn + 1)
        } else {
          let column = firstInside ? absoluteColumn : absoluteColumn + 1
          set(Cell(" ", style: style), row: absoluteRow, column: column)
        }
      } else {
        set(Cell(character, style: style), row: absoluteRow, column: absoluteColumn)
      }
    }
    return next
  }

  /// Fills `rect` (local coordinates, clipped) with `character` in `style`.
  public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
    let cell = Cell(character, style: style)
    if cell.width == 1 {
      let target = clip.intersection(rect.offset(rows: origin.row, columns: origin.column))
      for row in target.row..<target.bottom {
        for column in target.column..<target.right {
          set(cell, row: row, column: column)
        }
      }
      return
    }
    let text = String(cell.character)
    for row in rect.row..<rect.bottom {
      for column in stride(from: rect.column, to: rect.right - 1, by: 2) {
        put(text, row: row, column: column, style: style)
      }
    }
  }

  /// Fills the whole current region with `character` in `style`.
  public mutating func fill(with character: Character = " ", style: Style = .plain) {
    fill(area, with: character, style: style)
  }

  /// Changes the style of the cells in `rect` (local coordinates, clipped), keeping their text.
  public mutating func restyle(_ rect: Rect, style: Style) {
    let target = clip.intersection(rect.offset(rows: origin.row, columns: origin.column))
    for row in target.row..<target.bottom {
      for column in target.column..<target.right {
        cells[row * columns + column].style = style
      }
    }
  }

  /// Stores `cell` at a frame position, keeping wide characters whole: a wide character that
  /// loses one half has its other half replaced by a space.
  private mutating func set(_ cell: Cell, row: Int, column: Int) {
    guard row >= 0, row < rows, column >= 0, column < columns else { return }
    let index = row * columns + column
    let old = cells[index]
    if old.isContinuation, column > 0, !cell.isContinuation || cells[index - 1].width != 2 {
      cells[index - 1] = Cell(" ", style: cells[index - 1].style)
    }
    if old.width == 2, column + 1 < columns, cell.width != 2 {
      cells[index + 1] = Cell(" ", style: cells[index + 1].style)
    }
    cells[index] = cell
  }
}
