/// Numbers and shapes written for messages: `11`, `-52`, `1.6667`, `(1, 6, 2)`, `6×2`.
enum NumberText {
  /// A whole number without decimals; otherwise at most four decimals, trailing zeros dropped.
  static func format(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-∞" : "∞" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    var text = String(format4(value))
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }

  /// A number in a product: negative numbers in parentheses, `(-1)`.
  static func factor(_ value: Double) -> String {
    value < 0 ? "(\(format(value)))" : format(value)
  }

  /// A shape as PyTorch's tuple: `(1, 6, 2)`.
  static func shape(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  /// A size as the slides label it: `6×2`.
  static func size(_ shape: [Int]) -> String {
    shape.map(String.init).joined(separator: "×")
  }

  /// `value` rounded to four decimals, as text with exactly four decimals.
  private static func format4(_ value: Double) -> String {
    let scaled = (abs(value) * 10_000).rounded()
    let whole = Int(scaled / 10_000)
    let fraction = Int(scaled.truncatingRemainder(dividingBy: 10_000))
    let digits = String(fraction)
    let padded = String(repeating: "0", count: 4 - digits.count) + digits
    return (value < 0 ? "-" : "") + "\(whole).\(padded)"
  }
}
