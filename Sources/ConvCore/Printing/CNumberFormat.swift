#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// C's `printf` conversions of a `Double`, spelled as Python's `format()` spells them.
///
/// For finite values Python's `'{:.4f}'`, `'{:.4e}'` and `'{:.0f}'` give exactly C's `%.4f`,
/// `%.4e` and `%.0f`: both round the exact binary value correctly, half to even, and both write at
/// least two exponent digits. Infinities and NaN are written as Python writes them (`inf`, `-inf`,
/// `nan`, never `-nan`).
enum CNumberFormat {
  /// Fixed notation with `digits` decimals (`%.<digits>f`): `1.5000`, `-0`, `100`.
  static func fixed(_ value: Double, digits: Int) -> String {
    formatted(value, "%.\(digits)f")
  }

  /// Scientific notation with `digits` decimals (`%.<digits>e`): `1.0000e+10`, `-2.5000e-05`.
  static func scientific(_ value: Double, digits: Int) -> String {
    formatted(value, "%.\(digits)e")
  }

  private static func formatted(_ value: Double, _ format: String) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    var capacity = 64
    while true {
      var buffer = [CChar](repeating: 0, count: capacity)
      let length = withVaList([value]) { arguments in
        buffer.withUnsafeMutableBufferPointer {
          vsnprintf($0.baseAddress, $0.count, format, arguments)
        }
      }
      guard length >= 0 else { return "nan" }
      if Int(length) < capacity {
        return String(
          decoding: buffer[0..<Int(length)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      }
      capacity = Int(length) + 1
    }
  }
}
