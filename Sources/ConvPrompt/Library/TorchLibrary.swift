import ConvCore

/// The `torch` namespace: tensor constructors, random numbers, dtypes.
enum TorchLibrary {
  static let names = [
    "tensor", "randint", "rand", "zeros", "ones", "arange", "manual_seed", "flatten", "relu",
    "reshape", "squeeze", "unsqueeze", "float32", "float", "float64", "double", "int64",
    "long", "nn", "Size",
  ]

  static func member(_ name: String) -> Value? {
    switch name {
    case "tensor": .function(Function("tensor", tensor))
    case "randint": .function(Function("randint", randint))
    case "rand": .function(Function("rand", rand))
    case "zeros":
      .function(Function("zeros") { i, a throws(Diagnostic) in try filled(0, "zeros", i, a) })
    case "ones":
      .function(Function("ones") { i, a throws(Diagnostic) in try filled(1, "ones", i, a) })
    case "arange": .function(Function("arange", arange))
    case "manual_seed": .function(Function("manual_seed", manualSeed))
    case "float32", "float": .dtype(.float32)
    case "float64", "double": .dtype(.float64)
    case "int64", "long": .dtype(.int64)
    case "nn": .namespace(.nn)
    case "flatten", "relu", "reshape", "squeeze", "unsqueeze":
      .function(
        Function(name) { interpreter, arguments throws(Diagnostic) in
          // torch.f(x, …) is x.f(…), except that torch.flatten starts at dimension 0.
          guard let first = arguments.positional.first, let tensor = first.value.tensorValue
          else {
            throw Diagnostic("torch.\(name)() takes a tensor first", at: arguments.range)
          }
          var rest = arguments
          rest.positional.removeFirst()
          if name == "flatten", rest.positional.isEmpty,
            !rest.keyword.contains(where: { $0.label == "start_dim" })
          {
            rest.keyword.append(.init(label: "start_dim", value: .integer(0), range: first.range))
          }
          return try interpreter.callTensorMethod(name, of: tensor, with: rest)
        })
    case "Size":
      .function(
        Function("Size") { _, arguments throws(Diagnostic) in
          let bound = try arguments.bound(to: Signature("Size", ["sizes"], required: 0))
          guard let sizes = bound["sizes"] else { return .size([]) }
          return .size(try shapeValue([sizes], describing: "a size", at: bound.range(of: "sizes")))
        })
    default: nil
    }
  }

  private static func tensor(_ interpreter: Interpreter, _ arguments: CallArguments)
    throws(Diagnostic) -> Value
  {
    let bound = try arguments.bound(
      to: Signature(
        "tensor", ["data"], keywordOnly: ["dtype", "device", "requires_grad", "pin_memory"]))
    if try bound.boolean("requires_grad", default: false) {
      throw Diagnostic(
        "requires_grad=True is not part of convtutor; wrap the tensor in nn.Parameter(...)",
        at: bound.range(of: "requires_grad"))
    }
    guard let data = bound["data"] else {
      throw Diagnostic("Could not infer dtype of NoneType", at: bound.range(of: "data"))
    }
    return .tensor(try tensorFromData(data, dtype: try bound.dtype(), at: bound.range(of: "data")))
  }

  /// `torch.randint(high, size)` or `torch.randint(low, high, size)`, with keywords too.
  private static func randint(_ interpreter: Interpreter, _ arguments: CallArguments)
    throws(Diagnostic) -> Value
  {
    let names =
      switch (arguments.positional.count, arguments.keyword.contains { $0.label == "size" }) {
      case (1, true): ["high"]
      case (2, true): ["low", "high"]
      case (2, false): ["high", "size"]
      default: ["low", "high", "size"]
      }
    let bound = try arguments.bound(
      to: Signature(
        "randint", names, required: 0,
        keywordOnly: ["low", "high", "size", "dtype", "generator", "device", "requires_grad"]
          .filter { !names.contains($0) }))
    guard bound["high"] != nil else {
      throw Diagnostic(
        "randint() needs 'high', the number the values stay below", at: arguments.range)
    }
    guard let sizeValue = bound["size"] else {
      throw Diagnostic("randint() needs 'size', a tuple such as (1, 6, 6)", at: arguments.range)
    }
    let low = try bound.integer("low", default: 0)
    let high = try bound.integer("high")
    let shape = try shapeValue([sizeValue], describing: "size", at: bound.range(of: "size"))
    guard low < high else {
      throw Diagnostic(
        "random_ expects 'from' to be less than 'to', but got from=\(low) >= to=\(high)",
        at: arguments.range)
    }
    let type = try bound.dtype() ?? .int64
    let count = try interpreter.checkedCount(shape, at: arguments.range)
    var values = [Double](repeating: 0, count: count)
    for index in 0..<count {
      values[index] = Double(interpreter.generator.integer(from: low, below: high))
    }
    return .tensor(Tensor(shape: shape, scalars: values, dtype: type))
  }

  private static func rand(_ interpreter: Interpreter, _ arguments: CallArguments)
    throws(Diagnostic) -> Value
  {
    let (shape, type) = try sizeAndType("rand", arguments)
    guard type.isFloatingPoint else {
      throw Diagnostic("\"check_uniform_bounds\" not implemented for 'Long'", at: arguments.range)
    }
    let count = try interpreter.checkedCount(shape, at: arguments.range)
    var values = [Double](repeating: 0, count: count)
    for index in 0..<count {
      values[index] = interpreter.generator.uniform(from: 0, to: 1, dtype: type)
    }
    return .tensor(Tensor(shape: shape, scalars: values, dtype: type))
  }

  private static func filled(
    _ value: Double, _ name: String, _ interpreter: Interpreter, _ arguments: CallArguments
  ) throws(Diagnostic) -> Value {
    let (shape, type) = try sizeAndType(name, arguments)
    _ = try interpreter.checkedCount(shape, at: arguments.range)
    return .tensor(Tensor(repeating: value, shape: shape, dtype: type))
  }

  /// The sizes of `torch.zeros(2, 3)` or `torch.zeros((2, 3))`, and the `dtype=` keyword.
  private static func sizeAndType(_ name: String, _ arguments: CallArguments)
    throws(Diagnostic) -> ([Int], DType)
  {
    var rest = arguments
    rest.positional = []
    let bound = try rest.bound(
      to: Signature(name, [], keywordOnly: ["size", "dtype", "device", "requires_grad"]))
    var sizes = arguments.positional.map(\.value)
    if let size = bound["size"] { sizes = [size] }
    let shape = try shapeValue(sizes, describing: "a size", at: arguments.range)
    return (shape, try bound.dtype() ?? .float32)
  }

  private static func arange(_ interpreter: Interpreter, _ arguments: CallArguments)
    throws(Diagnostic) -> Value
  {
    let names = arguments.positional.count == 1 ? ["end"] : ["start", "end", "step"]
    let bound = try arguments.bound(
      to: Signature(
        "arange", names, required: 0,
        keywordOnly: ["start", "end", "step", "dtype", "device", "requires_grad"]
          .filter { !names.contains($0) }))
    var sawFloat = false
    func number(_ name: String, _ fallback: Double) throws(Diagnostic) -> Double {
      switch bound[name] {
      case nil: return fallback
      case .integer(let value)?: return Double(value)
      case .float(let value)?:
        sawFloat = true
        return value
      case let other?:
        throw Diagnostic(
          "arange(): '\(name)' must be a number, not \(other.typeName)", at: bound.range(of: name))
      }
    }
    let start = try number("start", 0)
    guard bound["end"] != nil else {
      throw Diagnostic("arange() needs an end value", at: arguments.range)
    }
    let end = try number("end", 0)
    let step = try number("step", 1)
    guard step != 0 else { throw Diagnostic("step must be nonzero", at: arguments.range) }
    guard start.isFinite, end.isFinite else {
      throw Diagnostic("unsupported range: \(start) -> \(end)", at: arguments.range)
    }
    guard (end - start) / step >= 0 else {
      throw Diagnostic(
        "upper bound and larger bound inconsistent with step sign", at: arguments.range)
    }
    let length = ((end - start) / step).rounded(.up)
    guard length <= Double(Tensor.maximumElementCount) else {
      // `length` may be past `Int.max` (or infinite: `arange(0, 1e300, 1e-300)`).
      let count = length < 0x1p63 ? String(Int(length)) : String(length)
      throw Diagnostic(
        "arange() would make \(count) values, over convtutor's limit of "
          + "\(Tensor.maximumElementCount)",
        at: arguments.range)
    }
    let type = try bound.dtype() ?? (sawFloat ? .float32 : .int64)
    let values = (0..<Int(length)).map { start + Double($0) * step }
    return .tensor(Tensor(shape: [values.count], scalars: values, dtype: type))
  }

  private static func manualSeed(_ interpreter: Interpreter, _ arguments: CallArguments)
    throws(Diagnostic) -> Value
  {
    let bound = try arguments.bound(to: Signature("manual_seed", ["seed"]))
    let seed = try bound.integer("seed")
    interpreter.generator.reseed(UInt64(bitPattern: Int64(seed)))
    return .none
  }
}

extension Interpreter {
  /// The element count of a requested shape, or an error at `range` when it is refused.
  func checkedCount(_ shape: [Int], at range: SourceRange) throws(Diagnostic) -> Int {
    do {
      return try Tensor.elementCount(of: shape)
    } catch {
      throw Diagnostic(error.message, at: range)
    }
  }
}
