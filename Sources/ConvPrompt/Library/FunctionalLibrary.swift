import ConvCore

/// `torch.nn.functional`: the functional forms of the layers (`F.conv2d`, `F.max_pool2d`, …).
enum FunctionalLibrary {
  static let names = ["conv2d", "max_pool2d", "avg_pool2d", "max_pool1d", "avg_pool1d", "relu"]

  static func member(_ name: String) -> Value? {
    switch name {
    case "conv2d": return .function(Function("conv2d", conv2d))
    case "relu":
      return .function(
        Function("relu") { interpreter, arguments throws(Diagnostic) in
          let bound = try arguments.bound(to: Signature("relu", ["input", "inplace"], required: 1))
          return .tensor(
            try interpreter.callLayer(ReLU(), on: try bound.tensor("input"), at: arguments.range))
        })
    case "max_pool2d":
      return pool(
        Signature(
          "max_pool2d",
          ["input", "kernel_size", "stride", "padding", "dilation", "ceil_mode", "return_indices"],
          required: 2), LayerConstructor.maxPool2dModule)
    case "avg_pool2d":
      return pool(
        Signature(
          "avg_pool2d",
          [
            "input", "kernel_size", "stride", "padding", "ceil_mode", "count_include_pad",
            "divisor_override",
          ], required: 2), LayerConstructor.avgPool2dModule)
    case "max_pool1d":
      return pool(
        Signature(
          "max_pool1d",
          ["input", "kernel_size", "stride", "padding", "dilation", "ceil_mode", "return_indices"],
          required: 2), LayerConstructor.maxPool1dModule)
    case "avg_pool1d":
      return pool(
        Signature(
          "avg_pool1d",
          ["input", "kernel_size", "stride", "padding", "ceil_mode", "count_include_pad"],
          required: 2), LayerConstructor.avgPool1dModule)
    default:
      return nil
    }
  }

  /// A functional pool: builds the same layer as `nn.…` from the arguments, then calls it.
  private static func pool(
    _ signature: Signature,
    _ build: @escaping (BoundArguments, SourceRange) throws(Diagnostic) -> ModuleObject
  ) -> Value {
    .function(
      Function(signature.name) { interpreter, arguments throws(Diagnostic) in
        let bound = try arguments.bound(to: signature)
        let input = try bound.tensor("input")
        let module = try build(bound, arguments.range)
        return try interpreter.callModule(module, on: input, at: arguments.range)
      })
  }

  private static func conv2d(_ interpreter: Interpreter, _ arguments: CallArguments)
    throws(Diagnostic) -> Value
  {
    let bound = try arguments.bound(
      to: Signature(
        "conv2d", ["input", "weight", "bias", "stride", "padding", "dilation", "groups"],
        required: 2))
    let input = try bound.tensor("input")
    let weight = try bound.tensor("weight")
    let bias = bound["bias"] == nil ? nil : try bound.tensor("bias")
    let padding = try LayerConstructor.convolutionPadding(bound)
    let stride = try bound.pair("stride", default: .single(1))
    let dilation = try bound.pair("dilation", default: .single(1))
    let groups = try bound.integer("groups", default: 1)
    let convolution: Conv2d
    do {
      convolution = try Conv2d(
        weight: weight, bias: bias, stride: stride, padding: padding, dilation: dilation,
        groups: groups)
    } catch {
      throw Diagnostic(error.message, at: arguments.range)
    }
    return .tensor(try interpreter.callLayer(convolution, on: input, at: arguments.range))
  }
}
