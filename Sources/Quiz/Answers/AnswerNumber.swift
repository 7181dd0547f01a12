/// A number as the learner typed it: its value and how precise it claims to be.
///
/// A whole number, a fraction and an infinity claim an exact value; a decimal claims its value
/// rounded to the places typed, so `1.7` and `1.67` both stand for 5/3, but `1.6` does not.
public struct AnswerNumber: Sendable, Equatable, CustomStringConvertible {
  /// The text as typed, trimmed.
  let text: String
  /// The value (an infinity for `inf`, `∞`).
  let value: Double
  /// The decimal places typed, or `nil` when the number claims an exact value.
  let decimals: Int?

  /// A number with its text, value and precision.
  init(text: String, value: Double, decimals: Int?) {
    self.text = text
    self.value = value == 0 ? 0 : value
    self.decimals = decimals
  }

  /// Whether `actual` (a value the engine computed, stored as float32 or float64) is this
  /// number.
  ///
  /// Right when the typed value, stored as the engine stores its values, is `actual` (so the
  /// correctly rounded `1.6666667` is 5/3 in float32); or, for a decimal, when `actual`
  /// rounded to the places typed is the number typed.
  func matches(_ actual: Double) -> Bool {
    if actual.isNaN || value.isNaN { return false }
    if actual.isInfinite || value.isInfinite { return actual == value }
    if value == actual { return true }
    if Double(Float(actual)) == actual, Float(value) == Float(actual) { return true }
    var tolerance = 1e-9 * max(1, abs(actual))
    // A float32 value stands for every real number that rounds to it: allow its spacing.
    if Double(Float(actual)) == actual { tolerance = max(tolerance, Double(Float(actual).ulp)) }
    guard let decimals else { return abs(value - actual) <= 1e-9 * max(1, abs(actual)) }
    var unit = 1.0
    for _ in 0..<min(decimals, 300) { unit /= 10 }
    return abs(actual - value) <= unit / 2 + tolerance
  }

  /// The text as typed.
  public var description: String { text }
}
