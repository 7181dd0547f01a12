import ConvCore
import Foundation

/// Judges a shape the learner gives for a call's output, and names a wrong one's mistake.
public struct ShapeCheck: Sendable {
  /// The call.
  public let steps: CallSteps

  /// A check of the output shape of `steps`.
  public init(steps: CallSteps) {
    self.steps = steps
  }

  /// The right shape.
  public var shape: [Int] { steps.output.shape }

  /// Whether `sizes` is the output's shape: all of it, or its last dimensions for a label
  /// (`5x3` for `(1, 5, 3)`).
  public func matches(_ sizes: [Int], isLabel: Bool) -> Bool {
    guard isLabel else { return sizes == shape }
    return !sizes.isEmpty && sizes.count <= shape.count && Array(shape.suffix(sizes.count)) == sizes
  }

  /// The mistake a wrong shape shows.
  public func misconception(for sizes: [Int], isLabel: Bool) -> Misconception? {
    guard !matches(sizes, isLabel: isLabel) else { return nil }
    if !isLabel, sizes.count != shape.count, shape.suffix(sizes.count) == sizes[...] {
      return .shapeDimensions(shape.count)
    }
    guard sizes.count <= shape.count else { return .shapeDimensions(shape.count) }
    let given = Array(shape.prefix(shape.count - sizes.count)) + sizes
    if let window = steps.geometry.window {
      let formulas = window.formulas
      let spatial = given.suffix(formulas.count)
      guard given.dropLast(formulas.count) == shape.dropLast(formulas.count)[...] else {
        return nil
      }
      let likely = zip(spatial, formulas).allSatisfy { size, formula in
        ShapeCheck.alternatives(of: formula).contains(size) || size == formula.size
      }
      return likely ? .shapeFormula(ShapeCheck.formulaText(window)) : nil
    }
    if steps.geometry.layerName == "Flatten", given.count != shape.count || given != shape {
      return .shapeFormula(
        "the dimensions from start_dim to end_dim merge into one, whose size is their product; "
          + "the others stay")
    }
    return nil
  }

  /// The sizes common mistakes give for one dimension: off by one, by 2p, the padding left
  /// out or counted once, the stride left out, floor and ceiling mixed up.
  static func alternatives(of formula: OutputSizeFormula) -> Set<Int> {
    let size = formula.size
    let padding = formula.paddingBefore + formula.paddingAfter
    var sizes: Set<Int> = [size - 1, size + 1, size - padding, size + padding]
    let numerator = formula.numerator
    let stride = max(formula.stride, 1)
    sizes.insert(numerator + 1)
    sizes.insert(numerator - padding + 1)
    sizes.insert((numerator - padding) / stride + 1)
    sizes.insert(numerator / stride + 1)
    sizes.insert((numerator + stride - 1) / stride + 1)
    sizes.insert(numerator / stride)
    sizes.remove(size)
    return sizes.filter { $0 >= 0 }
  }

  /// `rows ⌊(5 + 2·1 − 3) / 1⌋ + 1, columns …`: the formulas without their results.
  static func formulaText(_ window: WindowGeometry) -> String {
    func withoutResult(_ formula: OutputSizeFormula) -> String {
      let text = formula.text
      guard let range = text.range(of: " = ", options: .backwards) else { return text }
      return String(text[..<range.lowerBound])
    }
    if window.isOneDimensional { return "length " + withoutResult(window.columnFormula) }
    return "rows " + withoutResult(window.rowFormula) + ", columns "
      + withoutResult(window.columnFormula)
  }
}
