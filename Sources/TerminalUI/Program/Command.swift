/// What a program asks the runner to do after an update, besides redrawing.
public enum Command: Hashable, Sendable {
  /// Clear the screen and redraw every cell (Ctrl-L).
  case repaint
  /// Ring the terminal bell.
  case bell
}
