import ConvCore

/// The attributes and methods of tensors: `.shape`, `.view(…)`, `.item()`, …
extension Interpreter {
  static let tensorMemberNames = [
    "shape", "data", "dtype", "ndim", "requires_grad", "grad", "T", "size", "dim", "numel",
    "item", "tolist", "squeeze", "unsqueeze", "view", "reshape", "flatten", "float", "double",
    "long", "int", "to", "sum", "mean", "max", "min", "abs", "relu", "detach", "clone",
  ]

  /// An attribute of a tensor (`requiresGrad` for a parameter).
  func tensorAttribute(_ name: String, of tensor: Tensor, requiresGrad: Bool, at range: SourceRange)
    throws(Diagnostic) -> Value
  {
    switch name {
    case "shape": return .size(tensor.shape)
    case "data": return .tensor(tensor)
    case "dtype": return .dtype(tensor.dtype)
    case "ndim": return .integer(tensor.rank)
    case "requires_grad": return .boolean(requiresGrad)
    case "grad": return .none
    case "T":
      guard tensor.rank <= 2 else {
        throw Diagnostic(".T is only for tensors of at most 2 dimensions", at: range)
      }
      return .tensor(transposed(tensor))
    default:
      guard Self.tensorMemberNames.contains(name) else {
        var message = "'Tensor' object has no attribute '\(name)'"
        if let guess = closestName(to: name, among: Self.tensorMemberNames) {
          message += "; did you mean '\(guess)'?"
        }
        throw Diagnostic(message, at: range)
      }
      return .function(
        Function("Tensor.\(name)") { interpreter, arguments throws(Diagnostic) in
          try interpreter.callTensorMethod(name, of: tensor, with: arguments)
        })
    }
  }

  /// Calls the tensor method `name` on `tensor`.
  func callTensorMethod(_ name: String, of tensor: Tensor, with arguments: CallArguments)
    throws(Diagnostic) -> Value
  {
    let range = arguments.range
    func noArguments() throws(Diagnostic) {
      _ = try arguments.bound(to: Signature(name, []))
    }
    do {
      switch name {
      case "size":
        let bound = try arguments.bound(to: Signature("size", ["dim"], required: 0))
        guard let dimension = try bound.optionalInteger("dim") else { return .size(tensor.shape) }
        return .integer(tensor.shape[try Tensor.normalizedDimension(dimension, rank: tensor.rank)])
      case "dim":
        try noArguments()
        return .integer(tensor.rank)
      case "numel":
        try noArguments()
        return .integer(tensor.elementCount)
      case "item":
        try noArguments()
        guard tensor.elementCount == 1 else {
          throw Diagnostic(
            "a Tensor with \(tensor.elementCount) elements cannot be converted to Scalar",
            at: range)
        }
        return scalarValue(tensor.scalars[0], tensor.dtype)
      case "tolist":
        try noArguments()
        return listValue(tensor)
      case "squeeze":
        let bound = try arguments.bound(to: Signature("squeeze", ["dim"], required: 0))
        guard let dimension = try bound.optionalInteger("dim") else {
          return .tensor(tensor.squeezed())
        }
        return .tensor(try tensor.squeezed(dimension: dimension))
      case "unsqueeze":
        let bound = try arguments.bound(to: Signature("unsqueeze", ["dim"]))
        return .tensor(try tensor.unsqueezed(at: try bound.integer("dim")))
      case "view", "reshape":
        if let keyword = arguments.keyword.first, keyword.label != "shape" {
          throw Diagnostic(
            "\(name)() got an unexpected keyword argument '\(keyword.label)'", at: keyword.range)
        }
        let values = arguments.positional.map(\.value) + arguments.keyword.map(\.value)
        let shape = try shapeValue(values, describing: "a size", at: range)
        return .tensor(try tensor.reshaped(to: shape))
      case "flatten":
        let bound = try arguments.bound(
          to: Signature("flatten", ["start_dim", "end_dim"], required: 0))
        let layer = Flatten(
          startDimension: try bound.integer("start_dim", default: 0),
          endDimension: try bound.integer("end_dim", default: -1))
        return .tensor(try layer.forward(tensor))
      case "float":
        try noArguments()
        return .tensor(tensor.converted(to: .float32))
      case "double":
        try noArguments()
        return .tensor(tensor.converted(to: .float64))
      case "long", "int":
        try noArguments()
        return .tensor(tensor.converted(to: .int64))
      case "to":
        let bound = try arguments.bound(to: Signature("to", ["dtype"]))
        guard let type = try bound.dtype() else { return .tensor(tensor) }
        return .tensor(tensor.converted(to: type))
      case "sum", "mean", "max", "min":
        try noArguments()
        return .tensor(try reduced(tensor, name, at: range))
      case "abs":
        try noArguments()
        return .tensor(tensor.map { $0.magnitude })
      case "relu":
        try noArguments()
        return .tensor(try ReLU().forward(tensor))
      case "detach", "clone":
        try noArguments()
        return .tensor(tensor)
      default:
        throw Diagnostic("'Tensor' object has no attribute '\(name)'", at: range)
      }
    } catch let error as TorchError {
      throw Diagnostic(error.message, at: range)
    } catch let error as Diagnostic {
      throw error
    } catch {
      throw Diagnostic("\(error)", at: range)
    }
  }

  private func reduced(_ tensor: Tensor, _ name: String, at range: SourceRange)
    throws(Diagnostic) -> Tensor
  {
    switch name {
    case "sum":
      let type: DType = tensor.dtype.isFloatingPoint ? tensor.dtype : .int64
      return Tensor(scalar: tensor.scalars.reduce(0, +), dtype: type)
    case "mean":
      guard tensor.dtype.isFloatingPoint else {
        throw Diagnostic(
          "mean(): could not infer output dtype. Input dtype must be either a floating point "
            + "or complex dtype. Got: Long",
          at: range)
      }
      let mean = tensor.scalars.reduce(0, +) / Double(tensor.elementCount)
      return Tensor(scalar: mean, dtype: tensor.dtype)
    default:
      guard !tensor.scalars.isEmpty else {
        throw Diagnostic(
          "\(name)(): Expected reduction dim to be specified for input.numel() == 0.", at: range)
      }
      if tensor.scalars.contains(where: \.isNaN) {
        return Tensor(scalar: .nan, dtype: tensor.dtype)
      }
      let value = name == "max" ? tensor.scalars.max()! : tensor.scalars.min()!
      return Tensor(scalar: value, dtype: tensor.dtype)
    }
  }

  private func transposed(_ tensor: Tensor) -> Tensor {
    guard tensor.rank == 2 else { return tensor }
    let rows = tensor.shape[0]
    let columns = tensor.shape[1]
    var values = [Double](repeating: 0, count: tensor.elementCount)
    for row in 0..<rows {
      for column in 0..<columns {
        values[column * rows + row] = tensor.scalars[row * columns + column]
      }
    }
    return Tensor(shape: [columns, rows], scalars: values, dtype: tensor.dtype)
  }

  /// A Python number for one element: `int` for int64, `float` otherwise.
  func scalarValue(_ value: Double, _ type: DType) -> Value {
    type.isFloatingPoint ? .float(value) : .integer(Int(value))
  }

  /// `tensor.tolist()`: nested lists of Python numbers (a number for a 0-d tensor).
  func listValue(_ tensor: Tensor) -> Value {
    guard tensor.rank > 0 else { return scalarValue(tensor.scalars[0], tensor.dtype) }
    func build(_ dimension: Int, _ offset: Int, _ strides: [Int]) -> Value {
      if dimension == tensor.rank - 1 {
        return .list(
          ValueList(
            (0..<tensor.shape[dimension]).map {
              scalarValue(tensor.scalars[offset + $0], tensor.dtype)
            }))
      }
      return .list(
        ValueList(
          (0..<tensor.shape[dimension]).map {
            build(dimension + 1, offset + $0 * strides[dimension], strides)
          }))
    }
    return build(0, 0, tensor.strides)
  }
}
