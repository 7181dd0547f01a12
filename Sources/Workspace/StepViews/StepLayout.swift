import ConvCore
import Foundation
import TerminalText
import TerminalUI

/// Where everything of a step view goes in a region: heading, shapes, notes, the body, the
/// arithmetic.
///
/// The layout first tries to show every grid whole, then lets grids scroll. In each pass it
/// drops the blank separator rows and shortens the arithmetic (to a summary at worst) before
/// it shows fewer input channels of a multi-channel convolution.
struct StepLayout {
  /// What is shown.
  let scene: StepScene
  /// The region's width.
  let width: Int
  /// The shapes and formula lines.
  let shapeLines: [String]
  /// The notes line, if any.
  private(set) var notes: String?
  /// The body, fitted.
  private(set) var body: BodyLayout
  /// The arithmetic lines.
  private(set) var arithmetic: [String]
  /// Whether blank rows separate the body from the header and the arithmetic.
  private(set) var separators: Bool

  /// The layout of `scene` in `rows` × `columns`.
  init(scene: StepScene, rows: Int, columns: Int) {
    self.scene = scene
    width = columns
    shapeLines = StepLayout.shapeLines(scene, width: columns)
    let total = scene.channelGroups.count
    // A channel group takes at least 6 columns: more than columns / 6 never fit.
    let counts = total > 0 ? Array((1...min(total, max(1, columns / 6))).reversed()) : [0]
    let arrangements = total > 0 ? [false, true] : [false]
    // Tall regions give the arithmetic more lines before it is summarised.
    let most = rows >= 30 ? rows / 3 : 4
    let ladder = [(true, most), (false, most), (false, 2), (false, 1)]
    var arithmetics: [Int: [String]] = [:]
    for limit in Set(ladder.map(\.1)) {
      arithmetics[limit] = ArithmeticText.lines(
        for: scene.arithmetic, width: columns, maximumLines: limit)
    }
    for shrinking in [false, true] {
      for count in counts {
        let notes = StepLayout.notes(scene, showing: count)
        for (separators, limit) in ladder {
          let arithmetic = arithmetics[limit] ?? []
          let fixed =
            1 + shapeLines.count + (notes == nil ? 0 : 1) + (separators ? 2 : 0) + arithmetic.count
          for stacked in arrangements {
            var body = scene.body(showingChannels: count, stacked: stacked)
            let fits =
              shrinking
              ? body.fit(rows: rows - fixed, columns: columns)
              : body.height <= rows - fixed && body.width <= columns
            if fits {
              (self.notes, self.body, self.arithmetic, self.separators) =
                (notes, body, arithmetic, separators)
              return
            }
          }
        }
      }
    }
    let count = min(total, 1)
    notes = StepLayout.notes(scene, showing: count)
    arithmetic = arithmetics[1] ?? []
    separators = false
    body = scene.body(showingChannels: count, stacked: true)
    body.useMinimum()
  }

  /// The shapes and the formulas on one line when they fit, else the formulas on a second
  /// line, else one line each.
  static func shapeLines(_ scene: StepScene, width: Int) -> [String] {
    let formulas = scene.formulas.joined(separator: "   ")
    if formulas.isEmpty { return [scene.shapes] }
    let one = scene.shapes + "   " + formulas
    if DisplayWidth.of(one) <= width { return [one] }
    if DisplayWidth.of(formulas) <= width { return [scene.shapes, formulas] }
    return [scene.shapes] + scene.formulas
  }

  /// The scene's notes and the channel note, joined; `nil` when there are none.
  static func notes(_ scene: StepScene, showing count: Int) -> String? {
    let notes = scene.notes + [scene.channelNote(showing: count)].compactMap { $0 }
    return notes.isEmpty ? nil : notes.joined(separator: " · ")
  }

  /// The number of rows the layout takes.
  var height: Int {
    1 + shapeLines.count + (notes == nil ? 0 : 1) + (separators ? 2 : 0) + body.height
      + arithmetic.count
  }

  /// Draws the layout from the top-left corner of the current region.
  func draw(into frame: inout Frame, palette: StepPalette) {
    let positionWidth = DisplayWidth.of(scene.position)
    let headingWidth = max(0, width - positionWidth - 2)
    frame.put(
      DisplayWidth.truncate(scene.heading, to: headingWidth), row: 0, column: 0,
      style: palette.title)
    frame.put(scene.position, row: 0, column: 0, width: width, alignment: .trailing)
    var row = 1
    for line in shapeLines {
      frame.put(DisplayWidth.truncate(line, to: width), row: row, column: 0)
      row += 1
    }
    if let notes {
      frame.put(DisplayWidth.truncate(notes, to: width), row: row, column: 0, style: palette.note)
      row += 1
    }
    if separators { row += 1 }
    body.draw(at: row, column: 0, into: &frame, palette: palette)
    row += body.height + (separators ? 1 : 0)
    for line in arithmetic {
      frame.put(line, row: row, column: 0)
      row += 1
    }
    if let last = arithmetic.last, let range = last.range(of: scene.resultText, options: .backwards)
    {
      let column = DisplayWidth.of(String(last[..<range.lowerBound]))
      frame.restyle(
        Rect(
          row: row - 1, column: column, rows: 1, columns: DisplayWidth.of(scene.resultText)),
        style: palette.result)
    }
  }
}
