import TerminalText

/// The line the learner types at the prompt: the text, the cursor and the history.
///
/// The text is kept as its grapheme clusters (an emoji with its skin tone, a flag, a letter
/// with its marks is one element, however its scalars arrived), so the cursor moves, deletes
/// and stands between whole clusters only.
struct PromptLine {
  /// The text typed so far on this line, one grapheme cluster an element.
  private(set) var text: [Character] = []
  /// Where the cursor is, as an index into ``text``: before `text[cursor]`.
  private(set) var cursor = 0
  /// Lines run before, oldest first.
  private(set) var history: [String] = []
  private var historyIndex: Int? = nil
  private var draft: [Character] = []

  init() {}

  var line: String { String(text) }
  var isEmpty: Bool { text.isEmpty }

  /// Types `character` at the cursor. A character that joins the cluster before it (a
  /// skin-tone modifier, a combining mark, the second half of a flag, arriving as keys one
  /// scalar at a time) becomes part of that cluster, and the cursor stays after it.
  mutating func insert(_ character: Character) {
    insert(String(character))
  }

  /// Types `string` at the cursor, which ends after it.
  mutating func insert(_ string: String) {
    replace(cursor..<cursor, with: string)
  }

  /// Deletes the grapheme cluster before the cursor (Backspace).
  mutating func deleteBackward() {
    guard cursor > 0 else { return }
    replace((cursor - 1)..<cursor, with: "")
  }

  /// Deletes the grapheme cluster under the cursor (Delete).
  mutating func deleteForward() {
    guard cursor < text.count else { return }
    replace(cursor..<(cursor + 1), with: "")
  }

  /// Replaces the clusters in `range` with `string`, the cursor after it, and cuts the text
  /// around the edit into grapheme clusters again: an edit may join neighbours into one
  /// cluster (a flag's two halves) or part them. Only the clusters next to the edit are cut
  /// again, and the next ones while their boundaries move, so typing stays cheap on a long
  /// line.
  private mutating func replace(_ range: Range<Int>, with string: String) {
    let lower = max(0, range.lowerBound - 1)
    var upper = min(text.count, range.upperBound + 1)
    let before = String(text[lower..<range.lowerBound]) + string
    let scalarsBefore = before.unicodeScalars.count
    var clusters: [Character]
    repeat {
      clusters = Array(before + String(text[range.upperBound..<upper]))
      // Past the edit, where the last cluster is as it was, the rest is as it was too.
      let settled =
        upper == range.upperBound || upper == text.count
        || clusters.last.map { Self.same($0, text[upper - 1]) } == true
      if settled { break }
      upper += 1
    } while true
    var position = lower
    var scalars = 0
    for cluster in clusters where scalars < scalarsBefore {
      position += 1
      scalars += cluster.unicodeScalars.count
    }
    text.replaceSubrange(lower..<upper, with: clusters)
    cursor = position
  }

  /// Whether two clusters are the same scalars (not only canonically equivalent).
  private static func same(_ first: Character, _ second: Character) -> Bool {
    first.unicodeScalars.elementsEqual(second.unicodeScalars)
  }

  mutating func moveLeft() { cursor = max(0, cursor - 1) }
  mutating func moveRight() { cursor = min(text.count, cursor + 1) }
  mutating func moveToStart() { cursor = 0 }
  mutating func moveToEnd() { cursor = text.count }

  /// Clears the line (Ctrl-U).
  mutating func clear() {
    text = []
    cursor = 0
  }

  /// Takes the line to run: it is added to the history and the line is emptied.
  mutating func submit() -> String {
    let submitted = line
    if !submitted.allSatisfy(\.isWhitespace), history.last != submitted {
      history.append(submitted)
      if history.count > 500 { history.removeFirst() }
    }
    historyIndex = nil
    clear()
    return submitted
  }

  /// Shows the previous line of the history (↑).
  mutating func recallPrevious() {
    guard !history.isEmpty else { return }
    if historyIndex == nil { draft = text }
    let index = max(0, (historyIndex ?? history.count) - 1)
    historyIndex = index
    show(Array(history[index]))
  }

  /// Shows the next line of the history, or the line being typed before (↓).
  mutating func recallNext() {
    guard let index = historyIndex else { return }
    if index + 1 < history.count {
      historyIndex = index + 1
      show(Array(history[index + 1]))
    } else {
      historyIndex = nil
      show(draft)
    }
  }

  /// What of the line is drawn in `columns` display columns: whole grapheme clusters around
  /// the cursor, and where the cursor stands.
  ///
  /// The line is shown from its start while the cursor fits; past that it scrolls so that
  /// the cursor's cell (the cluster under it, or one column at the end of the line) is the
  /// last one shown. Widths are display columns as drawn in a row (a CJK character or an
  /// emoji takes two, a character drawn escaped the width of its escaped form).
  func visible(columns: Int) -> Visible {
    let width = { (index: Int) in DisplayWidth.columns(of: text[index]) }
    var start = cursor
    var used = cursor < text.count ? width(cursor) : 1
    while start > 0, used + width(start - 1) <= columns {
      start -= 1
      used += width(start)
    }
    var end = start
    var shown = 0
    while end < text.count, shown + width(end) <= columns {
      shown += width(end)
      end += 1
    }
    let cursorColumn = (start..<cursor).reduce(0) { $0 + width($1) }
    let underCursor = cursor < text.count ? text[cursor] : " "
    return Visible(
      text: String(text[start..<end]), cursorColumn: cursorColumn, underCursor: underCursor)
  }

  /// The part of the line drawn at the prompt, and the cursor in it.
  struct Visible: Equatable, Sendable {
    /// The clusters shown, from the first column.
    let text: String
    /// The column of the cursor, counted from the first shown.
    let cursorColumn: Int
    /// The cluster the cursor is on, or a space at the end of the line.
    let underCursor: Character
  }

  private mutating func show(_ characters: [Character]) {
    text = characters
    cursor = characters.count
  }
}
