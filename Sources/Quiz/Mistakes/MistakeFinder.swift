import ConvCore

/// Computes, for one output cell of a call, the values that common mistakes give, and names
/// the mistake when a wrong answer equals one of them.
///
/// The alternatives are computed by the engine from the call's own data: the sum without the
/// bias, one input channel's sum alone, another output channel's kernel, the window without
/// its padding, the neighbouring windows, the flipped kernel, the average counted another way,
/// and so on.
///
/// When two mistakes give one value, the likelier is named: the bias first, then the
/// channels (what a call of several channels is about), then the window's place, then the
/// weights.
struct MistakeFinder: Sendable {
  /// One alternative: the value a mistake gives.
  struct Alternative: Sendable, Equatable {
    /// The mistake.
    let misconception: Misconception
    /// The value it gives, rounded as the output is.
    let value: Double
  }

  /// The call.
  let steps: CallSteps

  /// A finder for the cells of `steps`.
  init(steps: CallSteps) {
    self.steps = steps
  }

  /// The mistake that `answer` (wrong for step `index`) most likely is, or `nil`.
  func misconception(for answer: AnswerNumber, at index: Int) -> Misconception? {
    guard let step = steps.step(at: index), !answer.matches(step.result) else { return nil }
    return alternatives(at: index).first { answer.matches($0.value) }?.misconception
  }

  /// The alternatives of step `index`, most telling first; none equals the right value.
  func alternatives(at index: Int) -> [Alternative] {
    guard let step = steps.step(at: index), let window = steps.geometry.window,
      let location = step.location
    else { return [] }
    let reader = WindowReader(steps: steps, window: window, step: step, location: location)
    var found: [Alternative] = []
    func add(_ misconception: Misconception, _ value: Double?) {
      guard let value, value.isFinite || value.isInfinite else { return }
      let rounded = steps.output.dtype.rounded(value)
      guard rounded != step.result, !rounded.isNaN else { return }
      found.append(Alternative(misconception: misconception, value: rounded))
    }
    switch step.operation {
    case .weightedSum(let sum):
      if let bias = sum.bias, bias != 0 {
        add(.forgotBias(bias), sum.sum)
        add(.biasTwice(bias), sum.total + bias)
      }
      addChannels(reader, step: step, sum: sum, add: add)
      addShifted(reader, window: window, location: location, add: add)
      for term in sum.terms where term.weight == 0 && term.value != 0 && term.value.isFinite {
        add(.addedUncoveredCell, sum.total + term.value)
      }
      add(.ignoredWeights, sum.terms.reduce(0) { $0 + $1.value } + (sum.bias ?? 0))
      add(.flippedKernel, reader.convolution(shift: (0, 0), flipped: true))
    case .maximum:
      let values = step.window.filter { $0.kind == .input }.map(\.value)
      if !values.isEmpty {
        add(.averageInsteadOfMaximum, values.reduce(0, +) / Double(values.count))
        let counted = step.window.filter { $0.kind != .overhang }.count
        add(.averageInsteadOfMaximum, values.reduce(0, +) / Double(counted))
        // Another value of this very window is likelier than the next window's maximum.
        for value in values { add(.notTheLargest, value) }
      }
      addShifted(reader, window: window, location: location, add: add)
    case .average(let average):
      let values = step.window.filter { $0.kind == .input }.map(\.value)
      add(.maximumInsteadOfAverage, values.max())
      let paddingCells = step.window.filter { $0.kind == .padding }.count
      if average.divisorOverride == nil, paddingCells > 0 {
        if average.countIncludePad {
          add(.paddedZeros(counted: false), average.sum / Double(average.summedCount))
        } else {
          add(
            .paddedZeros(counted: true),
            average.sum / Double(average.summedCount + paddingCells))
        }
      }
      if average.divisor != 1 { add(.forgotToDivide(average.divisor), average.sum) }
      addShifted(reader, window: window, location: location, add: add)
    case .flatten, .rectify:
      break
    }
    return found
  }

  /// The same operation over windows that start elsewhere: without the stride, without
  /// padding, padded on one side, one stride further.
  private func addShifted(
    _ reader: WindowReader, window: WindowGeometry, location: Step.Location,
    add: (Misconception, Double?) -> Void
  ) {
    // A stride over 1 is what such a call is about: forgetting it comes first.
    let stride = window.stride
    if stride.rows > 1 || stride.columns > 1 {
      let shift = (
        location.row - location.row * stride.rows,
        location.column - location.column * stride.columns
      )
      if shift != (0, 0) {
        add(
          .forgotStride(max(stride.rows, stride.columns)),
          reader.value(shift: shift, wholeWindow: true))
      }
    }
    let (top, left) = (window.padding.top, window.padding.left)
    if top > 0 || left > 0 {
      add(.ignoredPadding, reader.value(shift: (top, left), wholeWindow: false))
      if top > 0, left > 0 {
        add(.paddingOnOneSide("left"), reader.value(shift: (top, 0), wholeWindow: false))
        add(.paddingOnOneSide("top"), reader.value(shift: (0, left), wholeWindow: false))
      }
    }
    var neighbours: [(String, (Int, Int))] = [
      ("to the right", (0, stride.columns)), ("to the left", (0, -stride.columns)),
    ]
    if !window.isOneDimensional {
      neighbours += [("down", (stride.rows, 0)), ("up", (-stride.rows, 0))]
    }
    for (direction, shift) in neighbours {
      add(.neighbourWindow(direction), reader.value(shift: shift, wholeWindow: true))
    }
  }
}
