/// Python's `repr` of the values a script echoes: floats, ints, `torch.Size` and tuples.
///
/// Each function returns exactly the text CPython 3 prints for the same value.
public enum PythonFormat {
  /// Python's `repr(float)`: the shortest digits that read back as `value`, in positional notation
  /// when the decimal exponent is in `-4..<16` (`1.0`, `0.0001`, `1000000000000000.0`) and in
  /// exponent notation otherwise (`1e-05`, `1e+16`, `1.5e+300`); `inf`, `-inf`, `nan`, `-0.0`.
  public static func repr(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    let sign = value.sign == .minus ? "-" : ""
    let (digits, point) = shortestDigits(value.magnitude)
    // CPython's float_repr ('r' mode) switches to exponent notation when decpt <= -4 or > 16.
    if point <= -4 || point > 16 {
      let exponent = point - 1
      var mantissa = String(digits.first!)
      if digits.count > 1 { mantissa += "." + String(digits.dropFirst()) }
      let exponentDigits = String(exponent.magnitude)
      let padded = exponentDigits.count < 2 ? "0" + exponentDigits : exponentDigits
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + padded
    }
    if point <= 0 {
      return sign + "0." + String(repeating: "0", count: -point) + String(digits)
    }
    if point >= digits.count {
      return sign + String(digits) + String(repeating: "0", count: point - digits.count) + ".0"
    }
    return sign + String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
  }

  /// Python's `repr(int)`: the decimal digits, e.g. `-12`.
  public static func repr(_ value: Int) -> String {
    String(value)
  }

  /// The repr of one element of a tensor of type `dtype`, as `tensor.item()` gives it: a Python
  /// `float` (`2.0`) for floating types, an `int` (`2`) for `int64`.
  static func repr(_ value: Double, as dtype: DType) -> String {
    dtype.isFloatingPoint ? repr(value) : integerText(value)
  }

  /// `torch.Size`'s repr: `torch.Size([1, 4, 4])`, `torch.Size([])`.
  public static func sizeDescription(_ shape: [Int]) -> String {
    "torch.Size([" + shape.map(String.init).joined(separator: ", ") + "])"
  }

  /// A Python tuple of ints: `(0, 3)`, `(3,)`, `()`.
  public static func tupleDescription(_ values: [Int]) -> String {
    let items = values.map(String.init).joined(separator: ", ")
    return values.count == 1 ? "(" + items + ",)" : "(" + items + ")"
  }

  /// An integral `Double` written as a Python `int` writes it: `40`, `-3`.
  static func integerText(_ value: Double) -> String {
    if let integer = Int(exactly: value) { return String(integer) }
    return CNumberFormat.fixed(value, digits: 0)
  }

  /// The shortest decimal digits that read back as `value` (positive, finite), and the position
  /// of the decimal point: `value` reads as `0.d₁d₂… × 10^point`. Zero gives `("0", 1)`.
  ///
  /// Swift's `description` already writes the shortest round-trip digits, closest to the value
  /// (the same digits as CPython's `repr`); only their layout differs, so it is taken apart here.
  static func shortestDigits(_ value: Double) -> (digits: [Character], point: Int) {
    if value == 0 { return (["0"], 1) }
    let text = value.description
    let parts = text.split(separator: "e", maxSplits: 1)
    let exponent = parts.count > 1 ? Int(parts[1])! : 0
    let mantissa = parts[0].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    var digits = Array(mantissa[0]) + (mantissa.count > 1 ? Array(mantissa[1]) : [])
    var point = mantissa[0].count + exponent
    while digits.count > 1, digits.first == "0" {
      digits.removeFirst()
      point -= 1
    }
    while digits.count > 1, digits.last == "0" { digits.removeLast() }
    return (digits, point)
  }
}
