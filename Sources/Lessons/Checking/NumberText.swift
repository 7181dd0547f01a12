import ConvCore

/// Numbers and shapes written for messages: `11`, `-52`, `1.6667`, `(1, 6, 2)`, `6×2`.
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

  /// A shape as PyTorch's tuple: `(1, 6, 2)`.
  static func shape(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  /// A size as the slides label it: `6×2`.
  static func size(_ shape: [Int]) -> String {
    shape.map(String.init).joined(separator: "×")
  }
}
