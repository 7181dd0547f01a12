/// A checked convolution call: the input layout, the resolved padding and geometry, and the
/// weight and bias as flat arrays, ready to run or to lay out as steps.
struct ConvolutionPlan: Sendable {
  let layout: SpatialLayout
  let window: WindowGeometry
  let dtype: DType
  /// Row-major (out, in/groups, kH, kW).
  let weight: [Double]
  let bias: [Double]?

  var outChannels: Int { window.outputChannels }
  var inPerGroup: Int { window.channelsPerWindow }
  var outPerGroup: Int { window.outputChannels / window.groups }
  var outputShape: [Int] {
    layout.shape(
      channels: outChannels, height: window.outputSize.rows, width: window.outputSize.columns)
  }
  /// The multiply-adds of the call (checked against ``CallLimits`` when the plan was made).
  var work: Int { outputShape.reduce(1, *) * window.windowSize }
  var paddedShape: [Int] {
    layout.shape(
      channels: layout.channels, height: window.paddedSize.rows, width: window.paddedSize.columns)
  }

  /// The padded input and the output, both row-major; the output is not yet rounded.
  ///
  /// Each output element is accumulated in `Double`, over input channel, kernel row and kernel
  /// column in that order, then the bias is added: the order ``CallSteps`` uses, so a step's
  /// result equals the output element bit for bit.
  func run(paddedScalars padded: [Double]) -> [Double] {
    let batch = layout.batch
    let inChannels = layout.channels
    let (paddedHeight, paddedWidth) = (window.paddedSize.rows, window.paddedSize.columns)
    let (outHeight, outWidth) = (window.outputSize.rows, window.outputSize.columns)
    let (kernelHeight, kernelWidth) = (window.kernelSize.rows, window.kernelSize.columns)
    let (strideRows, strideColumns) = (window.stride.rows, window.stride.columns)
    let (dilationRows, dilationColumns) = (window.dilation.rows, window.dilation.columns)
    let (inPerGroup, outPerGroup, outChannels) = (inPerGroup, outPerGroup, outChannels)
    let planeSize = outHeight * outWidth
    var output = [Double](repeating: 0, count: batch * outChannels * planeSize)
    guard !output.isEmpty else { return output }
    let bias = bias
    padded.withUnsafeBufferPointer { paddedBuffer in
      weight.withUnsafeBufferPointer { weightBuffer in
        output.withUnsafeMutableBufferPointer { outputBuffer in
          let source = paddedBuffer.baseAddress!
          let weights = weightBuffer.baseAddress!
          let target = outputBuffer.baseAddress!
          for n in 0..<batch {
            for outChannel in 0..<outChannels {
              let group = outChannel / outPerGroup
              let plane = target + (n * outChannels + outChannel) * planeSize
              let kernel = weights + outChannel * inPerGroup * kernelHeight * kernelWidth
              for outRow in 0..<outHeight {
                let row = plane + outRow * outWidth
                for localChannel in 0..<inPerGroup {
                  let inChannel = group * inPerGroup + localChannel
                  let inPlane = source + (n * inChannels + inChannel) * paddedHeight * paddedWidth
                  for kernelRow in 0..<kernelHeight {
                    let inRow =
                      inPlane + (outRow * strideRows + kernelRow * dilationRows) * paddedWidth
                    let taps = kernel + (localChannel * kernelHeight + kernelRow) * kernelWidth
                    for kernelColumn in 0..<kernelWidth {
                      let weight = taps[kernelColumn]
                      let start = inRow + kernelColumn * dilationColumns
                      if strideColumns == 1 {
                        for column in 0..<outWidth { row[column] += weight * start[column] }
                      } else {
                        for column in 0..<outWidth {
                          row[column] += weight * start[column * strideColumns]
                        }
                      }
                    }
                  }
                }
                if let bias {
                  let value = bias[outChannel]
                  for column in 0..<outWidth { row[column] += value }
                }
              }
            }
          }
        }
      }
    }
    return output
  }

  /// Pads `input` and convolves it: the padded input and the output, rounded to the dtype.
  func run(_ input: Tensor) -> (padded: [Double], output: Tensor) {
    let padded = InputPadding.padded(
      input.scalars, planes: layout.planeCount, height: layout.height, width: layout.width,
      padding: window.padding, fill: window.fill)
    let output = Tensor(shape: outputShape, scalars: run(paddedScalars: padded), dtype: dtype)
    return (padded, output)
  }
}

extension Conv2d {
  /// Refuses a weight that is not 4-d, has an empty dimension, is not a float, or whose
  /// output channels are not divisible by `groups`.
  static func checkWeightShape(_ weight: Tensor, groups: Int) throws(TorchError) {
    let shown = Tensor.bracketed(weight.shape)
    guard weight.rank == 4 else {
      throw TorchError(
        .runtimeError,
        "the weight must be 4-D (out_channels, in_channels/groups, kH, kW), got shape \(shown)")
    }
    guard weight.shape.allSatisfy({ $0 > 0 }) else {
      throw TorchError(.runtimeError, "the weight \(shown) has an empty dimension")
    }
    guard weight.dtype.isFloatingPoint else {
      throw TorchError(
        .runtimeError,
        "the weight must be a float tensor, got \(weight.dtype.rawValue) "
          + "(write its values with a decimal point, e.g. 1.)")
    }
    guard weight.shape[0] % groups == 0 else {
      throw TorchError(
        .runtimeError,
        "with groups=\(groups), the weight's first dimension (out_channels) must be divisible "
          + "by \(groups), but the weight is \(shown)")
    }
  }

  /// Refuses a bias that is not 1-d with one value per output channel.
  static func checkBiasShape(_ bias: Tensor, weight: Tensor) throws(TorchError) {
    guard bias.rank == 1, bias.shape[0] == weight.shape[0] else {
      throw TorchError(
        .runtimeError,
        "the bias must be 1-D with one value per output channel (\(weight.shape[0]) for the "
          + "weight \(Tensor.bracketed(weight.shape))), got shape \(Tensor.bracketed(bias.shape))")
    }
  }

  /// Checks a call on `input` and resolves its geometry.
  func plan(for input: Tensor) throws(TorchError) -> ConvolutionPlan {
    let layout = try SpatialLayout(of: input, layer: name, oneDimensional: false)
    guard input.dtype.isFloatingPoint else {
      throw TorchError(
        .runtimeError,
        "\(name) expected a float input, got \(input.dtype.rawValue) (use dtype=torch.float32, "
          + "or write the values with a decimal point)")
    }
    try Conv2d.checkWeightShape(weight, groups: groups)
    guard weight.dtype == input.dtype else {
      throw TorchError(
        .runtimeError,
        "\(name) got a \(input.dtype.rawValue) input but a \(weight.dtype.rawValue) weight; "
          + "they must have the same dtype")
    }
    if let bias {
      try Conv2d.checkBiasShape(bias, weight: weight)
      guard bias.dtype == input.dtype else {
        throw TorchError(
          .runtimeError,
          "\(name) got a \(input.dtype.rawValue) input but a \(bias.dtype.rawValue) bias; "
            + "they must have the same dtype")
      }
    }
    let weightShape = Tensor.bracketed(weight.shape)
    let perGroup = weight.shape[1]
    guard perGroup * groups == layout.channels else {
      let inputShape = Tensor.bracketed(input.shape)
      if groups == 1 {
        throw TorchError(
          .runtimeError,
          "\(name) expects \(perGroup) input channel(s) (weight \(weightShape)), but the input "
            + "\(inputShape) has \(layout.channels)")
      }
      throw TorchError(
        .runtimeError,
        "\(name) with groups=\(groups) expects \(perGroup * groups) input channels "
          + "(\(perGroup) per group, weight \(weightShape)), but the input \(inputShape) "
          + "has \(layout.channels)")
    }
    let kernel = Pair(weight.shape[2], weight.shape[3])
    let padding = resolvedPadding(kernel: kernel)
    if paddingMode != .zeros {
      try InputPadding.checkCopyPadding(
        padding, height: layout.height, width: layout.width, mode: paddingMode)
    }
    let window = WindowGeometry(
      layout: layout, outputChannels: weight.shape[0], groups: groups, kernelSize: kernel,
      stride: stride, dilation: dilation, padding: padding, fill: PaddingFill(paddingMode),
      ceilMode: false)
    let reach = window.effectiveKernelSize
    guard reach.rows <= window.paddedSize.rows, reach.columns <= window.paddedSize.columns else {
      let what = dilation == Pair(1) ? "kernel" : "dilated kernel"
      throw TorchError(
        .runtimeError,
        "\(what) \(reach.sizeText) is larger than the padded input "
          + "\(window.paddedSize.sizeText); use a smaller kernel or more padding")
    }
    let outputShape = layout.shape(
      channels: window.outputChannels, height: window.outputSize.rows,
      width: window.outputSize.columns)
    let outputCount = try Tensor.elementCount(of: outputShape)
    _ = try Tensor.elementCount(
      of: layout.shape(
        channels: layout.channels, height: window.paddedSize.rows,
        width: window.paddedSize.columns))
    try CallLimits.checkWork(outputCount: outputCount, windowSize: window.windowSize, layer: name)
    return ConvolutionPlan(
      layout: layout, window: window, dtype: input.dtype, weight: weight.scalars,
      bias: bias?.scalars)
  }

  /// The padding on each side for a kernel of size `kernel`.
  ///
  /// `'same'` pads `d·(k − 1)` in total, the smaller half before. With `padding_mode='zeros'`
  /// PyTorch computes it from the weight's actual size; with another mode, from the
  /// constructor's `kernel_size`, as `nn.Conv2d` does.
  func resolvedPadding(kernel: Pair) -> EdgePadding {
    switch padding {
    case .explicit(let argument):
      return EdgePadding(symmetric: argument.pair)
    case .valid:
      return .zero
    case .same:
      let size = paddingMode == .zeros ? kernel : kernelSize
      let rows = dilation.rows * (size.rows - 1)
      let columns = dilation.columns * (size.columns - 1)
      return EdgePadding(
        top: rows / 2, bottom: rows - rows / 2, left: columns / 2, right: columns - columns / 2)
    }
  }
}
