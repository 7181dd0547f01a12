import ConvCore
import TerminalText
import TerminalUI

/// One block of a step view's body: a grid, or a few lines of text.
enum BodyItem {
  /// A grid with its title.
  case grid(GridPicture)
  /// Lines of text.
  case text([String])
  /// Lines of text right under the block above, without a blank row between.
  case caption([String])
}

/// Blocks stacked top to bottom, one blank row apart (none above a caption).
struct BodyColumn {
  /// The blocks, top first.
  var items: [BodyItem]
  /// Rows left empty above the first block (to line a kernel up with the input's rows).
  var topOffset = 0
}

/// The body of a step view: columns of blocks side by side, two columns apart, with the part
/// of each grid that is in view.
///
/// Fitting shrinks the grid with the most hidden-able rows or columns one at a time, never
/// below what a ``GridPicture/Visibility`` allows; drawing never cuts a cell.
struct BodyLayout {
  /// The columns of blocks, left first.
  let columns: [BodyColumn]
  /// The rows and columns in view of each block (text blocks ignore it).
  private var visible: [[(rows: Int, columns: Int)]]

  /// Columns between blocks side by side.
  static let gap = 2

  /// The body with every grid whole.
  init(columns: [BodyColumn]) {
    self.columns = columns
    visible = columns.map { column in
      column.items.map { item in
        if case .grid(let grid) = item { return (grid.rows, grid.columns) }
        return (0, 0)
      }
    }
  }

  /// This body with its last two columns made one, the second's blocks under the first's (the
  /// output under the kernel); `nil` when there are fewer than two columns.
  var mergingLastColumns: BodyLayout? {
    guard columns.count >= 2 else { return nil }
    let (first, second) = (columns[columns.count - 2], columns[columns.count - 1])
    let merged = BodyColumn(items: first.items + second.items, topOffset: first.topOffset)
    return BodyLayout(columns: columns.dropLast(2) + [merged])
  }

  private func itemWidth(_ column: Int, _ item: Int) -> Int {
    switch columns[column].items[item] {
    case .grid(let grid): grid.width(visibleColumns: visible[column][item].columns)
    case .text(let lines), .caption(let lines): lines.map(DisplayWidth.of).max() ?? 0
    }
  }

  private func itemHeight(_ column: Int, _ item: Int) -> Int {
    switch columns[column].items[item] {
    case .grid(let grid): grid.height(visibleRows: visible[column][item].rows)
    case .text(let lines), .caption(let lines): lines.count
    }
  }

  /// The blank rows above an item: one, except above the first and above a caption.
  private func spacing(_ column: Int, _ item: Int) -> Int {
    guard item > 0 else { return 0 }
    if case .caption = columns[column].items[item] { return 0 }
    return 1
  }

  private func columnWidth(_ column: Int) -> Int {
    columns[column].items.indices.map { itemWidth(column, $0) }.max() ?? 0
  }

  private func columnHeight(_ column: Int) -> Int {
    let items = columns[column].items.indices
    return columns[column].topOffset
      + items.map { itemHeight(column, $0) + spacing(column, $0) }.reduce(0, +)
  }

  /// The width of the whole body.
  var width: Int {
    columns.indices.map(columnWidth).reduce(0, +) + BodyLayout.gap * max(0, columns.count - 1)
  }

  /// The height of the whole body.
  var height: Int { columns.indices.map(columnHeight).max() ?? 0 }

  /// The smallest size the body takes with every grid cut as far as `visibility` allows.
  func smallestSize(_ visibility: GridPicture.Visibility) -> (rows: Int, columns: Int) {
    var smallest = self
    smallest.forEachGrid { column, item, grid in
      let minimum = grid.minimumVisible(visibility)
      smallest.visible[column][item] = (minimum.rows, minimum.columns)
    }
    return (smallest.height, smallest.width)
  }

  /// Hides rows and columns of grids until the body fits `rows` × `columns`, as far as
  /// `visibility` allows; returns whether it fits.
  @discardableResult
  mutating func fit(
    rows: Int, columns width: Int, visibility: GridPicture.Visibility
  ) -> Bool {
    forEachGrid { column, item, grid in
      visible[column][item].columns = min(visible[column][item].columns, max(width, 1))
      visible[column][item].rows = min(visible[column][item].rows, max(rows, 1))
    }
    for column in columns.indices {
      while columnHeight(column) > rows,
        let item = mostSlack(in: [column], rows: true, visibility: visibility)
      {
        visible[column][item.item].rows -= 1
      }
    }
    while self.width > width,
      let item = mostSlack(in: Array(columns.indices), rows: false, visibility: visibility)
    {
      visible[item.column][item.item].columns -= 1
    }
    return height <= rows && self.width <= width
  }

  /// The grid (in `columnIndices`) with the most rows (or columns) above its minimum.
  private func mostSlack(
    in columnIndices: [Int], rows: Bool, visibility: GridPicture.Visibility
  ) -> (column: Int, item: Int)? {
    var best: (column: Int, item: Int, slack: Int)?
    for column in columnIndices {
      for (item, block) in columns[column].items.enumerated() {
        guard case .grid(let grid) = block else { continue }
        let shown = visible[column][item]
        let minimum = grid.minimumVisible(visibility)
        let slack = rows ? shown.rows - minimum.rows : shown.columns - minimum.columns
        if slack > 0, slack > (best?.slack ?? 0) { best = (column, item, slack) }
      }
    }
    return best.map { ($0.column, $0.item) }
  }

  private func forEachGrid(_ body: (Int, Int, GridPicture) -> Void) {
    for (column, blocks) in columns.enumerated() {
      for (item, block) in blocks.items.enumerated() {
        if case .grid(let grid) = block { body(column, item, grid) }
      }
    }
  }

  /// Draws the body with its top-left corner at (`row`, `column`), inside the region's width:
  /// a grid that does not fit shows fewer columns, never a cut cell, and one with no room for a
  /// single cell is left out.
  func draw(at row: Int, column: Int, into frame: inout Frame, palette: StepPalette) {
    let limit = frame.area.columns
    var left = column
    for (index, blocks) in columns.enumerated() {
      var top = row + blocks.topOffset
      let room = limit - left
      for (item, block) in blocks.items.enumerated() {
        top += spacing(index, item)
        switch block {
        case .grid(let grid):
          let shown = visible[index][item]
          let fitting = grid.columns(fittingIn: room, upTo: shown.columns)
          if fitting > 0 {
            grid.draw(
              visibleRows: shown.rows, visibleColumns: fitting, at: top, column: left,
              into: &frame, palette: palette, maximumWidth: room)
          }
        case .text(let lines), .caption(let lines):
          for (offset, line) in lines.enumerated() where room > 0 {
            frame.put(
              DisplayWidth.truncate(line, to: room), row: top + offset, column: left)
          }
        }
        top += itemHeight(index, item)
      }
      left += columnWidth(index) + BodyLayout.gap
      if left >= limit { break }
    }
  }
}
