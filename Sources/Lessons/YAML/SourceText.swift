import ConvPrompt

/// The text of a lesson file, split into lines, to find places in it.
///
/// Columns are counted in Unicode scalars from 1, as the YAML parser counts them.
struct SourceText {
  let text: String
  /// The lines without their line breaks.
  let lines: [Substring]

  init(_ text: String) {
    self.text = text
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? $0.dropLast() : $0
    }
  }

  /// The rest of line `line` from column `column` on, or `nil` when there is no such place.
  func rest(ofLine line: Int, fromColumn column: Int) -> Substring.UnicodeScalarView? {
    guard line >= 1, line <= lines.count, column >= 1 else { return nil }
    let scalars = lines[line - 1].unicodeScalars
    guard column - 1 <= scalars.count else { return nil }
    return scalars.dropFirst(column - 1)
  }

  /// The number of leading spaces of line `line`, or `nil` for a blank line or no such line.
  func indentation(ofLine line: Int) -> Int? {
    guard line >= 1, line <= lines.count else { return nil }
    let scalars = lines[line - 1].unicodeScalars
    let spaces = scalars.prefix { $0 == " " }.count
    return spaces == scalars.count ? nil : spaces
  }

  /// The place of the character at `offset` (counted in characters from the start).
  func location(ofCharacterOffset offset: Int) -> SourceLocation {
    var line = 1
    var column = 1
    var seen = 0
    for character in text {
      if seen >= offset { break }
      seen += 1
      if character == "\n" || character == "\r\n" {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
    }
    return SourceLocation(line: line, column: column)
  }
}
