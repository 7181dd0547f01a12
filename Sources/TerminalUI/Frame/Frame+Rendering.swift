/// Plain-text renderings of a frame, for snapshot tests and logs.
extension Frame {
  /// The frame's rows as text: a wide character once, its continuation cell omitted.
  ///
  /// With `trimmingTrailingSpaces` (the default) spaces at the end of each row are dropped.
  func lines(trimmingTrailingSpaces: Bool = true) -> [String] {
    (0..<rows).map { row in
      var line = ""
      for column in 0..<columns {
        let cell = self[row, column]
        if !cell.isContinuation { line.append(cell.character) }
      }
      return trimmingTrailingSpaces ? Self.trimmedTrailing(line, " ") : line
    }
  }

  /// The frame as text: `lines()` joined by newlines.
  var text: String { lines().joined(separator: "\n") }

  /// One code per column for each row: the style layer of the frame. A wide character's code
  /// is repeated for its second column, so codes line up with screen columns.
  ///
  /// `code` maps a style to its letter (`Style.code` by default: `.` plain, `H` highlight, …).
  /// With `trimmingTrailingPlain` (the default) trailing `.` codes are dropped.
  func styleLines(
    trimmingTrailingPlain: Bool = true, code: (Style) -> Character = { $0.code }
  ) -> [String] {
    (0..<rows).map { row in
      var line = ""
      for column in 0..<columns {
        line.append(code(self[row, column].style))
      }
      return trimmingTrailingPlain ? Self.trimmedTrailing(line, ".") : line
    }
  }

  /// The style layer as text: `styleLines()` joined by newlines.
  var styleText: String { styleLines().joined(separator: "\n") }

  private static func trimmedTrailing(_ line: String, _ character: Character) -> String {
    var end = line.endIndex
    while end > line.startIndex {
      let before = line.index(before: end)
      guard line[before] == character else { break }
      end = before
    }
    return String(line[..<end])
  }
}
