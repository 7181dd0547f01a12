/// PyTorch's `_Formatter`: one notation (``ElementNotation``) and one width for every element a
/// tensor prints; the width is that of the longest text of a value that decides the notation
/// (nonzero and finite), or for `int64` tensors of all values.
struct ElementFormatter {
  let notation: ElementNotation
  /// The width every element is right-aligned to.
  private(set) var width = 1

  /// A formatter for a tensor of type `dtype` holding `values` (the summarised values when the
  /// tensor prints summarised).
  init(values: [Double], dtype: DType) {
    notation = ElementNotation(values: values, dtype: dtype)
    guard notation.isFloatingPoint else {
      for value in values { width = max(width, PythonFormat.integerText(value).count) }
      return
    }
    for value in values where value.isFinite && value != 0 {
      width = max(width, notation.pytorchText(value).count)
    }
  }

  /// One element, right-aligned to ``width`` (longer texts, such as `inf` in integer mode, are
  /// not cut).
  func format(_ value: Double) -> String {
    let text = notation.pytorchText(value)
    return text.count < width ? String(repeating: " ", count: width - text.count) + text : text
  }
}
