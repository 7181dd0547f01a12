import ConvCore

/// `nn.MaxPool2d`, `nn.AvgPool2d`, `nn.MaxPool1d` and `nn.AvgPool1d`; the builders of bound
/// arguments are shared with the functional forms (`F.max_pool2d`, …).
extension LayerConstructor {
  /// `nn.MaxPool2d(…)`.
  static func maxPool2d(_ arguments: CallArguments) throws(Diagnostic) -> ModuleObject {
    let bound = try arguments.bound(
      to: Signature(
        "MaxPool2d",
        ["kernel_size", "stride", "padding", "dilation", "return_indices", "ceil_mode"],
        required: 1))
    return try maxPool2dModule(bound, at: arguments.range)
  }

  /// Builds the layer object from bound arguments (shared with the functional form).
  static func maxPool2dModule(_ bound: BoundArguments, at range: SourceRange) throws(Diagnostic)
    -> ModuleObject
  {
    try refuseReturnIndices(bound)
    let kernel = try bound.pair("kernel_size")
    let stride = bound["stride"] == nil ? nil : try bound.pair("stride")
    let padding = try bound.pair("padding", default: .single(0))
    let dilation = try bound.pair("dilation", default: .single(1))
    let ceilMode = try bound.boolean("ceil_mode", default: false)
    let layer = try construct(at: range) { () throws(TorchError) in
      try MaxPool2d(
        kernelSize: kernel, stride: stride, padding: padding, dilation: dilation,
        ceilMode: ceilMode)
    }
    return ModuleObject(
      .layer(layer),
      settings: [
        "kernel_size": pairValue(kernel), "stride": pairValue(stride ?? kernel),
        "padding": pairValue(padding), "dilation": pairValue(dilation),
        "ceil_mode": .boolean(ceilMode), "return_indices": .boolean(false),
      ])
  }

  /// `nn.AvgPool2d(…)`.
  static func avgPool2d(_ arguments: CallArguments) throws(Diagnostic) -> ModuleObject {
    let bound = try arguments.bound(
      to: Signature(
        "AvgPool2d",
        [
          "kernel_size", "stride", "padding", "ceil_mode", "count_include_pad",
          "divisor_override",
        ], required: 1))
    return try avgPool2dModule(bound, at: arguments.range)
  }

  /// Builds the layer object from bound arguments (shared with the functional form).
  static func avgPool2dModule(_ bound: BoundArguments, at range: SourceRange) throws(Diagnostic)
    -> ModuleObject
  {
    let kernel = try bound.pair("kernel_size")
    let stride = bound["stride"] == nil ? nil : try bound.pair("stride")
    let padding = try bound.pair("padding", default: .single(0))
    let ceilMode = try bound.boolean("ceil_mode", default: false)
    let countIncludePad = try bound.boolean("count_include_pad", default: true)
    let divisor = try bound.optionalInteger("divisor_override")
    let layer = try construct(at: range) { () throws(TorchError) in
      try AvgPool2d(
        kernelSize: kernel, stride: stride, padding: padding, ceilMode: ceilMode,
        countIncludePad: countIncludePad, divisorOverride: divisor)
    }
    return ModuleObject(
      .layer(layer),
      settings: [
        "kernel_size": pairValue(kernel), "stride": pairValue(stride ?? kernel),
        "padding": pairValue(padding), "ceil_mode": .boolean(ceilMode),
        "count_include_pad": .boolean(countIncludePad),
        "divisor_override": divisor.map { .integer($0) } ?? .none,
      ])
  }

  /// `nn.MaxPool1d(…)`.
  static func maxPool1d(_ arguments: CallArguments) throws(Diagnostic) -> ModuleObject {
    let bound = try arguments.bound(
      to: Signature(
        "MaxPool1d",
        ["kernel_size", "stride", "padding", "dilation", "return_indices", "ceil_mode"],
        required: 1))
    return try maxPool1dModule(bound, at: arguments.range)
  }

  /// Builds the layer object from bound arguments (shared with the functional form).
  static func maxPool1dModule(_ bound: BoundArguments, at range: SourceRange) throws(Diagnostic)
    -> ModuleObject
  {
    try refuseReturnIndices(bound)
    let kernel = try single(bound, "kernel_size")
    let stride = bound["stride"] == nil ? nil : try single(bound, "stride")
    let padding = bound["padding"] == nil ? 0 : try single(bound, "padding")
    let dilation = bound["dilation"] == nil ? 1 : try single(bound, "dilation")
    let ceilMode = try bound.boolean("ceil_mode", default: false)
    let layer = try construct(at: range) { () throws(TorchError) in
      try MaxPool1d(
        kernelSize: kernel, stride: stride, padding: padding, dilation: dilation,
        ceilMode: ceilMode)
    }
    return ModuleObject(
      .layer(layer),
      settings: [
        "kernel_size": .integer(kernel), "stride": .integer(stride ?? kernel),
        "padding": .integer(padding), "dilation": .integer(dilation),
        "ceil_mode": .boolean(ceilMode), "return_indices": .boolean(false),
      ])
  }

  /// `nn.AvgPool1d(…)`.
  static func avgPool1d(_ arguments: CallArguments) throws(Diagnostic) -> ModuleObject {
    let bound = try arguments.bound(
      to: Signature(
        "AvgPool1d", ["kernel_size", "stride", "padding", "ceil_mode", "count_include_pad"],
        required: 1))
    return try avgPool1dModule(bound, at: arguments.range)
  }

  /// Builds the layer object from bound arguments (shared with the functional form).
  static func avgPool1dModule(_ bound: BoundArguments, at range: SourceRange) throws(Diagnostic)
    -> ModuleObject
  {
    let kernel = try single(bound, "kernel_size")
    let stride = bound["stride"] == nil ? nil : try single(bound, "stride")
    let padding = bound["padding"] == nil ? 0 : try single(bound, "padding")
    let ceilMode = try bound.boolean("ceil_mode", default: false)
    let countIncludePad = try bound.boolean("count_include_pad", default: true)
    let layer = try construct(at: range) { () throws(TorchError) in
      try AvgPool1d(
        kernelSize: kernel, stride: stride, padding: padding, ceilMode: ceilMode,
        countIncludePad: countIncludePad)
    }
    return ModuleObject(
      .layer(layer),
      settings: [
        "kernel_size": .tuple([.integer(kernel)]),
        "stride": .tuple([.integer(stride ?? kernel)]),
        "padding": .tuple([.integer(padding)]), "ceil_mode": .boolean(ceilMode),
        "count_include_pad": .boolean(countIncludePad),
      ])
  }
}
