/// A checked pooling call: the input layout and the window geometry, with the arithmetic of
/// one window shared by `forward` and the steps, so both give the same numbers.
struct PoolPlan: Sendable {
  /// Max or average pooling.
  enum Kind: Sendable, Hashable {
    case maximum
    case average(countIncludePad: Bool, divisorOverride: Int?)
  }

  /// The result of one max-pooling window.
  struct MaximumWindow {
    var value: Double
    var winner: (row: Int, column: Int)?
    var comparedCount: Int
  }

  /// The result of one average-pooling window.
  struct AverageWindow {
    var value: Double
    var sum: Double
    var divisor: Int
    var summedCount: Int
    var countedPaddingCount: Int
  }

  let kind: Kind
  let layout: SpatialLayout
  let window: WindowGeometry
  let dtype: DType

  /// Checks a pooling call on `input`. The layer's own arguments were checked when it was made.
  init(
    input: Tensor, layer: String, kind: Kind, kernel: Pair, stride: Pair, padding: Pair,
    dilation: Pair, ceilMode: Bool, oneDimensional: Bool
  ) throws(TorchError) {
    let layout = try SpatialLayout(of: input, layer: layer, oneDimensional: oneDimensional)
    let window = WindowGeometry(
      layout: layout, outputChannels: layout.channels, groups: layout.channels,
      kernelSize: kernel, stride: stride, dilation: dilation,
      padding: EdgePadding(symmetric: padding),
      fill: kind == .maximum ? .negativeInfinity : .zeros, ceilMode: ceilMode)
    guard window.outputSize.rows >= 1, window.outputSize.columns >= 1 else {
      let failing = window.formulas.filter { $0.size < 1 }.map(\.text)
      let detail = failing.joined(separator: "; ")
      if oneDimensional {
        throw TorchError(
          .runtimeError,
          "\(layer) output length would be \(window.outputSize.columns) for input length "
            + "\(layout.width): too small (\(detail)); use a smaller kernel or more padding")
      }
      throw TorchError(
        .runtimeError,
        "\(layer) output size would be \(window.outputSize.sizeText) for input "
          + "\(layout.size.sizeText): too small (\(detail)); use a smaller kernel or more padding"
      )
    }
    // PyTorch checks the output size before it finds no int64 kernel for max_pool1d.
    if oneDimensional, kind == .maximum, !input.dtype.isFloatingPoint {
      throw TorchError(
        .runtimeError,
        "\(layer) does not take \(input.dtype.rawValue) input (PyTorch: \"max_pool1d_impl\" "
          + "not implemented for '\(input.dtype.scalarTypeName)'); use a float tensor, e.g. "
          + "dtype=torch.float32")
    }
    let outputCount = try Tensor.elementCount(
      of: layout.shape(
        channels: layout.channels, height: window.outputSize.rows,
        width: window.outputSize.columns))
    _ = try Tensor.elementCount(
      of: layout.shape(
        channels: layout.channels, height: window.paddedSize.rows,
        width: window.paddedSize.columns))
    try CallLimits.checkWork(outputCount: outputCount, windowSize: window.windowSize, layer: layer)
    self.kind = kind
    self.layout = layout
    self.window = window
    self.dtype = input.dtype
  }

  /// The window reads of the call (checked against ``CallLimits`` when the plan was made).
  var work: Int { outputShape.reduce(1, *) * window.windowSize }

  var outputShape: [Int] {
    layout.shape(
      channels: layout.channels, height: window.outputSize.rows, width: window.outputSize.columns)
  }

  var paddedShape: [Int] {
    layout.shape(
      channels: layout.channels, height: window.paddedSize.rows, width: window.paddedSize.columns)
  }

  /// The padded input as the operation sees it: −∞ around a max pool (as float64 when the input
  /// is int64, which cannot hold −∞), zeros around an average pool.
  func paddedInput(_ input: Tensor) -> Tensor {
    let scalars = InputPadding.padded(
      input.scalars, planes: layout.planeCount, height: layout.height, width: layout.width,
      padding: window.padding, fill: window.fill)
    let type: DType = window.fill == .negativeInfinity && dtype == .int64 ? .float64 : dtype
    return Tensor(shape: paddedShape, roundedScalars: scalars, dtype: type)
  }

  /// The largest input value in the window of output cell (`row`, `column`) of `plane`, as
  /// PyTorch finds it: padding is skipped, the first maximum in scan order wins, and a NaN
  /// always takes over.
  func maximum(in plane: UnsafePointer<Double>, row: Int, column: Int) -> MaximumWindow {
    let top = row * window.stride.rows - window.padding.top
    let left = column * window.stride.columns - window.padding.left
    var result = MaximumWindow(
      value: dtype == .int64 ? -9_223_372_036_854_775_808 : -.infinity, winner: nil,
      comparedCount: 0)
    for kernelRow in 0..<window.kernelSize.rows {
      let inputRow = top + kernelRow * window.dilation.rows
      guard inputRow >= 0, inputRow < layout.height else { continue }
      for kernelColumn in 0..<window.kernelSize.columns {
        let inputColumn = left + kernelColumn * window.dilation.columns
        guard inputColumn >= 0, inputColumn < layout.width else { continue }
        let value = plane[inputRow * layout.width + inputColumn]
        // PyTorch starts from the first input cell of the window with the smallest value.
        if result.winner == nil { result.winner = (inputRow, inputColumn) }
        if value > result.value || value.isNaN {
          result.value = value
          result.winner = (inputRow, inputColumn)
        }
        result.comparedCount += 1
      }
    }
    return result
  }

  /// The average of the window of output cell (`row`, `column`) of `plane`, as PyTorch computes
  /// it: the window is clipped to the padded input, padded zeros count unless
  /// `count_include_pad=False`, and `divisor_override` replaces the divisor.
  func average(in plane: UnsafePointer<Double>, row: Int, column: Int) -> AverageWindow {
    guard case .average(let countIncludePad, let divisorOverride) = kind else {
      preconditionFailure("average of a max pool")
    }
    let top = row * window.stride.rows - window.padding.top
    let left = column * window.stride.columns - window.padding.left
    let bottom = Swift.min(top + window.kernelSize.rows, layout.height + window.padding.bottom)
    let right = Swift.min(left + window.kernelSize.columns, layout.width + window.padding.right)
    let poolSize = (bottom - top) * (right - left)
    let (firstRow, endRow) = (Swift.max(top, 0), Swift.min(bottom, layout.height))
    let (firstColumn, endColumn) = (Swift.max(left, 0), Swift.min(right, layout.width))
    guard firstRow < endRow, firstColumn < endColumn else {
      return AverageWindow(value: 0, sum: 0, divisor: 1, summedCount: 0, countedPaddingCount: 0)
    }
    var sum = 0.0
    for inputRow in firstRow..<endRow {
      for inputColumn in firstColumn..<endColumn {
        sum += plane[inputRow * layout.width + inputColumn]
      }
    }
    let summed = (endRow - firstRow) * (endColumn - firstColumn)
    let divisor = divisorOverride ?? (countIncludePad ? poolSize : summed)
    let counted = divisorOverride == nil && countIncludePad ? poolSize - summed : 0
    let value: Double
    if dtype == .int64, sum.magnitude < 9.2e18 {
      value = Double(Int(sum) / divisor)
    } else {
      value = sum / Double(divisor)
    }
    return AverageWindow(
      value: value, sum: sum, divisor: divisor, summedCount: summed, countedPaddingCount: counted)
  }

  /// Pools every window: the output tensor.
  func run(_ input: Tensor) -> Tensor {
    let (outHeight, outWidth) = (window.outputSize.rows, window.outputSize.columns)
    let planeSize = layout.height * layout.width
    var output = [Double](repeating: 0, count: layout.planeCount * outHeight * outWidth)
    if !output.isEmpty {
      input.scalars.withUnsafeBufferPointer { buffer in
        var index = 0
        for plane in 0..<layout.planeCount {
          let start = buffer.baseAddress! + plane * planeSize
          for row in 0..<outHeight {
            for column in 0..<outWidth {
              switch kind {
              case .maximum:
                output[index] = maximum(in: start, row: row, column: column).value
              case .average:
                output[index] = average(in: start, row: row, column: column).value
              }
              index += 1
            }
          }
        }
      }
    }
    return Tensor(shape: outputShape, scalars: output, dtype: dtype)
  }
}
