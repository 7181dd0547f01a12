import TerminalUI

/// Where each part of the workspace goes on a screen of a given size.
///
/// At the minimum size, 80×24: the title on the first row, the animation on the next 18, three
/// rows of transcript, the prompt, and the key help on the last row. A taller screen gives the
/// transcript a third of the extra rows and the animation the rest.
struct WorkspaceLayout: Equatable {
  let title: Rect
  let animation: Rect
  let transcript: Rect
  let prompt: Rect
  let keyHelp: Rect

  init(rows: Int, columns: Int) {
    let extra = max(0, rows - 24)
    let transcriptRows = 3 + extra / 3
    let animationRows = max(1, rows - 3 - transcriptRows)
    title = Rect(row: 0, column: 0, rows: 1, columns: columns)
    animation = Rect(row: 1, column: 0, rows: animationRows, columns: columns)
    transcript = Rect(row: 1 + animationRows, column: 0, rows: transcriptRows, columns: columns)
    prompt = Rect(row: rows - 2, column: 0, rows: 1, columns: columns)
    keyHelp = Rect(row: rows - 1, column: 0, rows: 1, columns: columns)
  }
}
