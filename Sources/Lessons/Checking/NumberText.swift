import ConvCore

/// Numbers written for messages: `11`, `-52`, `1.6667`, `(-1)` (shapes are ConvText's
/// ``ShapeText``).
enum NumberText {
  /// A number as a grid cell shows it (ConvCore's ``ConvCore/NumberText/compact(_:)``): a
  /// whole number without decimals, otherwise at most four decimals, very large and very small
  /// magnitudes in scientific notation (`1e+20`).
  static func format(_ value: Double) -> String {
    ConvCore.NumberText.compact(value)
  }

  /// A number in a product: negative numbers in parentheses, `(-1)`.
  static func factor(_ value: Double) -> String {
    value < 0 ? "(\(format(value)))" : format(value)
  }
}
