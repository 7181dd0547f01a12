import TerminalText

/// The smallest terminal a program can draw in, and the message shown below it:
/// "terminal too small: need 80×24, have 60×20".
public struct MinimumSize: Hashable, Sendable {
  /// The fewest rows.
  var rows: Int
  /// The fewest columns.
  var columns: Int

  /// A requirement of at least `rows` × `columns`.
  init(rows: Int, columns: Int) {
    self.rows = rows
    self.columns = columns
  }

  /// The workspace's requirement: 24 rows by 80 columns.
  public static let standard = MinimumSize(rows: 24, columns: 80)

  /// Whether a terminal of `rows` × `columns` is big enough.
  func isSatisfied(rows: Int, columns: Int) -> Bool {
    rows >= self.rows && columns >= self.columns
  }

  /// The message for a terminal of `rows` × `columns` (sizes written width×height).
  func message(rows: Int, columns: Int) -> String {
    "terminal too small: need \(self.columns)×\(self.rows), have \(columns)×\(rows)"
  }

  /// Draws the message for the frame's size, centred, wrapped at spaces when the frame is
  /// narrower than the message (and cut when even a word does not fit).
  func render(into frame: inout Frame) {
    let lines = Self.wrap(message(rows: frame.rows, columns: frame.columns), to: frame.columns)
    let top = max(0, (frame.rows - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      frame.put(line, row: top + index, alignment: .center, style: .bold)
    }
  }

  /// `text` broken at spaces into lines of at most `width` columns.
  static func wrap(_ text: String, to width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if DisplayWidth.of(candidate) <= width || current.isEmpty {
        current = candidate
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}
