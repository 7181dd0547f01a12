#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Compact number text for grid cells and arithmetic: integers without decimals (`9`, `-250`),
/// other values with at most 4 decimals (`1.6667`, `0.5`), infinities as `-∞` and `∞`, NaN as
/// `nan`. Grid cells use the ASCII minus, as PyTorch prints; ``arithmetic(_:)`` uses `−`.
public enum NumberText {
  /// `value` as a grid cell shows it: `9`, `-250`, `1.6667`, `-∞`.
  public static func compact(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-∞" : "∞" }
    let magnitude = abs(value)
    let sign = value < 0 ? "-" : ""
    if magnitude >= 1e15 { return sign + scientific(magnitude) }
    let scaled = (magnitude * 10_000).rounded()
    if scaled == 0 {
      return magnitude == 0 ? "0" : sign + scientific(magnitude)
    }
    let units = Int(scaled)
    let whole = units / 10_000
    let fraction = units % 10_000
    guard fraction != 0 else { return sign + String(whole) }
    var digits = String(fraction)
    digits = String(repeating: "0", count: 4 - digits.count) + digits
    while digits.hasSuffix("0") { digits.removeLast() }
    return sign + String(whole) + "." + digits
  }

  /// `value` as the arithmetic writes it: like ``compact(_:)`` with the minus sign `−`.
  public static func arithmetic(_ value: Double) -> String {
    let text = compact(value)
    return text.hasPrefix("-") ? "−" + text.dropFirst() : text
  }

  /// A very large or very small magnitude with 4 significant decimals: `1.2346e+20`.
  private static func scientific(_ magnitude: Double) -> String {
    var exponent = Int(log10(magnitude).rounded(.down))
    var mantissa = magnitude / pow(10, Double(exponent))
    if (mantissa * 10_000).rounded() >= 100_000 {
      exponent += 1
      mantissa /= 10
    }
    let exponentText = exponent < 0 ? "-" + pad(-exponent) : "+" + pad(exponent)
    return compact(mantissa) + "e" + exponentText
  }

  private static func pad(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}
