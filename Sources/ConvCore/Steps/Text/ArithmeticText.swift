/// The arithmetic of one step as text, as the slides write it.
///
/// - Convolution: `2×1 + 2×1 + 1×0 + … + 1×1 = 9`, with a bias `… + 1 (bias) = 10`; negative
///   factors in parentheses: `43×(−1)`. With several input channels each channel is a group
///   with its own sum, and the channel sums add up with the bias:
///   `ch0: … = 5   ch1: … = 7   → 5 + 7 + 1 (bias) = 13`.
/// - Max pooling: `max([3], 2, 0, 3) = 3`, the winner in brackets, padding as `−∞`.
/// - Average pooling: `(3 + 2 + 0 + 3) / 4 = 2`, saying whether padded zeros are counted, and
///   naming a `divisor_override`.
/// - Flatten: `x[0, 1, 1] → i = 1·2 + 1 = 3 → y[0, 3] = 1`.
/// - ReLU: `max(0, −3) = 0`.
///
/// Groups are separated by ``groupSeparator``; `wrapped(_:width:maximumLines:)` (in the workspace) breaks lines
/// only between terms.
public enum ArithmeticText {
  /// Three spaces: what separates the groups (one per input channel, then the total).
  public static let groupSeparator = "   "

  /// The arithmetic of `step`, one of the steps of `steps`.
  public static func text(for step: Step, in steps: CallSteps) -> String {
    parts(for: step, in: steps).text
  }

  /// The arithmetic in groups, with shorter summaries for when it does not fit.
  public struct Parts: Equatable, Sendable {
    /// The groups: the whole arithmetic, or one per input channel and then the total.
    public var groups: [String]
    /// Shorter forms, most informative first, each ending with the result.
    public var summaries: [String]
    /// The groups joined by ``ArithmeticText/groupSeparator``.
    public init(groups: [String], summaries: [String]) {
      self.groups = groups
      self.summaries = summaries
    }

    public var text: String { groups.joined(separator: ArithmeticText.groupSeparator) }
  }

  public static func parts(for step: Step, in steps: CallSteps) -> Parts {
    let result = " = " + NumberText.arithmetic(step.result)
    switch step.operation {
    case .weightedSum(let sum):
      return weightedSum(sum, step: step, kernel: steps.geometry.window?.kernelSize, result: result)
    case .maximum(let maximum):
      let cells = step.window.enumerated().filter { $0.element.kind != .overhang }
      let values = cells.map { offset, cell in
        let text = NumberText.arithmetic(cell.value)
        return offset == maximum.winner ? "[\(text)]" : text
      }
      let text = "max(" + values.joined(separator: ", ") + ")" + result
      return Parts(groups: [text], summaries: ["max of \(values.count) values" + result])
    case .average(let average):
      return averageParts(average, step: step, dtype: steps.output.dtype, result: result)
    case .flatten(let move):
      let text =
        "x" + bracketed(move.sourcePosition) + " → i = " + move.formulaText + " → y"
        + bracketed(step.outputPosition) + result
      return Parts(groups: [text], summaries: ["i = " + move.formulaText])
    case .rectify(let rectification):
      let text = "max(0, " + NumberText.arithmetic(rectification.input) + ")" + result
      return Parts(groups: [text], summaries: [text])
    }
  }

  private static func weightedSum(
    _ sum: Step.WeightedSum, step: Step, kernel: Pair?, result: String
  ) -> Parts {
    let bias = sum.bias.map { signed($0, first: false) + " (bias)" } ?? ""
    var channels: [(channel: Int, terms: [String], sum: Double)] = []
    for term in sum.terms {
      let channel = step.window[term.cell].channel
      let text = factor(term.value) + "×" + factor(term.weight)
      if channels.last?.channel == channel {
        channels[channels.count - 1].terms.append(text)
        channels[channels.count - 1].sum += term.product
      } else {
        channels.append((channel, [text], term.product))
      }
    }
    let shape = kernel.map { "\($0.rows)×\($0.columns)" } ?? "\(sum.terms.count)"
    let count = sum.terms.count
    guard channels.count > 1 else {
      let terms = channels.first?.terms.joined(separator: " + ") ?? "0"
      return Parts(
        groups: [terms + bias + result], summaries: ["\(count) products (\(shape))" + bias + result]
      )
    }
    var groups = channels.map { channel in
      "ch\(channel.channel): " + channel.terms.joined(separator: " + ") + " = "
        + NumberText.arithmetic(channel.sum)
    }
    let total = signedSum(channels.map(\.sum))
    groups.append("→ " + total + bias + result)
    let shapeText = "\(channels.count) channels × \(shape)"
    return Parts(
      groups: groups,
      summaries: [
        "channel sums " + total + bias + result + " (\(count) products, \(shapeText))",
        "\(count) products (\(shapeText))" + bias + result,
      ])
  }

  private static func averageParts(
    _ average: Step.Average, step: Step, dtype: DType, result: String
  ) -> Parts {
    let counted = step.window.filter {
      $0.kind == .input || ($0.kind == .padding && average.countIncludePad)
    }
    let sum = signedSum(counted.map(\.value))
    let numerator = counted.count > 1 ? "(" + sum + ")" : sum
    var notes = ""
    if let divisor = average.divisorOverride {
      notes += ", divisor_override=\(divisor)"
    } else if step.window.contains(where: { $0.kind == .padding }) {
      notes += average.countIncludePad ? ", padded zeros counted" : ", padding not counted"
    }
    if step.window.contains(where: { $0.kind == .overhang }) {
      notes += ", window clipped at the edge"
    }
    let quotient = average.sum / Double(average.divisor)
    if dtype == .int64, quotient.isFinite, quotient != quotient.rounded(.towardZero) {
      notes += ", rounded toward zero (int64)"
    }
    let divisor = " / \(average.divisor)"
    return Parts(
      groups: [numerator + divisor + result + notes],
      summaries: ["sum of \(counted.count) values" + divisor + result + notes])
  }

  /// A factor of a product: negative numbers in parentheses, `(−1)`.
  public static func factor(_ value: Double) -> String {
    let text = NumberText.arithmetic(value)
    return text.hasPrefix("−") ? "(" + text + ")" : text
  }

  /// ` + 3` or ` − 3` (or `−3` / `3` first in a sum).
  public static func signed(_ value: Double, first: Bool) -> String {
    let text = NumberText.arithmetic(value)
    if first { return text }
    return text.hasPrefix("−") ? " − " + text.dropFirst() : " + " + text
  }

  /// `5 + 7 − 3`: values added, a negative one written as a subtraction.
  public static func signedSum(_ values: [Double]) -> String {
    guard !values.isEmpty else { return "0" }
    return values.enumerated().map { signed($0.element, first: $0.offset == 0) }.joined()
  }

  /// `[0, 1, 2]`.
  public static func bracketed(_ position: [Int]) -> String {
    "[" + position.map(String.init).joined(separator: ", ") + "]"
  }
}
