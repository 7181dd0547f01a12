/// How PyTorch writes every element of one tensor: the notation its `_Formatter` picks from
/// all the tensor's values, shared by each of them.
///
/// A floating tensor is written in integer mode (`2.`) when every nonzero finite value is
/// integral, otherwise with four decimals (`2.0000`); either switches to scientific notation
/// (`2.0000e+00`) when the largest magnitude is over 1000 times the smallest, over 1e8, or the
/// smallest is under 1e-4. Only nonzero finite values decide. An `int64` tensor is written as
/// plain integers.
public struct ElementNotation: Sendable, Hashable {
  /// The notation's kind.
  public enum Style: Sendable, Hashable {
    /// Plain integers: every element of an integer tensor, or a float tensor whose values are
    /// all integral (`2.`).
    case integer
    /// Four decimals (`0.0520`).
    case fixed
    /// Scientific notation with four decimals (`5.2000e-02`).
    case scientific
  }

  /// The digits after the point (`PRINT_OPTS.precision`).
  public static let precision = 4

  /// The notation's kind.
  public let style: Style
  /// Whether the tensor is floating point (its integral values end in `.` in PyTorch's repr).
  public let isFloatingPoint: Bool

  /// The notation PyTorch picks for a tensor of type `dtype` holding `values`.
  public init(values: some Sequence<Double>, dtype: DType) {
    isFloatingPoint = dtype.isFloatingPoint
    guard isFloatingPoint else {
      style = .integer
      return
    }
    var smallest = Double.infinity
    var largest = 0.0
    var integral = true
    for value in values where value.isFinite && value != 0 {
      let magnitude = value.magnitude
      smallest = min(smallest, magnitude)
      largest = max(largest, magnitude)
      if integral, value != value.rounded(.up) { integral = false }
    }
    guard largest > 0 else {
      style = .integer
      return
    }
    if largest / smallest > 1000 || largest > 1e8 || smallest < 1e-4 {
      style = .scientific
    } else {
      style = integral ? .integer : .fixed
    }
  }

  /// The notation of the elements of `tensor`.
  public init(of tensor: Tensor) {
    self.init(values: tensor.scalars, dtype: tensor.dtype)
  }

  /// `value` as PyTorch's repr writes it, without padding: `2.`, `2.0000`, `2.0000e+00`, `2`
  /// (int64), `inf`, `nan`.
  public func pytorchText(_ value: Double) -> String {
    guard isFloatingPoint else { return PythonFormat.integerText(value) }
    switch style {
    case .scientific: return CNumberFormat.scientific(value, digits: Self.precision)
    case .fixed: return CNumberFormat.fixed(value, digits: Self.precision)
    case .integer: return CNumberFormat.fixed(value, digits: 0) + (value.isFinite ? "." : "")
    }
  }
}
