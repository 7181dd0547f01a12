import ConvCore
import ConvText

/// The tutor's hints for the output's shape: the formula in symbols, then with this call's
/// numbers, then worked out, then the sizes and the shape (the only one that states it).
extension HintWriter {
  /// The hints for the shape of the output of `steps`, general first.
  static func shapeHints(of steps: CallSteps) -> [String] {
    if let window = steps.geometry.window { return windowShapeHints(window, steps: steps) }
    if steps.geometry.layerName == "Flatten" { return flattenShapeHints(steps) }
    let input = ShapeText.tuple(steps.input.shape)
    return [
      "\(steps.geometry.layerName) works element by element: the output has the input's "
        + "shape.",
      "The input has shape \(input).", "The input has shape \(input).",
      "The output has shape \(ShapeText.tuple(steps.output.shape)).",
    ]
  }

  /// A convolution's or a pool's: per dimension, then the channels.
  private static func windowShapeHints(_ window: WindowGeometry, steps: CallSteps) -> [String] {
    let formulas = window.formulas
    let names = window.isOneDimensional ? ["length"] : ["rows", "columns"]
    let isConvolution = steps.geometry.layerName == "Conv2d"
    let symbols =
      "where n is the input size, p the padding, k the kernel size and s the stride"
      + (formulas[0].dilation > 1 ? ", d the dilation" : "")
    let channelRule =
      isConvolution
      ? "the output has out_channels channels, one per kernel" : "the channels stay as they are"
    let batch = steps.geometry.isBatched ? "; the batch in front stays" : ""
    let count = window.outputChannels
    let channels =
      "\(count) channel\(count == 1 ? "" : "s")"
      + (isConvolution ? " (out_channels)" : ", as the input has")
    func each(_ text: (OutputSizeFormula) -> String) -> String {
      zip(names, formulas).map { "\($0) \(text($1))" }.joined(separator: ", ")
    }
    let sizes = each(\.text)
    return [
      "Per dimension: \(formulas[0].symbolicText), \(symbols); \(channelRule)\(batch).",
      "With this call's numbers: \(each(\.expression)); \(channels).",
      "Worked out: \(each(worked)).",
      sizes.prefix(1).uppercased() + sizes.dropFirst()
        + ", so the shape is \(ShapeText.tuple(steps.output.shape)).",
    ]
  }

  /// Flatten's: which dimensions merge, and the product of their sizes.
  private static func flattenShapeHints(_ steps: CallSteps) -> [String] {
    var merged: [Int] = []
    if case .flatten(let move)? = steps.first?.operation {
      merged = Array(move.startDimension...move.endDimension)
    }
    let sizes = merged.map { steps.input.shape[$0] }
    let product = sizes.isEmpty ? "1" : sizes.map(String.init).joined(separator: "·")
    let span = merged.count == 1 ? "dimension \(merged[0])" : IndexSpan.text("dimension", merged)
    return [
      "Flatten merges the dimensions from start_dim to end_dim into one, whose size is their "
        + "product; the dimensions before and after them stay.",
      "The input has shape \(ShapeText.tuple(steps.input.shape)); "
        + "\(steps.geometry.layerDescription) merges \(span).",
      "The merged dimension's size is \(product).",
      "The merged size is \(product) = \(sizes.reduce(1, *)), so the shape is "
        + "\(ShapeText.tuple(steps.output.shape)).",
    ]
  }

  /// `⌊4 / 1⌋ + 1`: the formula with its numerator worked out, before its result.
  static func worked(_ formula: OutputSizeFormula) -> String {
    let (open, close) = formula.rounding == .floor ? ("⌊", "⌋") : ("⌈", "⌉")
    let numerator = formula.numerator < 0 ? "-\(-formula.numerator)" : "\(formula.numerator)"
    return "\(open)\(numerator) / \(formula.stride)\(close) + 1"
      + (formula.droppedLastWindow ? " - 1" : "")
  }
}
