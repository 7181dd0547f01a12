/// A number as a lesson writes it (`2`, `-52`, `1.6667`): its text, its value, and the
/// precision it claims.
///
/// A whole number claims an exact value; a number with decimals claims its value rounded to
/// those decimals, so `1.6667` and `1.7` both stand for 1.666…, but `1.6` does not.
public struct PrintedNumber: Sendable, Equatable, CustomStringConvertible {
  /// The text as written.
  let text: String
  /// The value.
  public let value: Double
  /// The number of decimals written; `nil` for an exponent form such as `1e-3`.
  let decimals: Int?

  /// A number from its text, or `nil` when the text is not a finite decimal number.
  ///
  /// Digits with an optional sign (`-` or `−`), decimal point and exponent: `3`, `-0.5`, `.25`,
  /// `1e3`.
  init?(_ text: String) {
    let normalized = text.replacingOccurrences(of: "\u{2212}", with: "-")
    var scalars = Substring(normalized).unicodeScalars[...]
    if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
    let mantissa = scalars.prefix { $0 != "e" && $0 != "E" }
    let exponent = scalars.dropFirst(mantissa.count)
    let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let digits = parts.allSatisfy { $0.allSatisfy { ("0"..."9").contains($0) } }
    guard digits, mantissa.contains(where: { ("0"..."9").contains($0) }),
      mantissa.filter({ $0 == "." }).count <= 1
    else { return nil }
    if !exponent.isEmpty {
      var rest = exponent.dropFirst()
      if let sign = rest.first, sign == "-" || sign == "+" { rest = rest.dropFirst() }
      guard !rest.isEmpty, rest.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
    }
    guard let value = Double(normalized), value.isFinite else { return nil }
    self.text = text
    self.value = value == 0 ? 0 : value
    decimals = exponent.isEmpty ? (parts.count == 2 ? parts[1].count : 0) : nil
  }

  /// Whether `actual` (a value the engine computed) is this number, to the precision written.
  func matches(_ actual: Double) -> Bool {
    guard let decimals else {
      return abs(actual - value) <= 1e-6 * max(1, abs(value))
    }
    if decimals == 0 { return abs(actual - value) <= 1e-9 * max(1, abs(value)) }
    var unit = 1.0
    for _ in 0..<min(decimals, 15) { unit /= 10 }
    return abs(actual - value) <= unit / 2 * (1 + 1e-9)
  }

  /// The text as written.
  public var description: String { text }
}
