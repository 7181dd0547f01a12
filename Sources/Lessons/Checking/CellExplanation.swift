import ConvCore
import ConvText

/// How the engine computes one output element, in words and numbers, for errata and answer
/// key errors: `2×1 + 4×0 + … + 2 (bias) = 11`, `the maximum of 44, -317, 29, -98 is 44`.
///
/// The arithmetic is the one the workspace shows (``ConvText/ArithmeticText``); a maximum is
/// said in words, since an erratum names the values compared.
enum CellExplanation {
  /// The arithmetic of step `index` of `steps`, ending in its result.
  static func text(_ index: Int, of steps: CallSteps) -> String {
    let step = steps[index]
    guard case .maximum(let maximum) = step.operation else {
      return ArithmeticText(for: step, in: steps).text
    }
    guard maximum.comparedCount > 0 else { return "the window covers no input cell" }
    let values = step.window.filter { $0.kind == .input }.map {
      ConvText.NumberText.text($0.value, in: steps.notation.input)
    }
    return "the maximum of \(values.joined(separator: ", ")) is "
      + ConvText.NumberText.text(step.result, in: steps.notation.output)
  }
}
