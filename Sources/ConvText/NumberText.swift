import ConvCore

/// Numbers as the learner sees them, one way everywhere: a value is written in the notation of
/// the tensor it belongs to (``ConvCore/ElementNotation``, PyTorch's rule: the elements of one
/// tensor share a format), so `0.0520` in the input grid is `0.0520` in the arithmetic and in
/// a hint.
///
/// Integral tensors are written as the slides write them, without PyTorch's trailing point
/// (`9`, `-250`); others with four decimals (`0.0520`, `-1.0390`) or in scientific notation
/// (`1.2346e+20`). The minus is ASCII's, as PyTorch prints it and as the learner types it.
/// Infinities are `∞` and `-∞` (max pooling's padding), NaN is `nan`.
public enum NumberText {
  /// `value`, an element of a tensor written in `notation`. A value the notation cannot hold
  /// (a partial sum far larger than the output, a fraction among integers) is written in its
  /// own notation instead, never rounded into a wrong number.
  public static func text(_ value: Double, in notation: ElementNotation) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-∞" : "∞" }
    let fits: Bool
    switch notation.style {
    case .scientific: fits = true
    case .fixed: fits = value == 0 || (value.magnitude >= 1e-4 && value.magnitude <= 1e8)
    case .integer: fits = value == value.rounded() && value.magnitude <= 1e8
    }
    guard fits || !notation.isFloatingPoint else { return text(value) }
    if notation.style == .integer, value.magnitude < 1e15, value == value.rounded() {
      // Exact, and much cheaper than formatting (a large grid writes thousands per frame).
      return value == 0 && value.sign == .minus ? "-0" : String(Int(value))
    }
    let written = notation.pytorchText(value)
    return written.hasSuffix(".") ? String(written.dropLast()) : written
  }

  /// `value` on its own, in the notation PyTorch gives a tensor holding only it: `9`,
  /// `1.6667`, `1.0000e-05`.
  public static func text(_ value: Double) -> String {
    text(value, in: ElementNotation(values: [value], dtype: .float64))
  }

  /// A factor of a product: negative numbers in parentheses, `(-1)`.
  static func factor(_ value: Double, in notation: ElementNotation) -> String {
    let written = text(value, in: notation)
    return written.hasPrefix("-") ? "(" + written + ")" : written
  }

  /// `[0, 1, 2]`: a tensor index.
  public static func index(_ position: [Int]) -> String {
    "[" + position.map(String.init).joined(separator: ", ") + "]"
  }
}
