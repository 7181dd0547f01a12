import ConvCore
import TerminalUI

/// The pure view of one step of a layer call (or of a chain of calls): the input with its
/// padding and the receptive field, the kernel and bias, the output filling in, the shapes
/// with the output-size formulas, and the arithmetic of the current cell.
///
/// Everything reads without colour: the window is reverse video in `[brackets]`, the current
/// output cell reverse and underlined in brackets, padding dim with `p` indices, cells not yet
/// computed `·`; with a stride over 1 the indices where a window starts are underlined, and
/// the rows and columns no window reads are dim (a note says so). With `color` the same parts
/// use the style roles.
enum StepView {
  /// Draws the current step of `model` into `rect` of `frame` (the rect is cleared first).
  /// Grids larger than their area scroll so that the window and the current output cell stay
  /// in view, cells drawn whole; arrows at the edges (`←` `→` `↑` `↓`) say there is more.
  static func draw(
    _ model: StepViewModel, in rect: Rect, into frame: inout Frame, color: Bool
  ) {
    draw(StepScene(model), in: rect, into: &frame, color: color)
  }

  /// Draws `scene` (made once per frame by the caller, who may also have laid it out to place
  /// other things beside it), or says the call has no steps when there is none.
  static func draw(_ scene: StepScene?, in rect: Rect, into frame: inout Frame, color: Bool) {
    let palette = StepPalette(color: color)
    frame.within(rect) { region in
      region.fill(with: " ")
      guard let scene else {
        region.put("This call has no steps: its output is empty.", row: 0, column: 0)
        return
      }
      StepLayout(scene: scene, rows: rect.rows, columns: rect.columns)
        .draw(into: &region, palette: palette)
    }
  }

  /// The fewest rows the view reads well in at `columns` columns: every grid shows its window
  /// (or current cell) with two cells around it where the width allows, one input channel at
  /// least, the arithmetic in at most two lines.
  static func minimumRows(for model: StepViewModel, columns: Int) -> Int {
    minimumRows(for: StepScene(model), columns: columns)
  }

  /// ``minimumRows(for:columns:)`` of a scene already made.
  static func minimumRows(for scene: StepScene?, columns: Int) -> Int {
    guard let scene else { return 1 }
    return StepLayout.minimumRows(scene, columns: columns)
  }

  /// The fewest columns (at most `maximum`) in which the view shows `model` in `rows` rows as
  /// well as it does in `maximum` columns: what it leaves of a wide screen is free for other
  /// things (a lesson's narration).
  static func preferredColumns(for scene: StepScene?, rows: Int, maximum: Int) -> Int {
    guard let scene else { return min(maximum, 44) }
    return StepLayout.preferredColumns(scene, rows: rows, maximum: maximum)
  }

  /// What the view gives up to show `model` in `rows` × `columns` (the less, the better).
  static func compromise(for scene: StepScene?, rows: Int, columns: Int) -> StepLayout.Compromise {
    guard let scene else { return StepLayout.Compromise() }
    return StepLayout(scene: scene, rows: rows, columns: columns).compromise
  }
}
