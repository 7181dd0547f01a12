/// Builds the padded input a window operation sees, as `F.pad` does.
enum InputPadding {
  /// Refuses padding that `F.pad` refuses for `mode`: reflect needs each padding smaller than
  /// the dimension, circular at most the dimension.
  static func checkCopyPadding(
    _ padding: EdgePadding, height: Int, width: Int, mode: PaddingMode
  ) throws(TorchError) {
    let sides: [(amount: Int, size: Int, dimension: String)] = [
      (Swift.max(padding.top, padding.bottom), height, "rows"),
      (Swift.max(padding.left, padding.right), width, "columns"),
    ]
    for (amount, size, dimension) in sides where amount > 0 {
      let what = "\(dimension) of a size-\(size) input"
      switch mode {
      case .zeros, .replicate:
        break
      case .reflect:
        guard amount < size else {
          throw TorchError(
            .runtimeError,
            "padding_mode='reflect' needs each padding smaller than the input: padding "
              + "\(amount) on the \(what) would reflect past the far edge; "
              + "use padding at most \(size - 1) there, or padding_mode='replicate'")
        }
      case .circular:
        guard amount <= size else {
          throw TorchError(
            .runtimeError,
            "padding_mode='circular' cannot wrap around more than once: padding \(amount) on "
              + "the \(what) needs at most \(size)")
        }
      }
    }
  }

  /// For each padded index along a dimension, the input index it shows, or −1 for a constant.
  static func sourceMap(size: Int, before: Int, after: Int, fill: PaddingFill) -> [Int] {
    (0..<(before + size + after)).map {
      fill.source(ofPadded: $0, size: size, before: before) ?? -1
    }
  }

  /// The padded planes of `scalars` (row-major `planes × height × width`), row-major
  /// `planes × (top + height + bottom) × (left + width + right)`.
  static func padded(
    _ scalars: [Double], planes: Int, height: Int, width: Int, padding: EdgePadding,
    fill: PaddingFill
  ) -> [Double] {
    if padding.isZero { return scalars }
    let rows = sourceMap(size: height, before: padding.top, after: padding.bottom, fill: fill)
    let columns = sourceMap(size: width, before: padding.left, after: padding.right, fill: fill)
    let constant = fill.constant ?? 0
    let paddedHeight = rows.count
    let paddedWidth = columns.count
    var result = [Double](repeating: constant, count: planes * paddedHeight * paddedWidth)
    guard !result.isEmpty, !scalars.isEmpty else { return result }
    scalars.withUnsafeBufferPointer { source in
      result.withUnsafeMutableBufferPointer { target in
        for plane in 0..<planes {
          let sourcePlane = plane * height * width
          let targetPlane = plane * paddedHeight * paddedWidth
          for row in 0..<paddedHeight where rows[row] >= 0 {
            let sourceRow = sourcePlane + rows[row] * width
            let targetRow = targetPlane + row * paddedWidth
            for column in 0..<paddedWidth where columns[column] >= 0 {
              target[targetRow + column] = source[sourceRow + columns[column]]
            }
          }
        }
      }
    }
    return result
  }
}
