/// The checks every pooling layer makes on its own arguments, when it is made.
enum PoolArguments {
  /// Refuses a non-positive kernel, stride or dilation, a negative padding, and a padding over
  /// half the kernel (over half the dilated kernel when `againstDilatedKernel`, as MaxPool2d
  /// does; MaxPool1d and the average pools compare with the kernel itself).
  static func check(
    layer: String, kernel: Pair, stride: Pair, padding: Pair, dilation: Pair,
    againstDilatedKernel: Bool, oneDimensional: Bool,
    written: (kernel: String, stride: String, padding: String)
  ) throws(TorchError) {
    guard kernel.rows > 0, kernel.columns > 0 else {
      throw TorchError(
        .runtimeError, "\(layer) kernel_size must be positive, got \(written.kernel)")
    }
    guard stride.rows > 0, stride.columns > 0 else {
      throw TorchError(.runtimeError, "\(layer) stride must be positive, got \(written.stride)")
    }
    guard dilation.rows > 0, dilation.columns > 0 else {
      throw TorchError(.runtimeError, "\(layer) dilation must be positive")
    }
    guard padding.rows >= 0, padding.columns >= 0 else {
      throw TorchError(
        .runtimeError,
        "\(layer) padding must not be negative, got \(written.padding); use 0 for no padding")
    }
    let values = [
      (kernel.rows, "kernel_size"), (kernel.columns, "kernel_size"), (stride.rows, "stride"),
      (stride.columns, "stride"), (padding.rows, "padding"), (padding.columns, "padding"),
      (dilation.rows, "dilation"), (dilation.columns, "dilation"),
    ]
    for (value, name) in values { try CallLimits.checkArgument(value, name) }
    let reach =
      againstDilatedKernel
      ? Pair(dilation.rows * (kernel.rows - 1) + 1, dilation.columns * (kernel.columns - 1) + 1)
      : kernel
    let limit = Pair(reach.rows / 2, reach.columns / 2)
    guard padding.rows <= limit.rows, padding.columns <= limit.columns else {
      // Sizes are written as the user wrote the padding: one number, or a pair.
      let single = !written.padding.hasPrefix("(")
      let show: (Pair) -> String = {
        oneDimensional ? "\($0.columns)" : single && $0.rows == $0.columns ? "\($0.rows)" : "\($0)"
      }
      let what =
        againstDilatedKernel && dilation != Pair(1)
        ? "the dilated kernel \(show(reach)) (kernel_size=\(written.kernel), dilation "
          + "\(show(dilation)))"
        : "the kernel (kernel_size=\(written.kernel))"
      throw TorchError(
        .runtimeError,
        "\(layer) padding \(written.padding) must be at most half of \(what): "
          + "use padding at most \(show(limit))")
    }
  }
}
