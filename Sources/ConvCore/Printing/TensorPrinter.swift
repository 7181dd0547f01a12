/// Lays a tensor out as `repr(tensor)` does in `torch/_tensor_str.py`: nested brackets, one
/// width for all elements, rows wrapped at 80 columns, large tensors summarised with `...`, and
/// the `dtype=`, `size=`, `requires_grad=` and `grad_fn=` suffixes.
struct TensorPrinter {
  /// Elements beyond which a tensor prints summarised (`PRINT_OPTS.threshold`).
  static let threshold = 1000
  /// Elements kept at each end of a summarised dimension (`PRINT_OPTS.edgeitems`).
  static let edgeItems = 3
  /// The line width rows wrap at (`PRINT_OPTS.linewidth`).
  static let lineWidth = 80
  /// What `repr` starts with; the contents are indented by its length.
  static let prefix = "tensor("

  let tensor: Tensor
  let summarize: Bool
  let formatter: ElementFormatter
  private let strides: [Int]

  init(_ tensor: Tensor) {
    self.tensor = tensor
    summarize = tensor.elementCount > Self.threshold
    strides = tensor.strides
    let decisive = summarize ? Self.summarizedValues(of: tensor) : tensor.scalars
    formatter = ElementFormatter(values: decisive, dtype: tensor.dtype)
  }

  /// The whole repr, `tensor(…)` with its suffixes.
  func description(requiresGrad: Bool, gradFunction: String?) -> String {
    let indent = Self.prefix.count
    var suffixes: [String] = []
    let contents: String
    if tensor.elementCount == 0 {
      // An empty tensor shows its shape unless it is 1-D, and any dtype but the default float32.
      if tensor.rank != 1 { suffixes.append("size=" + PythonFormat.tupleDescription(tensor.shape)) }
      if tensor.dtype != .float32 { suffixes.append("dtype=" + tensor.dtype.torchName) }
      contents = "[]"
    } else {
      // float32 (the default dtype) and int64 are the dtypes a repr leaves implicit.
      if tensor.dtype != .float32, tensor.dtype != .int64 {
        suffixes.append("dtype=" + tensor.dtype.torchName)
      }
      contents = text(dimension: 0, offset: 0, indent: indent)
    }
    if let gradFunction {
      suffixes.append("grad_fn=<" + gradFunction + ">")
    } else if requiresGrad {
      suffixes.append("requires_grad=True")
    }
    return Self.addingSuffixes(suffixes, to: Self.prefix + contents, indent: indent)
  }

  /// The sub-tensor that starts at `offset` and spans dimensions `dimension...`.
  private func text(dimension: Int, offset: Int, indent: Int) -> String {
    let remaining = tensor.rank - dimension
    if remaining == 0 { return formatter.format(tensor.scalars[offset]) }
    let size = tensor.shape[dimension]
    let stride = strides[dimension]
    if remaining == 1 {
      return vectorText(offset: offset, size: size, stride: stride, indent: indent)
    }
    let slices = shownIndices(size).map { index in
      index.map { text(dimension: dimension + 1, offset: offset + $0 * stride, indent: indent + 1) }
        ?? "..."
    }
    let separator = "," + String(repeating: "\n", count: remaining - 1) + spaces(indent + 1)
    return "[" + slices.joined(separator: separator) + "]"
  }

  /// A 1-D row: as many elements per line as fit in the line width after `indent`.
  private func vectorText(offset: Int, size: Int, stride: Int, indent: Int) -> String {
    let perLine = max(1, (Self.lineWidth - indent) / (formatter.width + 2))
    let items = shownIndices(size).map { index in
      index.map { formatter.format(tensor.scalars[offset + $0 * stride]) } ?? " ..."
    }
    let lines = Swift.stride(from: 0, to: items.count, by: perLine).map { start in
      items[start..<min(start + perLine, items.count)].joined(separator: ", ")
    }
    return "[" + lines.joined(separator: ",\n" + spaces(indent + 1)) + "]"
  }

  /// The indices shown along a dimension of `size`; `nil` stands for the elided middle.
  private func shownIndices(_ size: Int) -> [Int?] {
    guard summarize, size > 2 * Self.edgeItems else { return Array(0..<size) }
    return Array(0..<Self.edgeItems) + [nil] + Array(size - Self.edgeItems..<size)
  }

  /// The values a summarised tensor shows (`get_summarized_data`): the first and last
  /// ``edgeItems`` along every dimension longer than twice that.
  static func summarizedValues(of tensor: Tensor) -> [Double] {
    guard tensor.rank > 0 else { return tensor.scalars }
    let strides = tensor.strides
    var values: [Double] = []
    func collect(_ dimension: Int, _ offset: Int) {
      let size = tensor.shape[dimension]
      let indices =
        size > 2 * edgeItems
        ? Array(0..<edgeItems) + Array(size - edgeItems..<size) : Array(0..<size)
      for index in indices {
        let position = offset + index * strides[dimension]
        if dimension == tensor.rank - 1 {
          values.append(tensor.scalars[position])
        } else {
          collect(dimension + 1, position)
        }
      }
    }
    collect(0, 0)
    return values
  }

  /// Appends the suffixes as `_add_suffixes` does: each on the same line after `, ` unless that
  /// line would pass the line width, else on a new line indented under the contents.
  static func addingSuffixes(_ suffixes: [String], to text: String, indent: Int) -> String {
    var result = text
    // PyTorch measures `len(s) - s.rfind("\n") + 1`: two more than the last line's length.
    var lastLineLength: Int
    if let newline = text.lastIndex(of: "\n") {
      lastLineLength = text.distance(from: newline, to: text.endIndex) + 1
    } else {
      lastLineLength = text.count + 2
    }
    for suffix in suffixes {
      if lastLineLength + suffix.count + 2 > lineWidth {
        result += ",\n" + String(repeating: " ", count: indent) + suffix
        lastLineLength = indent + suffix.count
      } else {
        result += ", " + suffix
        lastLineLength += suffix.count + 2
      }
    }
    return result + ")"
  }

  private func spaces(_ count: Int) -> String {
    String(repeating: " ", count: count)
  }
}
