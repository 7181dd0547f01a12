/// The shapes of one layer call, and for window layers the whole sliding-window geometry.
public struct CallGeometry: Sendable, Equatable {
  /// PyTorch's class name of the layer: `"Conv2d"`.
  public let layerName: String
  /// PyTorch's repr of the layer: `"Conv2d(1, 1, kernel_size=(3, 3), stride=(1, 1))"`.
  public let layerDescription: String
  /// The input's shape.
  public let inputShape: [Int]
  /// The padded input's shape (the input's shape when nothing is padded).
  public let paddedShape: [Int]
  /// The output's shape.
  public let outputShape: [Int]
  /// Whether the input has a batch dimension (N) in front.
  public let isBatched: Bool
  /// The window geometry of a convolution or pooling call; `nil` for Flatten and ReLU.
  public let window: WindowGeometry?
}

/// Where a sliding window goes over the (padded) input of a convolution or pooling call.
///
/// Sizes are (rows, columns). A 1-d pool reads each channel as a grid of one row: its kernel,
/// stride and dilation have 1 row and its padding is only left and right.
public struct WindowGeometry: Sendable, Equatable {
  /// Whether this is a 1-d layer (`MaxPool1d`, `AvgPool1d`).
  public let isOneDimensional: Bool
  /// Channels of the input.
  public let inputChannels: Int
  /// Channels of the output (the input's for pools).
  public let outputChannels: Int
  /// Convolution groups; for pools the channel count, as each output channel reads only its
  /// own input channel.
  let groups: Int
  /// The input grid's size.
  public let inputSize: Pair
  /// The padded grid's size: the input with its padding.
  public let paddedSize: Pair
  /// The output grid's size.
  public let outputSize: Pair
  /// The kernel's size (taps per dimension).
  public let kernelSize: Pair
  /// The step between windows.
  public let stride: Pair
  /// The spacing between kernel taps.
  public let dilation: Pair
  /// Padding on each side.
  public let padding: EdgePadding
  /// What the padding cells hold.
  public let fill: PaddingFill
  /// Whether output sizes round up (`ceil_mode=True`).
  public let ceilMode: Bool
  /// The output-height formula with this call's numbers.
  public let rowFormula: OutputSizeFormula
  /// The output-width formula with this call's numbers.
  public let columnFormula: OutputSizeFormula

  /// The formulas of the spatial dimensions: rows and columns, or only the length for 1-d.
  public var formulas: [OutputSizeFormula] {
    isOneDimensional ? [columnFormula] : [rowFormula, columnFormula]
  }

  /// The extent the kernel covers with its dilation: `d·(k − 1) + 1` per dimension.
  var effectiveKernelSize: Pair {
    Pair(
      dilation.rows * (kernelSize.rows - 1) + 1, dilation.columns * (kernelSize.columns - 1) + 1)
  }

  /// Input channels one output channel reads: all of its group's for a convolution, its own
  /// for a pool.
  public var channelsPerWindow: Int { inputChannels / groups }

  /// The number of input cells one window reads: channels per window × kernel taps.
  public var windowSize: Int { channelsPerWindow * kernelSize.rows * kernelSize.columns }

  /// The padded row and column where the window of output cell (`row`, `column`) starts.
  public func windowOrigin(row: Int, column: Int) -> (row: Int, column: Int) {
    (row * stride.rows, column * stride.columns)
  }

  init(
    layout: SpatialLayout, outputChannels: Int, groups: Int, kernelSize: Pair, stride: Pair,
    dilation: Pair, padding: EdgePadding, fill: PaddingFill, ceilMode: Bool
  ) {
    isOneDimensional = layout.isOneDimensional
    inputChannels = layout.channels
    self.outputChannels = outputChannels
    self.groups = groups
    inputSize = layout.size
    paddedSize = Pair(
      layout.height + padding.top + padding.bottom, layout.width + padding.left + padding.right)
    self.kernelSize = kernelSize
    self.stride = stride
    self.dilation = dilation
    self.padding = padding
    self.fill = fill
    self.ceilMode = ceilMode
    rowFormula = OutputSizeFormula(
      inputSize: layout.height, paddingBefore: padding.top, paddingAfter: padding.bottom,
      kernelSize: kernelSize.rows, stride: stride.rows, dilation: dilation.rows,
      ceilMode: ceilMode)
    columnFormula = OutputSizeFormula(
      inputSize: layout.width, paddingBefore: padding.left, paddingAfter: padding.right,
      kernelSize: kernelSize.columns, stride: stride.columns, dilation: dilation.columns,
      ceilMode: ceilMode)
    outputSize = Pair(rowFormula.size, columnFormula.size)
  }
}
