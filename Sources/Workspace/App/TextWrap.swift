import TerminalUI

/// Word wrapping for narration: paragraphs into lines of at most a given width.
enum TextWrap {
  /// `text` wrapped at spaces into lines of at most `width` columns (a longer word is cut).
  /// Single line breaks are reflowed, as in the lesson files' `|` blocks; a blank line keeps
  /// paragraphs apart.
  static func lines(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    let paragraphs = text.split(separator: "\n\n", omittingEmptySubsequences: false)
      .map { $0.split(separator: "\n").joined(separator: " ") }
    for (index, paragraph) in paragraphs.enumerated() {
      if index > 0 { lines.append("") }
      var line = ""
      for word in paragraph.split(separator: " ") {
        var word = String(word)
        while DisplayWidth.of(word) > width {
          if !line.isEmpty {
            lines.append(line)
            line = ""
          }
          lines.append(String(word.prefix(width)))
          word = String(word.dropFirst(width))
        }
        if line.isEmpty {
          line = word
        } else if DisplayWidth.of(line) + 1 + DisplayWidth.of(word) <= width {
          line += " " + word
        } else {
          lines.append(line)
          line = word
        }
      }
      lines.append(line)
    }
    return lines
  }
}
