/// What the prompt has shown: the lines typed, what they printed, and errors. It scrolls.
public struct Transcript {
  /// One line of the transcript.
  public struct Line: Equatable, Sendable {
    public enum Kind: Sendable { case input, output, error, notice }
    public var kind: Kind
    public var text: String
    /// Whether the line is prose, wrapped at words on a narrow screen (notices, a quiz's
    /// replies); code, output and errors wrap at the column, so that a caret stays under its
    /// place.
    public var isProse = false
  }

  /// The most lines kept; older lines are dropped.
  public static let capacity = 2000

  public private(set) var lines: [Line] = []
  /// How many lines up from the bottom the view is scrolled (0 shows the newest).
  public private(set) var scrollOffset = 0

  public init() {}

  /// Adds text (which may hold several lines) of one kind, and scrolls to the bottom. Notices
  /// are prose; other text is prose when `prose` says so.
  public mutating func append(_ text: String, as kind: Line.Kind, prose: Bool = false) {
    var body = Substring(text)
    if body.hasSuffix("\n") { body = body.dropLast() }
    for piece in body.split(separator: "\n", omittingEmptySubsequences: false) {
      lines.append(Line(kind: kind, text: String(piece), isProse: prose || kind == .notice))
    }
    if lines.count > Self.capacity { lines.removeFirst(lines.count - Self.capacity) }
    scrollOffset = 0
  }

  /// Scrolls up by `count` lines, keeping at least `visible` lines on screen.
  public mutating func scrollUp(by count: Int, visible: Int) {
    scrollOffset = min(scrollOffset + count, max(0, lines.count - visible))
  }

  public mutating func scrollDown(by count: Int) {
    scrollOffset = max(0, scrollOffset - count)
  }

  /// The lines that fit in `count` rows at the current scroll position.
  public func visibleLines(_ count: Int) -> ArraySlice<Line> {
    let end = lines.count - scrollOffset
    return lines[max(0, end - count)..<max(0, end)]
  }
}
