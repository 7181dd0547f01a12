import ConvCore

/// The layers of `torch.nn` built from the arguments their constructors take, with PyTorch's
/// defaults and refusals: the one place where PyTorch's constructor arguments become ConvCore
/// layers. The prompt's `nn.Conv2d(…)`, `nn.MaxPool2d(…)`, … build their layers here, the
/// functional forms (`F.max_pool2d`) share the pools' builders, and lessons build their
/// `layer:` here without running a script (``layer(named:arguments:at:)``).
public enum LayerConstructor {
  /// The layers it builds, by PyTorch's class name.
  public static let names = [
    "Conv2d", "MaxPool2d", "AvgPool2d", "MaxPool1d", "AvgPool1d", "Flatten", "ReLU",
  ]

  /// The core layer that `nn.<name>(arguments)` builds, for arguments that are plain values
  /// (``Expression/firstNonPlainValue``) such as a lesson's `nn.Conv2d(1, 1, kernel_size=3)`.
  /// A convolution's weight and bias are zeros, for the caller to set. PyTorch's refusals
  /// (a missing argument, a stride of 0, …) are thrown with the prompt's messages, at the
  /// argument they are about or at `range`, the whole call; so is a name not in ``names``.
  public static func layer(named name: String, arguments: [CallArgument], at range: SourceRange)
    throws(Diagnostic) -> any Layer
  {
    guard names.contains(name) else {
      throw Diagnostic(
        "nn.\(name) is not a layer convtutor builds (it builds "
          + names.map { "nn.\($0)" }.joined(separator: ", ") + ")", at: range)
    }
    for argument in arguments {
      if let part = argument.value.firstNonPlainValue {
        throw Diagnostic(
          "a layer built outside a script takes plain values (numbers, strings, True, False, "
            + "None, tuples)", at: part.range)
      }
    }
    // Plain values are evaluated as the prompt evaluates them; nothing else can run.
    let evaluator = Interpreter()
    let call = try evaluator.callArguments(arguments, at: range)
    guard let layer = try module(named: name, call).coreLayer else {
      throw Diagnostic("nn.\(name) is not a single layer", at: range)
    }
    return layer
  }

  /// The module `nn.<name>(…)` builds from `arguments`: a convolution's weight and bias are
  /// zeros (the prompt then draws them as PyTorch does).
  ///
  /// - Precondition: `name` is one of ``names``.
  static func module(named name: String, _ arguments: CallArguments) throws(Diagnostic)
    -> ModuleObject
  {
    switch name {
    case "Conv2d": return try conv2d(arguments)
    case "MaxPool2d": return try maxPool2d(arguments)
    case "AvgPool2d": return try avgPool2d(arguments)
    case "MaxPool1d": return try maxPool1d(arguments)
    case "AvgPool1d": return try avgPool1d(arguments)
    case "Flatten": return try flatten(arguments)
    case "ReLU": return try relu(arguments)
    default: preconditionFailure("nn.\(name) is not a layer LayerConstructor builds")
    }
  }

  /// `nn.Conv2d(…)`, with a weight and bias of zeros.
  static func conv2d(_ arguments: CallArguments) throws(Diagnostic) -> ModuleObject {
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
    module.weight = ParameterObject(convolution.weight)
    module.bias = convolution.bias.map(ParameterObject.init)
    return module
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

  /// `nn.Flatten(…)`.
  static func flatten(_ arguments: CallArguments) throws(Diagnostic) -> ModuleObject {
    let bound = try arguments.bound(
      to: Signature("Flatten", ["start_dim", "end_dim"], required: 0))
    let start = try bound.integer("start_dim", default: 1)
    let end = try bound.integer("end_dim", default: -1)
    return ModuleObject(
      .layer(Flatten(startDimension: start, endDimension: end)),
      settings: ["start_dim": .integer(start), "end_dim": .integer(end)])
  }

  /// `nn.ReLU(…)`.
  static func relu(_ arguments: CallArguments) throws(Diagnostic) -> ModuleObject {
    let bound = try arguments.bound(to: Signature("ReLU", ["inplace"], required: 0))
    let inplace = try bound.boolean("inplace", default: false)
    return ModuleObject(.layer(ReLU()), settings: ["inplace": .boolean(inplace)])
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
