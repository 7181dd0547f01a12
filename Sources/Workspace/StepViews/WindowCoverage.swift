import ConvCore

/// Where the windows of a convolution or pooling call go along the rows and the columns of its
/// padded input: the rows and columns where a window starts, marked when the stride skips some
/// (what the slides write "Skip"), and those no window reads, dimmed (a 2×2 pool with stride 2
/// never reads row 4 and column 4 of a 5×5 input).
struct WindowCoverage {
  /// One dimension of the padded input: rows or columns.
  struct Axis: Equatable {
    /// The mark of each padded index.
    var marks: [GridPicture.IndexMark]
    /// The stride along this dimension.
    var stride: Int
    /// Where the input starts in the padded indices (the padding before it).
    var inputStart: Int
    /// The input's size along this dimension.
    var inputSize: Int

    /// The axis of `outputs` windows of `kernel` taps `dilation` apart, `stride` apart, over
    /// `size` padded cells of which the input is `inputSize` from `inputStart`.
    init(
      size: Int, outputs: Int, kernel: Int, stride: Int, dilation: Int, inputStart: Int,
      inputSize: Int
    ) {
      // Starts are marked only when the stride passes some positions over between them.
      let skips = stride > 1 && outputs > 1
      var read = [Bool](repeating: false, count: size)
      var starts = [Bool](repeating: false, count: size)
      for output in 0..<max(0, outputs) {
        let start = output * stride
        guard start < size else { break }
        starts[start] = true
        for tap in 0..<kernel where start + tap * dilation < size {
          read[start + tap * dilation] = true
        }
      }
      marks = (0..<size).map { index in
        if !read[index] { return .unread }
        return skips && starts[index] ? .windowStart : .none
      }
      self.stride = stride
      self.inputStart = inputStart
      self.inputSize = inputSize
    }

    /// The axis of a dimension with nothing to mark (a 1-d pool's channels).
    init(plain size: Int) {
      marks = [GridPicture.IndexMark](repeating: .none, count: size)
      stride = 1
      inputStart = 0
      inputSize = size
    }

    /// The indices with `mark`, as the labels write them: input positions from 0, `p` for
    /// padding; with `inputOnly`, padding left out.
    func labels(of mark: GridPicture.IndexMark, inputOnly: Bool = false) -> [String] {
      marks.indices.compactMap { index in
        guard marks[index] == mark else { return nil }
        let inside = index >= inputStart && index < inputStart + inputSize
        if inside { return String(index - inputStart) }
        return inputOnly ? nil : "p"
      }
    }
  }

  /// The rows of the padded input (a 1-d pool's channels, unmarked).
  let rows: Axis
  /// The columns of the padded input.
  let columns: Axis
  /// Whether the rows are a 1-d pool's channels.
  let isOneDimensional: Bool

  /// The coverage of `window`'s padded input.
  init(window: WindowGeometry) {
    isOneDimensional = window.isOneDimensional
    rows =
      window.isOneDimensional
      ? Axis(plain: window.inputChannels)
      : Axis(
        size: window.paddedSize.rows, outputs: window.outputSize.rows,
        kernel: window.kernelSize.rows, stride: window.stride.rows,
        dilation: window.dilation.rows, inputStart: window.padding.top,
        inputSize: window.inputSize.rows)
    columns = Axis(
      size: window.paddedSize.columns, outputs: window.outputSize.columns,
      kernel: window.kernelSize.columns, stride: window.stride.columns,
      dilation: window.dilation.columns, inputStart: window.padding.left,
      inputSize: window.inputSize.columns)
  }

  /// What the marks mean, one note for the starts and one for what is never read, when there
  /// are any: `stride 2: windows start at 0, 2 (underlined)`, `row 5, column 5 never read
  /// (dim)`.
  var notes: [String] {
    var parts: [String] = []
    let (rowStarts, columnStarts) = (
      rows.labels(of: .windowStart), columns.labels(of: .windowStart)
    )
    if !rowStarts.isEmpty || !columnStarts.isEmpty {
      let strides = isOneDimensional ? "\(columns.stride)" : strideText
      if isOneDimensional || rowStarts == columnStarts {
        parts.append("stride \(strides): windows start at \(Self.list(columnStarts)) (underlined)")
      } else {
        let named = [("rows", rowStarts), ("columns", columnStarts)].filter { !$0.1.isEmpty }
        parts.append(
          "stride \(strides): windows start at "
            + named.map { "\($0.0) \(Self.list($0.1))" }.joined(separator: ", ") + " (underlined)")
      }
    }
    let unread = [
      ("row", rows.labels(of: .unread, inputOnly: true)),
      ("column", columns.labels(of: .unread, inputOnly: true)),
    ].filter { !$0.1.isEmpty }
    if !unread.isEmpty {
      let named = unread.map { ($0.1.count > 1 ? $0.0 + "s " : $0.0 + " ") + Self.list($0.1) }
      parts.append(named.joined(separator: " and ") + " not read (dim)")
    }
    return parts
  }

  /// `2` when both strides are equal, else `(2, 1)`.
  private var strideText: String {
    rows.stride == columns.stride ? "\(rows.stride)" : "(\(rows.stride), \(columns.stride))"
  }

  /// `0, 2, 4`; a long list keeps its first three and its last: `0, 2, 4, …, 60`; a run of
  /// consecutive indices is written `4–6`.
  static func list(_ labels: [String]) -> String {
    let numbers = labels.compactMap(Int.init)
    if numbers.count == labels.count, numbers.count > 2,
      zip(numbers, numbers.dropFirst()).allSatisfy({ $1 == $0 + 1 })
    {
      return "\(numbers[0])–\(numbers[numbers.count - 1])"
    }
    guard labels.count > 5 else { return labels.joined(separator: ", ") }
    return (labels.prefix(3) + ["…", labels[labels.count - 1]]).joined(separator: ", ")
  }
}
