/// The line the learner types at the prompt: the text, the cursor and the history.
public struct PromptLine {
  /// The text typed so far on this line.
  public private(set) var text: [Character] = []
  /// Where the cursor is, as an index into ``text``.
  public private(set) var cursor = 0
  /// Lines run before, oldest first.
  public private(set) var history: [String] = []
  private var historyIndex: Int? = nil
  private var draft: [Character] = []

  public init() {}

  public var line: String { String(text) }
  public var isEmpty: Bool { text.isEmpty }

  public mutating func insert(_ character: Character) {
    text.insert(character, at: cursor)
    cursor += 1
  }

  public mutating func insert(_ string: String) {
    for character in string { insert(character) }
  }

  public mutating func deleteBackward() {
    guard cursor > 0 else { return }
    cursor -= 1
    text.remove(at: cursor)
  }

  public mutating func deleteForward() {
    guard cursor < text.count else { return }
    text.remove(at: cursor)
  }

  public mutating func moveLeft() { cursor = max(0, cursor - 1) }
  public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
  public mutating func moveToStart() { cursor = 0 }
  public mutating func moveToEnd() { cursor = text.count }

  /// Clears the line (Ctrl-U).
  public mutating func clear() {
    text = []
    cursor = 0
  }

  /// Takes the line to run: it is added to the history and the line is emptied.
  public mutating func submit() -> String {
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
  public mutating func recallPrevious() {
    guard !history.isEmpty else { return }
    if historyIndex == nil { draft = text }
    let index = max(0, (historyIndex ?? history.count) - 1)
    historyIndex = index
    show(Array(history[index]))
  }

  /// Shows the next line of the history, or the line being typed before (↓).
  public mutating func recallNext() {
    guard let index = historyIndex else { return }
    if index + 1 < history.count {
      historyIndex = index + 1
      show(Array(history[index + 1]))
    } else {
      historyIndex = nil
      show(draft)
    }
  }

  private mutating func show(_ characters: [Character]) {
    text = characters
    cursor = characters.count
  }
}
