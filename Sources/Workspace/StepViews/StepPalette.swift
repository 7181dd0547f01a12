import ConvCore
import TerminalUI

/// The styles of a step view: colour roles, or attributes alone that read without colour
/// (reverse for the window, reverse and underline for the current cell, dim for padding and for
/// what no window reads, underline for where a strided window starts).
struct StepPalette {
  /// Whether colour roles may be used.
  let color: Bool

  /// Block titles.
  var title: Style { .bold }
  /// A cell of the receptive field.
  var window: Style { color ? .highlight : .reverse }
  /// A padding cell of the receptive field.
  var windowPadding: Style { color ? Style(.dim, role: .highlight) : Style([.reverse, .dim]) }
  /// The winning cell of a max-pooling window.
  var winner: Style { color ? .accent : Style([.reverse, .underline]) }
  /// The current output cell.
  var current: Style { color ? .accent : Style([.reverse, .underline]) }
  /// A padding cell outside the window.
  var padding: Style { color ? .padding : .dim }
  /// The index of a row or column where a strided window starts.
  var windowStart: Style { .underline }
  /// A row or column (index and cells) that no window reads.
  var unread: Style { color ? .muted : .dim }
  /// An output cell not computed yet (`·`).
  var unfilled: Style { color ? .muted : .dim }
  /// The result of the arithmetic.
  var result: Style { color ? .result : .bold }
  /// Notes and scroll arrows.
  var note: Style { color ? .muted : .plain }
}
