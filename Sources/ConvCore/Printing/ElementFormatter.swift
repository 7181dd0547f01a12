/// PyTorch's `_Formatter`: one notation and one width for every element a tensor prints.
///
/// Floating tensors print in integer mode (`2.`) when every nonzero finite value is integral,
/// otherwise with four decimals (`2.0000`); either switches to scientific notation (`2.0000e+00`)
/// when the largest magnitude is over 1000 times the smallest, over 1e8, or the smallest is under
/// 1e-4. Only nonzero finite values decide; the width is that of their longest text. `int64`
/// tensors print plain integers, as wide as the longest of all values.
struct ElementFormatter {
  /// The digits after the point (`PRINT_OPTS.precision`).
  static let precision = 4

  let isFloatingPoint: Bool
  private(set) var integerMode = true
  private(set) var scientificMode = false
  /// The width every element is right-aligned to.
  private(set) var width = 1

  /// A formatter for a tensor of type `dtype` holding `values` (the summarised values when the
  /// tensor prints summarised).
  init(values: [Double], dtype: DType) {
    isFloatingPoint = dtype.isFloatingPoint
    guard isFloatingPoint else {
      for value in values { width = max(width, PythonFormat.integerText(value).count) }
      return
    }
    let decisive = values.filter { $0.isFinite && $0 != 0 }
    guard !decisive.isEmpty else { return }
    var smallest = Double.infinity
    var largest = 0.0
    for value in decisive {
      smallest = min(smallest, value.magnitude)
      largest = max(largest, value.magnitude)
    }
    integerMode = decisive.allSatisfy { $0 == $0.rounded(.up) }
    scientificMode = largest / smallest > 1000 || largest > 1e8 || smallest < 1e-4
    for value in decisive {
      let length: Int
      if scientificMode {
        length = CNumberFormat.scientific(value, digits: Self.precision).count
      } else if integerMode {
        // The point that follows an integral float counts too.
        length = CNumberFormat.fixed(value, digits: 0).count + 1
      } else {
        length = CNumberFormat.fixed(value, digits: Self.precision).count
      }
      width = max(width, length)
    }
  }

  /// One element, right-aligned to ``width`` (longer texts, such as `inf` in integer mode, are
  /// not cut).
  func format(_ value: Double) -> String {
    let text: String
    if !isFloatingPoint {
      text = PythonFormat.integerText(value)
    } else if scientificMode {
      text = CNumberFormat.scientific(value, digits: Self.precision)
    } else if integerMode {
      text = CNumberFormat.fixed(value, digits: 0) + (value.isFinite ? "." : "")
    } else {
      text = CNumberFormat.fixed(value, digits: Self.precision)
    }
    return text.count < width ? String(repeating: " ", count: width - text.count) + text : text
  }
}
