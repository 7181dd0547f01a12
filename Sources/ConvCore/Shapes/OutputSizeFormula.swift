/// The output size of a sliding-window operation along one dimension, with the formula that
/// gives it written out with this call's numbers.
///
/// PyTorch's rule (`pooling_output_shape` for pools, the same floor rule for convolutions):
/// `⌊(n + p₁ + p₂ − d·(k − 1) − 1) / s⌋ + 1`. With `ceil_mode=True` the division rounds up,
/// but a last window that would start in the right padding is dropped.
public struct OutputSizeFormula: Sendable, Hashable, CustomStringConvertible {
  /// How the division by the stride is rounded.
  public enum Rounding: Sendable, Hashable {
    /// Rounded down (the default, and always for convolutions).
    case floor
    /// Rounded up (`ceil_mode=True` in pooling layers).
    case ceiling
  }

  /// The input size along this dimension.
  public let inputSize: Int
  /// The padding before the first element (top or left).
  public let paddingBefore: Int
  /// The padding after the last element (bottom or right).
  public let paddingAfter: Int
  /// The kernel size along this dimension.
  public let kernelSize: Int
  /// The step between windows.
  public let stride: Int
  /// The spacing between kernel taps.
  public let dilation: Int
  /// How the division is rounded.
  public let rounding: Rounding
  /// The output size; may be zero or negative for a call PyTorch refuses.
  public let size: Int
  /// Whether `ceil_mode` dropped a last window that would have started in the right padding.
  public let droppedLastWindow: Bool

  /// Computes the output size of one dimension as PyTorch does.
  ///
  /// Arguments are expected to be validated (stride and dilation at least 1); sizes up to
  /// 2^24 cannot overflow.
  public init(
    inputSize: Int, paddingBefore: Int, paddingAfter: Int, kernelSize: Int, stride: Int,
    dilation: Int = 1, ceilMode: Bool = false
  ) {
    self.inputSize = inputSize
    self.paddingBefore = paddingBefore
    self.paddingAfter = paddingAfter
    self.kernelSize = kernelSize
    self.stride = stride
    self.dilation = dilation
    rounding = ceilMode ? .ceiling : .floor
    let numerator = inputSize + paddingBefore + paddingAfter - dilation * (kernelSize - 1) - 1
    let step = Swift.max(stride, 1)
    if ceilMode {
      var size = OutputSizeFormula.floorDivision(numerator + step - 1, step) + 1
      var dropped = false
      if (size - 1) * step >= inputSize + paddingBefore {
        size -= 1
        dropped = true
      }
      self.size = size
      droppedLastWindow = dropped
    } else {
      size = OutputSizeFormula.floorDivision(numerator, step) + 1
      droppedLastWindow = false
    }
  }

  /// Symmetric padding: `padding` on both sides.
  init(
    inputSize: Int, padding: Int, kernelSize: Int, stride: Int, dilation: Int = 1,
    ceilMode: Bool = false
  ) {
    self.init(
      inputSize: inputSize, paddingBefore: padding, paddingAfter: padding,
      kernelSize: kernelSize, stride: stride, dilation: dilation, ceilMode: ceilMode)
  }

  /// The input size with its padding: `n + p₁ + p₂`.
  public var paddedSize: Int { inputSize + paddingBefore + paddingAfter }

  /// The extent of the kernel with its dilation: `d·(k − 1) + 1`.
  var effectiveKernelSize: Int { dilation * (kernelSize - 1) + 1 }

  /// The number divided by the stride: `n + p₁ + p₂ − d·(k − 1) − 1`.
  public var numerator: Int { paddedSize - effectiveKernelSize }

  /// The formula with this call's numbers, e.g. `⌊(6 + 2·1 − 3) / 2⌋ + 1 = 3`; with dilation
  /// `⌊(6 + 2·1 − 2·(3 − 1) − 1) / 2⌋ + 1 = 2`; `ceil_mode` uses `⌈ ⌉`, and a dropped last
  /// window shows as `− 1`.
  public var text: String {
    let result = size < 0 ? "-\(-size)" : "\(size)"
    return expression + " = " + result
  }

  /// The formula with this call's numbers, without its result: `⌊(6 + 2·1 - 3) / 2⌋ + 1`.
  public var expression: String {
    var inner = "\(inputSize)"
    if paddingBefore == paddingAfter {
      if paddingBefore != 0 { inner += " + 2·\(paddingBefore)" }
    } else {
      inner += " + \(paddingBefore) + \(paddingAfter)"
    }
    if dilation == 1 {
      inner += " - \(kernelSize)"
    } else {
      inner += " - \(dilation)·(\(kernelSize) - 1) - 1"
    }
    let (open, close) = rounding == .floor ? ("⌊", "⌋") : ("⌈", "⌉")
    let dropped = droppedLastWindow ? " - 1" : ""
    return "\(open)(\(inner)) / \(stride)\(close) + 1\(dropped)"
  }

  /// The general formula in symbols, matching the form of ``text``.
  public var symbolicText: String {
    let padding = paddingBefore == paddingAfter ? "2·p" : "p₁ + p₂"
    let kernel = dilation == 1 ? "k" : "d·(k - 1) - 1"
    let (open, close) = rounding == .floor ? ("⌊", "⌋") : ("⌈", "⌉")
    return "\(open)(n + \(padding) - \(kernel)) / s\(close) + 1"
  }

  /// Why the size is one less than the rounded-up quotient, when `ceil_mode` dropped a window.
  var note: String? {
    guard droppedLastWindow else { return nil }
    return "ceil_mode drops the last window: it would start at \((size) * stride), "
      + "in the right padding (the input and left padding end at \(inputSize + paddingBefore))"
  }

  /// The same as ``text``.
  public var description: String { text }

  /// Division rounded toward negative infinity (PyTorch's `div_rtn`).
  static func floorDivision(_ numerator: Int, _ denominator: Int) -> Int {
    let quotient = numerator / denominator
    let remainder = numerator % denominator
    return remainder != 0 && (remainder < 0) != (denominator < 0) ? quotient - 1 : quotient
  }
}
