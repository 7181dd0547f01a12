import ConvCore
import ConvText

/// The shapes of a call and the output-size formulas with its numbers, for the step view and
/// plain mode: `input 6×6 → padded 8×8 → output 3×3` and
/// `rows and columns: ⌊(6 + 2·1 − 3) / 2⌋ + 1 = 3`.
enum ShapesText {
  /// `input 6×6 → padded 8×8 → output 3×3` (the padded shape only when something is padded,
  /// with its fill when that is not zeros: `padded 6×6 (reflect)`); `output ?` without
  /// `showingOutput` (a quiz asks it).
  static func summary(_ steps: CallSteps, showingOutput: Bool = true) -> String {
    let geometry = steps.geometry
    let shape = { (shape: [Int]) in ShapeText.label(shape, window: geometry.window) }
    var parts = ["input " + shape(geometry.inputShape)]
    if geometry.paddedShape != geometry.inputShape {
      parts.append("padded " + shape(geometry.paddedShape) + fillText(geometry.window?.fill))
    }
    parts.append("output " + (showingOutput ? shape(geometry.outputShape) : "?"))
    return parts.joined(separator: " → ")
  }

  /// The output-size formulas, one part per dimension (or one for both when they are the
  /// same); for Flatten its index formula, for ReLU its rule.
  static func formulas(_ steps: CallSteps) -> [String] {
    if let window = steps.geometry.window {
      if window.isOneDimensional {
        return ["length: " + window.columnFormula.text + " (each row is a channel)"]
      }
      let (rows, columns) = (window.rowFormula.text, window.columnFormula.text)
      return rows == columns
        ? ["rows and columns: " + rows] : ["rows: " + rows, "columns: " + columns]
    }
    switch steps.first?.operation {
    case .flatten(let move)?: return [flattenFormula(move)]
    case .rectify?: return ["y = max(0, x) for each element"]
    default: return []
    }
  }

  /// `flat index i = h·W + w (H = 3, W = 2)`.
  static func flattenFormula(_ move: Step.FlattenMove) -> String {
    let count = move.sizes.count
    guard count > 0 else { return "flat index i = 0" }
    let letters =
      count <= 4 ? Array(["n", "c", "h", "w"].suffix(count)) : (0..<count).map { "d\($0)" }
    var terms: [String] = []
    for index in 0..<count {
      let later = letters[(index + 1)...].map { $0.uppercased() }
      terms.append(([letters[index]] + later).joined(separator: "·"))
    }
    let sizes = zip(letters, move.sizes).map { "\($0.uppercased()) = \($1)" }
    return "flat index i = " + terms.joined(separator: " + ") + " ("
      + sizes.joined(separator: ", ") + ")"
  }

  /// What the padding holds when it is not zeros: ` (−∞)`, ` (reflect)`.
  static func fillText(_ fill: PaddingFill?) -> String {
    switch fill {
    case .negativeInfinity?: " (-∞)"
    case .reflect?: " (reflect)"
    case .replicate?: " (replicate)"
    case .circular?: " (circular)"
    case .zeros?, nil: ""
    }
  }
}
