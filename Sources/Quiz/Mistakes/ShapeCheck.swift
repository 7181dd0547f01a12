import ConvCore
import ConvText

/// Judges a shape the learner gives for a call's output, and names a wrong one's mistake.
///
/// Every way of writing a shape means the same sizes (`2x4`, `2 x 4`, `(2, 4)`,
/// `[1, 2, 4]`, `torch.Size([1, 2, 4])`); leading dimensions of size 1 may be left out, so
/// `2x4` is (1, 2, 4). A shape that leaves out a dimension that is not 1 (`2x3` for
/// (2, 2, 3): the channels), or gives more dimensions than the output has, is not judged:
/// it gets an explanation, and costs no try.
struct ShapeCheck: Sendable {
  /// What a written shape is.
  enum Verdict: Sendable, Equatable {
    /// The output's shape.
    case right
    /// Not judged: the sizes leave out a dimension that is not 1, or give too many. The
    /// explanation says what to write.
    case incomplete(String)
    /// A wrong shape, with its mistake when the engine recognises it.
    case wrong(Misconception?)
  }

  /// The call.
  let steps: CallSteps

  /// A check of the output shape of `steps`.
  init(steps: CallSteps) {
    self.steps = steps
  }

  /// The right shape.
  var shape: [Int] { steps.output.shape }

  /// What `sizes` (as the learner wrote them, `written`) is.
  func judge(_ sizes: [Int], written: String) -> Verdict {
    // Flatten's input, unflattened, has more dimensions than its output: a mistake to name,
    // unless the output is the same but for sizes of 1 in front (a (1, 3, 2) input flattened
    // from dimension 0 to 1 is (3, 2)), where the sizes are the right answer.
    let input = steps.input.shape
    let significant = sizes.drop(while: { $0 == 1 })
    if steps.geometry.layerName == "Flatten", input != shape,
      significant == input.drop(while: { $0 == 1 }),
      significant != shape.drop(while: { $0 == 1 })
    {
      return .wrong(.shape([.notFlattened]))
    }
    let leftOut = shape.count - sizes.count
    guard leftOut >= 0 else {
      return .incomplete(
        "\(written) has \(sizes.count) sizes, but the output has \(shape.count) "
          + (shape.count == 1 ? "dimension" : "dimensions")
          + dimensionsText
          + (input.count == shape.count ? ", as many as the input" : "")
          + ". That was not a try.")
    }
    guard shape.prefix(leftOut).allSatisfy({ $0 == 1 }) else {
      return .incomplete(
        "\(written) leaves out a dimension: the output has \(shape.count) dimensions"
          + dimensionsText + ", and one you left out is not 1, so write "
          + (shape.count == 2 ? "both" : "all \(shape.count)") + ". That was not a try.")
    }
    let whole = Array(shape.prefix(leftOut)) + sizes
    return whole == shape ? .right : .wrong(misconception(forShape: whole))
  }

  /// Whether `sizes` is the output's shape (its leading dimensions of size 1 may be left out).
  func matches(_ sizes: [Int]) -> Bool {
    judge(sizes, written: "") == .right
  }

  /// ` (C, H, W)`: the output's dimensions by letter, for a window layer.
  private var dimensionsText: String {
    guard let window = steps.geometry.window else { return "" }
    var letters = window.isOneDimensional ? ["C", "L"] : ["C", "H", "W"]
    if shape.count > letters.count { letters.insert("N", at: 0) }
    guard letters.count == shape.count else { return "" }
    return " (" + letters.joined(separator: ", ") + ")"
  }

  /// The mistake a wrong shape of the output's rank shows, or `nil`.
  func misconception(forShape given: [Int]) -> Misconception? {
    guard given.count == shape.count, given != shape else { return nil }
    guard let window = steps.geometry.window else { return nil }
    let formulas = window.formulas
    let grid = formulas.count
    let channel = shape.count - grid - 1
    // The batch in front, if any, is the input's: a mistake there is not one of these.
    guard channel >= 0, given.prefix(channel) == shape.prefix(channel) else { return nil }
    var mistakes: [ShapeMistake] = []
    let channelMistake: ShapeMistake?? =
      given[channel] == shape[channel]
      ? .none : .some(self.channelMistake(given[channel], window: window))
    let givenGrid = Array(given.suffix(grid))
    let gridMistake: ShapeMistake?? =
      givenGrid == shape.suffix(grid)
      ? .none : .some(ShapeCheck.gridMistake(givenGrid, window: window))
    switch (channelMistake, gridMistake) {
    case (.some(.some(let named)), .none), (.none, .some(.some(let named))):
      mistakes = [named]
    case (.some(.some(let channels)), .some(let sizes)):
      mistakes = [channels] + [sizes ?? .gridAlsoWrong(oneDimensional: window.isOneDimensional)]
    case (.some(.none), .some(.some(let sizes))):
      mistakes = [sizes, .channelsAlsoWrong]
    default:
      return nil
    }
    return .shape(mistakes)
  }

  /// What a wrong channel count of a window layer's output is.
  private func channelMistake(_ count: Int, window: WindowGeometry) -> ShapeMistake? {
    guard steps.geometry.layerName == "Conv2d" else { return .channelsChanged }
    if count == 1 { return .channelsForgotten }
    if count == window.inputChannels { return .channelsFromInput(window.inputChannels) }
    return nil
  }

  /// The mistake that gives the grid's sizes `given` (rows and columns, or the length), when
  /// each size is either right or shows that one mistake.
  static func gridMistake(_ given: [Int], window: WindowGeometry) -> ShapeMistake? {
    let formulas = window.formulas
    let right = formulas.map(\.size)
    if right.count == 2, right[0] != right[1], given == [right[1], right[0]] {
      return .rowsAndColumnsSwapped
    }
    for (mistake, size) in candidates(window) {
      let fits = zip(given, zip(right, formulas)).allSatisfy { answer, pair in
        answer == pair.0 || answer == size(pair.1)
      }
      if fits { return mistake }
    }
    return nil
  }

  /// The named mistakes of one dimension, likeliest first, each with the size it gives
  /// (`nil` where the mistake cannot be made in that dimension). With a stride over 1 the
  /// stride is what such a call is about, so forgetting it comes first.
  static func candidates(_ window: WindowGeometry) -> [(ShapeMistake, (OutputSizeFormula) -> Int?)]
  {
    func changed(
      _ formula: OutputSizeFormula, padding: Bool = true, stride: Bool = true,
      dilation: Bool = true, ceiling: Bool? = nil
    ) -> Int {
      OutputSizeFormula(
        inputSize: formula.inputSize, paddingBefore: padding ? formula.paddingBefore : 0,
        paddingAfter: padding ? formula.paddingAfter : 0, kernelSize: formula.kernelSize,
        stride: stride ? formula.stride : 1, dilation: dilation ? formula.dilation : 1,
        ceilMode: ceiling ?? (formula.rounding == .ceiling)
      ).size
    }
    let stride = max(window.stride.rows, window.stride.columns)
    let dilation = max(window.dilation.rows, window.dilation.columns)
    return [
      (.forgotStride(stride), { $0.stride > 1 ? changed($0, stride: false) : nil }),
      (
        .ignoredPadding,
        { $0.paddingBefore + $0.paddingAfter > 0 ? changed($0, padding: false) : nil }
      ),
      (.forgotDilation(dilation), { $0.dilation > 1 ? changed($0, dilation: false) : nil }),
      (
        .rounding(ceiling: window.ceilMode),
        { changed($0, ceiling: $0.rounding != .ceiling) }
      ),
      (.paddedSize, { $0.paddingBefore + $0.paddingAfter > 0 ? $0.paddedSize : nil }),
      (.inputSize, { $0.inputSize }),
      (.withoutPlusOne, { $0.size - 1 }),
    ]
  }
}
