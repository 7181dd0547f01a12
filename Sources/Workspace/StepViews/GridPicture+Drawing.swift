import ConvCore
import TerminalText
import TerminalUI

/// Drawing a grid: title, column indices (with `←` `→` when columns are hidden), rows with
/// their indices (`↑` above and a `↓` row below when rows are hidden), marked runs in brackets,
/// marked indices underlined (a window starts there) or dim with their cells (never read).
extension GridPicture {
  /// Draws the grid with `visibleRows` × `visibleColumns` cells in view, its top-left corner at
  /// (`row`, `column`) of `frame`; the title is cut to `maximumWidth`.
  func draw(
    visibleRows: Int, visibleColumns: Int, at row: Int, column: Int, into frame: inout Frame,
    palette: StepPalette, maximumWidth: Int = .max
  ) {
    let (rowRange, columnRange) = viewport(visibleRows: visibleRows, visibleColumns: visibleColumns)
    let blockWidth = min(width(visibleColumns: columnRange.count), maximumWidth)
    frame.put(
      DisplayWidth.truncate(title, to: blockWidth), row: row, column: column, style: palette.title)
    var line = row + 1
    let start = column + (showsLabels ? labelWidth + 1 : 0)
    let pitch = cellWidth + 1
    if showsLabels {
      if rowRange.lowerBound > 0 {
        frame.put("↑", row: line, column: column + labelWidth - 1, style: palette.note)
      }
      for (offset, index) in columnRange.enumerated() {
        let left = start + offset * pitch
        if offset == 0, columnRange.lowerBound > 0 {
          frame.put("←", row: line, column: left, style: palette.note)
        }
        putLabel(
          columnLabel(index), width: cellWidth, mark: columnMark(index), row: line,
          column: left + 1, into: &frame, palette: palette)
      }
      if columnRange.upperBound < columns {
        frame.put("→", row: line, column: start + columnRange.count * pitch, style: palette.note)
      }
      line += 1
    }
    for index in rowRange {
      if showsLabels {
        putLabel(
          rowLabel(index), width: labelWidth, mark: rowMark(index), row: line, column: column,
          into: &frame, palette: palette)
      }
      drawRow(index, columns: columnRange, row: line, start: start, into: &frame, palette: palette)
      line += 1
    }
    if showsLabels, rowRange.upperBound < rows {
      frame.put("↓", row: line, column: column + labelWidth - 1, style: palette.note)
    }
  }

  /// An index right-aligned in `width` columns, styled by its mark (the padding before it
  /// plain).
  private func putLabel(
    _ label: String, width: Int, mark: IndexMark, row: Int, column: Int, into frame: inout Frame,
    palette: StepPalette
  ) {
    let style: Style =
      switch mark {
      case .none: .plain
      case .windowStart: palette.windowStart
      case .unread: palette.unread
      }
    let pad = max(0, width - DisplayWidth.of(label))
    frame.put(label, row: row, column: column + pad, style: style)
  }

  /// One row of cells from column `start` of the frame; the gap before a marked run holds `[`
  /// and the gap after it `]`; cells of a row or column no window reads are dim.
  private func drawRow(
    _ index: Int, columns columnRange: Range<Int>, row: Int, start: Int, into frame: inout Frame,
    palette: StepPalette
  ) {
    let pitch = cellWidth + 1
    var previousRun: Style?
    for (offset, columnIndex) in columnRange.enumerated() {
      let value = cell(index, columnIndex)
      let left = start + offset * pitch
      let run = runStyle(value.mark, palette: palette)
      switch (previousRun, run) {
      case (nil, let run?): frame.put("[", row: row, column: left, style: run)
      case (let previous?, nil): frame.put("]", row: row, column: left, style: previous)
      case (_?, let run?): frame.put(" ", row: row, column: left, style: run)
      case (nil, nil): break
      }
      let unread = rowMark(index) == .unread || columnMark(columnIndex) == .unread
      frame.put(
        DisplayWidth.rightAligned(value.text, to: cellWidth), row: row, column: left + 1,
        style: unread && value.mark == .none && value.kind == .value
          ? palette.unread : style(of: value, palette: palette))
      previousRun = run
    }
    if let previousRun {
      frame.put("]", row: row, column: start + columnRange.count * pitch, style: previousRun)
    }
  }

  /// The style of the brackets and gaps of a marked run, or `nil` for an unmarked cell.
  private func runStyle(_ mark: Mark, palette: StepPalette) -> Style? {
    switch mark {
    case .none: nil
    case .window, .winner: palette.window
    case .current: palette.current
    }
  }

  /// The style of a cell's text.
  func style(of cell: Cell, palette: StepPalette) -> Style {
    switch (cell.mark, cell.kind) {
    case (.none, .value): .plain
    case (.none, .padding): palette.padding
    case (.none, .unfilled): palette.unfilled
    case (.window, .padding): palette.windowPadding
    case (.window, _): palette.window
    case (.winner, _): palette.winner
    case (.current, _): palette.current
    }
  }
}
