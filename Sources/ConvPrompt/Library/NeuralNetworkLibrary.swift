import ConvCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `torch.nn`: the layer constructors, `nn.Parameter` and `nn.Sequential`.
enum NeuralNetworkLibrary {
  static let names = [
    "Conv2d", "MaxPool2d", "AvgPool2d", "MaxPool1d", "AvgPool1d", "Flatten", "ReLU",
    "Parameter", "Sequential", "functional",
  ]

  static func member(_ name: String) -> Value? {
    switch name {
    case "Conv2d": .function(Function("Conv2d", conv2d))
    case "MaxPool2d": .function(Function("MaxPool2d", maxPool2d))
    case "AvgPool2d": .function(Function("AvgPool2d", avgPool2d))
    case "MaxPool1d": .function(Function("MaxPool1d", maxPool1d))
    case "AvgPool1d": .function(Function("AvgPool1d", avgPool1d))
    case "Flatten": .function(Function("Flatten", flatten))
    case "ReLU": .function(Function("ReLU", relu))
    case "Parameter": .function(Function("Parameter", parameter))
    case "Sequential": .function(Function("Sequential", sequential))
    case "functional": .namespace(.functional)
    default: nil
    }
  }

  private static func conv2d(_ interpreter: Interpreter, _ arguments: CallArguments)
    throws(Diagnostic) -> Value
  {
    let bound = try arguments.bound(
      to: Signature(
        "Conv2d",
        [
          "in_channels", "out_channels", "kernel_size", "stride", "padding", "dilation",
          "groups", "bias", "padding_mode", "device", "dtype",
        ], required: 3))
    let padding = try convolutionPadding(bound)
    let modeName = try bound.string("padding_mode") ?? "zeros"
    guard let mode = PaddingMode(rawValue: modeName) else {
      throw Diagnostic(
        "padding_mode must be 'zeros', 'reflect', 'replicate' or 'circular', got "
          + "\(PythonFormat.repr(modeName))",
        at: bound.range(of: "padding_mode"))
    }
    if let type = try bound.dtype(), type != .float32 {
      throw Diagnostic(
        "convtutor's layers hold float32 weights; leave out dtype=\(type.torchName)",
        at: bound.range(of: "dtype"))
    }
    let inChannels = try bound.integer("in_channels")
    let outChannels = try bound.integer("out_channels")
    let kernel = try bound.pair("kernel_size")
    let stride = try bound.pair("stride", default: .single(1))
    let dilation = try bound.pair("dilation", default: .single(1))
    let groups = try bound.integer("groups", default: 1)
    let hasBias = try bound.boolean("bias", default: true)
    let convolution = try construct(at: arguments.range) { () throws(TorchError) in
      try Conv2d(
        inChannels: inChannels, outChannels: outChannels, kernelSize: kernel, stride: stride,
        padding: padding, dilation: dilation, groups: groups, bias: hasBias, paddingMode: mode)
    }
    // PyTorch's reset_parameters: kaiming_uniform_(a=√5) for the weight, then the bias.
    let fanIn = convolution.weight.shape.dropFirst().reduce(1, *)
    let a = 5.0.squareRoot()
    let gain = (2.0 / (1 + a * a)).squareRoot()
    let weightBound = 3.0.squareRoot() * (gain / Double(fanIn).squareRoot())
    let weight = interpreter.uniformTensor(shape: convolution.weight.shape, bound: weightBound)
    let module = ModuleObject(
      .convolution(convolution),
      settings: [
        "in_channels": .integer(convolution.inChannels),
        "out_channels": .integer(convolution.outChannels),
        "kernel_size": pairValue(convolution.kernelSize),
        "stride": pairValue(convolution.stride),
        "padding": paddingValue(convolution.padding),
        "dilation": pairValue(convolution.dilation),
        "groups": .integer(convolution.groups),
        "padding_mode": .string(convolution.paddingMode.rawValue),
      ])
    module.weight = ParameterObject(weight)
    if let bias = convolution.bias {
      let biasBound = fanIn > 0 ? 1 / Double(fanIn).squareRoot() : 0
      module.bias = ParameterObject(interpreter.uniformTensor(shape: bias.shape, bound: biasBound))
    }
    return .module(module)
  }

  /// The `padding=` argument of a convolution: an int, a pair, `'same'` or `'valid'`.
  static func convolutionPadding(_ bound: BoundArguments) throws(Diagnostic)
    -> ConvolutionPadding
  {
    if case .string(let text)? = bound["padding"] {
      switch text {
      case "same": return .same
      case "valid": return .valid
      default:
        throw Diagnostic(
          "padding must be 'same', 'valid', an int or a pair of ints, got "
            + PythonFormat.repr(text),
          at: bound.range(of: "padding"))
      }
    }
    return .explicit(try bound.pair("padding", default: .single(0)))
  }

  private static func flatten(_ interpreter: Interpreter, _ arguments: CallArguments)
    throws(Diagnostic) -> Value
  {
    let bound = try arguments.bound(
      to: Signature("Flatten", ["start_dim", "end_dim"], required: 0))
    let start = try bound.integer("start_dim", default: 1)
    let end = try bound.integer("end_dim", default: -1)
    return .module(
      ModuleObject(
        .layer(Flatten(startDimension: start, endDimension: end)),
        settings: ["start_dim": .integer(start), "end_dim": .integer(end)]))
  }

  private static func relu(_ interpreter: Interpreter, _ arguments: CallArguments)
    throws(Diagnostic) -> Value
  {
    let bound = try arguments.bound(to: Signature("ReLU", ["inplace"], required: 0))
    let inplace = try bound.boolean("inplace", default: false)
    return .module(ModuleObject(.layer(ReLU()), settings: ["inplace": .boolean(inplace)]))
  }

  private static func parameter(_ interpreter: Interpreter, _ arguments: CallArguments)
    throws(Diagnostic) -> Value
  {
    let bound = try arguments.bound(
      to: Signature("Parameter", ["data", "requires_grad"], required: 0))
    guard bound["data"] != nil else {
      return .parameter(ParameterObject(Tensor(shape: [0], scalars: [], dtype: .float32)))
    }
    let data = try bound.tensor("data")
    let requiresGrad = try bound.boolean("requires_grad", default: true)
    if requiresGrad, !data.dtype.isFloatingPoint {
      throw Diagnostic(
        "Only Tensors of floating point dtype can require gradients: this tensor is "
          + "\(data.dtype.rawValue); write its numbers with a decimal point (1.) or pass "
          + "dtype=torch.float32",
        at: bound.range(of: "data"))
    }
    return .parameter(ParameterObject(data))
  }

  private static func sequential(_ interpreter: Interpreter, _ arguments: CallArguments)
    throws(Diagnostic) -> Value
  {
    if let keyword = arguments.keyword.first {
      throw Diagnostic("Sequential() takes layers by position only", at: keyword.range)
    }
    var children: [ModuleObject] = []
    for argument in arguments.positional {
      guard case .module(let child) = argument.value else {
        throw Diagnostic(
          "\(argument.value.typeName) is not a Module subclass: nn.Sequential takes layers "
            + "such as nn.Conv2d(...)",
          at: argument.range)
      }
      children.append(child)
    }
    let module = ModuleObject(.sequential(children))
    guard module.nesting <= RunLimits.maximumSequentialNesting else {
      throw Diagnostic(
        "nn.Sequential nested \(module.nesting) levels deep is over convtutor's limit of "
          + "\(RunLimits.maximumSequentialNesting) levels",
        at: arguments.range)
    }
    guard module.layerCount <= RunLimits.maximumSequentialLayers else {
      throw Diagnostic(
        "this nn.Sequential would run over \(RunLimits.maximumSequentialLayers) layers "
          + "(counting those inside nested ones, each time they run), over convtutor's limit",
        at: arguments.range)
    }
    return .module(module)
  }

  // MARK: - Helpers

  static func refuseReturnIndices(_ bound: BoundArguments) throws(Diagnostic) {
    if try bound.boolean("return_indices", default: false) {
      throw Diagnostic(
        "return_indices=True is not part of convtutor; the workspace marks each window's "
          + "maximum instead",
        at: bound.range(of: "return_indices"))
    }
  }

  /// A 1-d size given as `3` or `(3,)`.
  static func single(_ bound: BoundArguments, _ name: String) throws(Diagnostic) -> Int {
    if case .tuple(let items)? = bound[name], items.count == 1 {
      return try integerValue(items[0], describing: "'\(name)'", at: bound.range(of: name))
    }
    return try bound.integer(name)
  }

  static func construct<L: Layer>(
    at range: SourceRange, _ make: () throws(TorchError) -> L
  ) throws(Diagnostic) -> L {
    do {
      return try make()
    } catch {
      throw Diagnostic(error.message, at: range)
    }
  }

  static func pairValue(_ pair: Pair) -> Value {
    .tuple([.integer(pair.rows), .integer(pair.columns)])
  }

  static func pairValue(_ argument: PairArgument) -> Value {
    switch argument {
    case .single(let value): .integer(value)
    case .pair(let rows, let columns): .tuple([.integer(rows), .integer(columns)])
    }
  }

  static func paddingValue(_ padding: ConvolutionPadding) -> Value {
    switch padding {
    case .same: .string("same")
    case .valid: .string("valid")
    case .explicit(let argument): pairValue(argument.pair)
    }
  }
}

extension Interpreter {
  /// A float32 tensor drawn from U(−bound, bound) as PyTorch's `uniform_` draws it.
  func uniformTensor(shape: [Int], bound: Double) -> Tensor {
    let count = shape.reduce(1, *)
    var values = [Double](repeating: 0, count: count)
    for index in 0..<count {
      values[index] = generator.uniform(from: -bound, to: bound, dtype: .float32)
    }
    return Tensor(shape: shape, scalars: values, dtype: .float32)
  }
}
