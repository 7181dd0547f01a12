import ConvCore

/// How the engine computes one output element, in words and numbers, for errata and answer
/// key errors: `2×1 + 4×0 + … + 2 (bias) = 11`, `the maximum of 44, -317, 29, -98 is 44`.
enum CellExplanation {
  /// The most products written out before the rest is summarised.
  static let maximumTerms = 27

  /// The arithmetic of `step`, ending in its result.
  static func text(_ step: Step) -> String {
    let result = NumberText.format(step.result)
    switch step.operation {
    case .weightedSum(let sum):
      var parts = sum.terms.prefix(maximumTerms).map {
        "\(NumberText.factor($0.value))×\(NumberText.factor($0.weight))"
      }
      if sum.terms.count > maximumTerms {
        parts.append("… (\(sum.terms.count) products in all)")
      }
      var text = parts.joined(separator: " + ")
      // The bias is added as the animation writes it: `+ 2 (bias)`, `− 1 (bias)`.
      if let bias = sum.bias {
        text += (bias < 0 ? " − " : " + ") + "\(NumberText.format(abs(bias))) (bias)"
      }
      return "\(text) = \(result)"
    case .maximum(let maximum):
      let values = step.window.filter { $0.kind == .input }.map { NumberText.format($0.value) }
      guard maximum.comparedCount > 0 else { return "the window covers no input cell" }
      return "the maximum of \(values.joined(separator: ", ")) is \(result)"
    case .average(let average):
      var values = step.window.filter { $0.kind == .input }.map { NumberText.format($0.value) }
      values += Array(repeating: "0", count: average.countedPaddingCount)
      return "(\(values.joined(separator: " + "))) / \(average.divisor) = \(result)"
    case .flatten(let move):
      let from = move.sourcePosition.map(String.init).joined(separator: ", ")
      return "the element at (\(from)) goes to index \(move.formulaText)"
    case .rectify(let rectification):
      return "max(0, \(NumberText.format(rectification.input))) = \(result)"
    }
  }
}
