import TerminalText

/// The lessons as a table, one lesson a row under a header: id, title, number of steps and,
/// when it is given, the learner's progress. What `convtutor lessons` prints and what
/// `%lessons` writes at the workspace's prompt.
///
/// Each column is as wide as its widest cell in display columns (a CJK title or an emoji
/// takes two a character), two spaces apart; the last column is not padded. A cell is one
/// row, so it is escaped as one: line breaks and tabs too.
public enum LessonTable {
  /// The table's rows, the header first, without line breaks; `progress`, when given, holds
  /// one text a lesson.
  public static func rows(_ lessons: [Lesson], progress: [String]? = nil) -> [String] {
    var header = ["id", "title", "steps"]
    var cells = lessons.map { [$0.id, $0.title, String($0.steps.count)] }
    if let progress {
      header.append("progress")
      for index in cells.indices {
        cells[index].append(index < progress.count ? progress[index] : "")
      }
    }
    let table = ([header] + cells).map { $0.map(TerminalEscaping.escapedForRow) }
    let widths = header.indices.map { column in
      table.map { DisplayWidth.of($0[column]) }.max() ?? 0
    }
    return table.map { row in
      row.enumerated().map { column, cell in
        column == row.count - 1 ? cell : DisplayWidth.padded(cell, to: widths[column])
      }.joined(separator: "  ")
    }
  }
}
