import ConvCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `torch.nn`: the layer constructors (built by ``LayerConstructor``), `nn.Parameter` and
/// `nn.Sequential`.
enum NeuralNetworkLibrary {
  static let names = LayerConstructor.names + ["Parameter", "Sequential", "functional"]

  static func member(_ name: String) -> Value? {
    switch name {
    case "Conv2d": .function(Function("Conv2d", conv2d))
    case _ where LayerConstructor.names.contains(name):
      .function(
        Function(name) { _, arguments throws(Diagnostic) in
          .module(try LayerConstructor.module(named: name, arguments))
        })
    case "Parameter": .function(Function("Parameter", parameter))
    case "Sequential": .function(Function("Sequential", sequential))
    case "functional": .namespace(.functional)
    default: nil
    }
  }

  /// `nn.Conv2d(…)`: the layer as ``LayerConstructor`` builds it, with the weight and bias
  /// drawn as PyTorch's `reset_parameters` draws them: kaiming_uniform_(a=√5) for the weight,
  /// then U(−1/√fan_in, 1/√fan_in) for the bias.
  private static func conv2d(_ interpreter: Interpreter, _ arguments: CallArguments)
    throws(Diagnostic) -> Value
  {
    let module = try LayerConstructor.conv2d(arguments)
    guard let convolution = module.currentConvolution() else { return .module(module) }
    let fanIn = convolution.weight.shape.dropFirst().reduce(1, *)
    let a = 5.0.squareRoot()
    let gain = (2.0 / (1 + a * a)).squareRoot()
    let weightBound = 3.0.squareRoot() * (gain / Double(fanIn).squareRoot())
    module.weight = ParameterObject(
      interpreter.uniformTensor(shape: convolution.weight.shape, bound: weightBound))
    if let bias = convolution.bias {
      let biasBound = fanIn > 0 ? 1 / Double(fanIn).squareRoot() : 0
      module.bias = ParameterObject(interpreter.uniformTensor(shape: bias.shape, bound: biasBound))
    }
    return .module(module)
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
