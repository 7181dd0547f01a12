import ConvCore
import TerminalUI

/// The pure view of one step of a layer call (or of a chain of calls): the input with its
/// padding and the receptive field, the kernel and bias, the output filling in, the shapes
/// with the output-size formulas, and the arithmetic of the current cell.
///
/// Everything reads without colour: the window is reverse video in `[brackets]`, the current
/// output cell reverse and underlined in brackets, padding dim with `p` indices, cells not yet
/// computed `·`. With `color` the same parts use the style roles.
public enum StepView {
  /// Draws the current step of `model` into `rect` of `frame` (the rect is cleared first).
  /// Grids larger than their area scroll so that the window and the current output cell stay
  /// in view; arrows at the edges (`←` `→` `↑` `↓`) say there is more.
  public static func draw(
    _ model: StepViewModel, in rect: Rect, into frame: inout Frame, color: Bool
  ) {
    let palette = StepPalette(color: color)
    frame.within(rect) { region in
      region.fill(with: " ")
      guard let scene = StepScene(model) else {
        region.put("This call has no steps: its output is empty.", row: 0, column: 0)
        return
      }
      StepLayout(scene: scene, rows: rect.rows, columns: rect.columns)
        .draw(into: &region, palette: palette)
    }
  }

  /// The smallest rect size the view reads well in for `model`: every grid shows its window
  /// (or current cell) with some context, one input channel at least, the arithmetic in at
  /// most two lines, and the view is at least 40 columns wide.
  public static func minimumSize(for model: StepViewModel) -> MinimumSize {
    guard let scene = StepScene(model) else { return MinimumSize(rows: 1, columns: 44) }
    let count = min(scene.channelGroups.count, 1)
    var body = scene.body(showingChannels: count, stacked: true)
    body.useMinimum()
    let columns = max(body.width, 40)
    let shapes = StepLayout.shapeLines(scene, width: columns)
    let notes = StepLayout.notes(scene, showing: count) == nil ? 0 : 1
    let arithmetic = scene.arithmetic.lines(width: columns, maximumLines: 2)
    return MinimumSize(
      rows: 1 + shapes.count + notes + 1 + body.height + 1 + arithmetic.count, columns: columns)
  }
}
