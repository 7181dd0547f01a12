/// What a program asks the runner to do after an update, besides redrawing.
public enum Command<Effect: Sendable>: Sendable {
  /// Clear the screen and redraw every cell (Ctrl-L).
  case repaint
  /// Ring the terminal bell.
  case bell
  /// Carry out `effect` (save progress, …): work the program describes as data and never
  /// does itself. What came of it goes back to ``Program/update(with:)``.
  case perform(Effect)
}

extension Command: Equatable where Effect: Equatable {}
extension Command: Hashable where Effect: Hashable {}
