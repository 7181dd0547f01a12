import TerminalText

/// What the prompt has shown: the lines typed, what they printed, and errors.
///
/// It scrolls by rows as drawn: a line longer than the transcript is wide takes several rows,
/// and PgUp / PgDn move through those rows, so that no wrapped row is ever skipped. The place
/// scrolled to is kept as a line and a row of it, so it stays on the same text when the width
/// changes.
struct Transcript {
  /// One line of the transcript.
  struct Line: Equatable, Sendable {
    enum Kind: Sendable { case input, output, error, notice }
    var kind: Kind
    var text: String
    /// Whether the line is prose, wrapped at words on a narrow screen (notices, a quiz's
    /// replies); code, output and errors wrap at the column, so that a caret stays under its
    /// place.
    var isProse = false

    /// The rows the line takes at `width` columns (at least one).
    func rows(width: Int) -> [String] {
      let rows =
        isProse ? TextWrap.lines(text, width: width) : TextWrap.rows(text, width: width)
      return rows.isEmpty ? [""] : rows
    }
  }

  /// One row as drawn: a piece of a line, with the line's kind.
  struct Row: Equatable, Sendable {
    var kind: Line.Kind
    var text: String
  }

  /// Where the view is scrolled to, named by its bottom row: the line it belongs to, counted
  /// up from the newest line, and how many rows of that line are below it.
  struct Position: Equatable, Sendable {
    /// Whole lines below the bottom row's line (0: the newest line).
    var linesBelow = 0
    /// Rows of the bottom row's own line below it (0: its last row).
    var rowsBelow = 0
  }

  /// The most lines kept; older lines are dropped.
  static let capacity = 2000

  private(set) var lines: [Line] = []
  /// The bottom row of the view; the start position shows the newest rows.
  private(set) var position = Position()

  init() {}

  /// Adds text (which may hold several lines) of one kind, and scrolls to the bottom. Notices
  /// are prose; other text is prose when `prose` says so.
  mutating func append(_ text: String, as kind: Line.Kind, prose: Bool = false) {
    var body = Substring(text)
    if body.hasSuffix("\n") { body = body.dropLast() }
    for piece in body.split(separator: "\n", omittingEmptySubsequences: false) {
      lines.append(Line(kind: kind, text: String(piece), isProse: prose || kind == .notice))
    }
    if lines.count > Self.capacity { lines.removeFirst(lines.count - Self.capacity) }
    position = Position()
  }

  /// Scrolls up by `count` rows as drawn at `width` columns, keeping `visible` rows on screen
  /// (it stops when the first row is at the top).
  mutating func scrollUp(by count: Int, visible: Int, width: Int) {
    guard count > 0, !lines.isEmpty else { return }
    var place = clamped(position, width: width)
    var remaining = count
    while remaining > 0 {
      let rowCount = rows(at: place.linesBelow, width: width).count
      let above = rowCount - 1 - place.rowsBelow
      if remaining <= above {
        place.rowsBelow += remaining
        remaining = 0
      } else if place.linesBelow + 1 < lines.count {
        remaining -= above + 1
        place.linesBelow += 1
        place.rowsBelow = 0
      } else {
        place.rowsBelow = rowCount - 1
        remaining = 0
      }
    }
    if rowsAtOrAbove(place, atMost: visible, width: width) < visible {
      place = topmostPosition(visible: visible, width: width)
    }
    position = place
  }

  /// Scrolls down by `count` rows as drawn at `width` columns, stopping at the newest row.
  mutating func scrollDown(by count: Int, width: Int) {
    guard !lines.isEmpty else { return }
    var place = clamped(position, width: width)
    var remaining = count
    while remaining > 0 {
      if place.rowsBelow > 0 {
        let step = min(remaining, place.rowsBelow)
        place.rowsBelow -= step
        remaining -= step
      } else if place.linesBelow > 0 {
        place.linesBelow -= 1
        place.rowsBelow = rows(at: place.linesBelow, width: width).count - 1
        remaining -= 1
      } else {
        break
      }
    }
    position = place
  }

  /// The rows on screen in `count` rows at `width` columns, oldest first: those up to the
  /// bottom row of the view, and when they do not fill the screen, the rows after it.
  func visibleRows(_ count: Int, width: Int) -> [Row] {
    guard count > 0, !lines.isEmpty else { return [] }
    let place = clamped(position, width: width)
    var index = lines.count - 1 - place.linesBelow
    let bottomRows = rows(at: place.linesBelow, width: width)
    let split = bottomRows.count - place.rowsBelow
    var above = bottomRows[..<split].reversed().map { Row(kind: lines[index].kind, text: $0) }
    while above.count < count, index > 0 {
      index -= 1
      above += lines[index].rows(width: width).reversed().map {
        Row(kind: lines[index].kind, text: $0)
      }
    }
    var shown = Array(above.prefix(count).reversed())
    // After a resize made the view taller than what is above the bottom row.
    var below = bottomRows[split...].map {
      Row(kind: lines[lines.count - 1 - place.linesBelow].kind, text: $0)
    }
    var next = lines.count - place.linesBelow
    while shown.count + below.count < count, next < lines.count {
      below += lines[next].rows(width: width).map { Row(kind: lines[next].kind, text: $0) }
      next += 1
    }
    shown += below.prefix(count - shown.count)
    return shown
  }

  /// The rows of the line `linesBelow` lines up from the newest.
  private func rows(at linesBelow: Int, width: Int) -> [String] {
    lines[lines.count - 1 - linesBelow].rows(width: width)
  }

  /// `place` moved onto the transcript as it is now (lines dropped, another width).
  private func clamped(_ place: Position, width: Int) -> Position {
    var place = place
    place.linesBelow = min(max(0, place.linesBelow), lines.count - 1)
    let rowCount = rows(at: place.linesBelow, width: width).count
    place.rowsBelow = min(max(0, place.rowsBelow), rowCount - 1)
    return place
  }

  /// The rows from the top of the transcript to `place`'s row, counted up to `limit`.
  private func rowsAtOrAbove(_ place: Position, atMost limit: Int, width: Int) -> Int {
    var count = rows(at: place.linesBelow, width: width).count - place.rowsBelow
    var linesBelow = place.linesBelow + 1
    while count < limit, linesBelow < lines.count {
      count += rows(at: linesBelow, width: width).count
      linesBelow += 1
    }
    return count
  }

  /// The position whose view of `visible` rows starts at the first row; the newest row when
  /// the whole transcript fits.
  private func topmostPosition(visible: Int, width: Int) -> Position {
    var remaining = visible
    for index in lines.indices {
      let rowCount = lines[index].rows(width: width).count
      if remaining <= rowCount {
        return Position(linesBelow: lines.count - 1 - index, rowsBelow: rowCount - remaining)
      }
      remaining -= rowCount
    }
    return Position()
  }
}
