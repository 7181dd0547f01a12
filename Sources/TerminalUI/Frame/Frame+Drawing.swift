import TerminalText

/// Lines, boxes and aligned text, built on `put` and `fill`.
extension Frame {
  /// A text alignment within a width.
  public enum Alignment: Sendable {
    /// Flush left.
    case leading
    /// Centred (an odd leftover column goes to the right).
    case center
    /// Flush right.
    case trailing
  }

  /// Draws a horizontal line of `length` cells from (`row`, `column`).
  mutating func horizontalLine(
    row: Int, column: Int, length: Int, style: Style = .plain, lines: BoxLines = .light
  ) {
    fill(
      Rect(row: row, column: column, rows: 1, columns: length), with: lines.horizontal,
      style: style)
  }

  /// Draws a vertical line of `length` cells from (`row`, `column`).
  public mutating func verticalLine(
    row: Int, column: Int, length: Int, style: Style = .plain, lines: BoxLines = .light
  ) {
    fill(
      Rect(row: row, column: column, rows: length, columns: 1), with: lines.vertical,
      style: style)
  }

  /// Draws the border of `rect` (at least 2 × 2), with an optional title in the top edge:
  /// `┌─ title ───┐`. The inside is left as it is; `rect.inset(rows: 1, columns: 1)` is it.
  public mutating func box(
    _ rect: Rect, title: String? = nil, style: Style = .plain, titleStyle: Style? = nil,
    lines: BoxLines = .light
  ) {
    guard rect.rows >= 2, rect.columns >= 2 else { return }
    let last = (row: rect.bottom - 1, column: rect.right - 1)
    horizontalLine(
      row: rect.row, column: rect.column + 1, length: rect.columns - 2, style: style, lines: lines)
    horizontalLine(
      row: last.row, column: rect.column + 1, length: rect.columns - 2, style: style, lines: lines)
    verticalLine(
      row: rect.row + 1, column: rect.column, length: rect.rows - 2, style: style, lines: lines)
    verticalLine(
      row: rect.row + 1, column: last.column, length: rect.rows - 2, style: style, lines: lines)
    put(String(lines.topLeft), row: rect.row, column: rect.column, style: style)
    put(String(lines.topRight), row: rect.row, column: last.column, style: style)
    put(String(lines.bottomLeft), row: last.row, column: rect.column, style: style)
    put(String(lines.bottomRight), row: last.row, column: last.column, style: style)
    if let title, !title.isEmpty, rect.columns >= 5 {
      let shown = DisplayWidth.truncate(title, to: rect.columns - 4)
      put(" " + shown + " ", row: rect.row, column: rect.column + 1, style: titleStyle ?? style)
    }
  }

  /// Draws `text` on `row` aligned within `width` columns from `column` (the whole region
  /// width by default), cut with `…` when it does not fit; returns the column after it.
  @discardableResult
  public mutating func put(
    _ text: String, row: Int, column: Int = 0, width: Int? = nil, alignment: Alignment,
    style: Style = .plain
  ) -> Int {
    let available = width ?? (area.columns - column)
    let shown = DisplayWidth.truncate(text, to: available)
    let spare = max(0, available - DisplayWidth.of(shown))
    let offset: Int
    switch alignment {
    case .leading: offset = 0
    case .center: offset = spare / 2
    case .trailing: offset = spare
    }
    return put(shown, row: row, column: column + offset, style: style)
  }
}
