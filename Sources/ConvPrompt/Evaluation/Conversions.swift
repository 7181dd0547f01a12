import ConvCore

/// Reading Python values as the numbers, sizes and tensors the library needs.
extension BoundArguments {
  /// An `int` argument (a `bool` counts, as in Python), or `fallback` when it was not given.
  func integer(_ name: String, default fallback: Int? = nil) throws(Diagnostic) -> Int {
    guard let value = self[name] else {
      if let fallback { return fallback }
      throw Diagnostic("\(functionName)() needs the argument '\(name)'", at: callRange)
    }
    return try integerValue(value, describing: "'\(name)'", at: range(of: name))
  }

  /// An optional `int` argument: `nil` when missing or `None`.
  func optionalInteger(_ name: String) throws(Diagnostic) -> Int? {
    guard self[name] != nil else { return nil }
    return try integer(name)
  }

  /// A `bool` argument.
  func boolean(_ name: String, default fallback: Bool) throws(Diagnostic) -> Bool {
    switch self[name] {
    case nil: return fallback
    case .boolean(let value)?: return value
    case .integer(let value)?: return value != 0
    case let other?:
      throw Diagnostic(
        "\(functionName)(): argument '\(name)' must be True or False, not \(other.typeName)",
        at: range(of: name))
    }
  }

  /// A `str` argument.
  func string(_ name: String) throws(Diagnostic) -> String? {
    switch self[name] {
    case nil: return nil
    case .string(let text)?: return text
    case let other?:
      throw Diagnostic(
        "\(functionName)(): argument '\(name)' must be a string, not \(other.typeName)",
        at: range(of: name))
    }
  }

  /// A size given as `3` or `(2, 3)`, remembered as written.
  func pair(_ name: String, default fallback: PairArgument? = nil) throws(Diagnostic)
    -> PairArgument
  {
    guard let value = self[name] else {
      if let fallback { return fallback }
      throw Diagnostic("\(functionName)() needs the argument '\(name)'", at: callRange)
    }
    let place = range(of: name)
    switch value {
    case .integer, .boolean:
      return .single(try integerValue(value, describing: "'\(name)'", at: place))
    case .tuple(let items), .list(let items):
      guard items.count == 2 else {
        throw Diagnostic(
          "\(functionName)(): '\(name)' must be an int or a pair of ints (rows, columns), "
            + "got \(items.count) value\(items.count == 1 ? "" : "s")",
          at: place)
      }
      let rows = try integerValue(items[0], describing: "'\(name)'", at: place)
      let columns = try integerValue(items[1], describing: "'\(name)'", at: place)
      return .pair(rows, columns)
    case .size(let sizes) where sizes.count == 2:
      return .pair(sizes[0], sizes[1])
    default:
      throw Diagnostic(
        "\(functionName)(): '\(name)' must be an int or a pair of ints, not \(value.typeName)",
        at: place)
    }
  }

  /// A tensor argument (a parameter counts).
  func tensor(_ name: String) throws(Diagnostic) -> Tensor {
    guard let value = self[name] else {
      throw Diagnostic("\(functionName)() needs the argument '\(name)'", at: callRange)
    }
    guard let tensor = value.tensorValue else {
      throw Diagnostic(
        "\(functionName)(): argument '\(name)' must be a Tensor, not \(value.typeName)",
        at: range(of: name))
    }
    return tensor
  }

  /// A `dtype=` argument.
  func dtype(_ name: String = "dtype") throws(Diagnostic) -> DType? {
    switch self[name] {
    case nil: return nil
    case .dtype(let type)?: return type
    case let other?:
      throw Diagnostic(
        "\(functionName)(): argument '\(name)' must be a torch.dtype such as torch.float32, "
          + "not \(other.typeName)",
        at: range(of: name))
    }
  }
}

/// An integer from a Python value, or a clear error naming what it describes.
func integerValue(_ value: Value, describing what: String, at range: SourceRange)
  throws(Diagnostic) -> Int
{
  switch value {
  case .integer(let number): return number
  case .boolean(let flag): return flag ? 1 : 0
  case .tensor, .parameter:
    let tensor = value.tensorValue!
    if tensor.elementCount == 1, !tensor.dtype.isFloatingPoint { return Int(tensor.scalars[0]) }
    throw Diagnostic("\(what) must be an int, not a Tensor of shape \(tensor.shape)", at: range)
  default:
    throw Diagnostic("\(what) must be an int, not \(value.typeName)", at: range)
  }
}

/// A size list from `f(2, 3)`, `f((2, 3))`, `f([2, 3])` or `f(torch.Size([2, 3]))`.
func shapeValue(_ values: [Value], describing what: String, at range: SourceRange)
  throws(Diagnostic) -> [Int]
{
  if values.count == 1 {
    switch values[0] {
    case .tuple(let items), .list(let items):
      return try items.map { (item) throws(Diagnostic) in
        try integerValue(item, describing: what, at: range)
      }
    case .size(let sizes): return sizes
    default: break
    }
  }
  return try values.map { (item) throws(Diagnostic) in
    try integerValue(item, describing: what, at: range)
  }
}

/// The tensor `torch.tensor(data)` makes: nested lists of numbers, with PyTorch's dtype
/// inference (any float makes float32, otherwise int64) unless `dtype` is given.
func tensorFromData(_ data: Value, dtype: DType?, at range: SourceRange) throws(Diagnostic)
  -> Tensor
{
  var scalars: [Double] = []
  var sawFloat = false
  var shape: [Int]? = nil

  func visit(_ value: Value, depth: Int, path: [Int]) throws(Diagnostic) -> [Int] {
    guard depth <= 32 else {
      throw Diagnostic("torch.tensor(): lists are nested too deeply (limit 32)", at: range)
    }
    switch value {
    case .integer(let number):
      scalars.append(Double(number))
      return []
    case .boolean(let flag):
      scalars.append(flag ? 1 : 0)
      return []
    case .float(let number):
      sawFloat = true
      scalars.append(number)
      return []
    case .tensor, .parameter:
      let tensor = value.tensorValue!
      guard tensor.elementCount == 1 else {
        throw Diagnostic(
          "only one element tensors can be converted to Python scalars "
            + "(this one has shape \(Tensor.bracketed(tensor.shape)))",
          at: range)
      }
      if tensor.dtype.isFloatingPoint { sawFloat = true }
      scalars.append(tensor.scalars[0])
      return []
    case .list(let items), .tuple(let items):
      var inner: [Int]? = nil
      for item in items {
        let itemShape = try visit(item, depth: depth + 1, path: path + [items.count])
        if let inner, inner != itemShape {
          let expected = inner.first.map(String.init) ?? "scalar"
          let got = itemShape.first.map(String.init) ?? "a scalar"
          throw Diagnostic(
            "expected sequence of length \(expected) at dim \(depth + 1) (got \(got)): "
              + "every row of a tensor must have the same length",
            at: range)
        }
        inner = itemShape
        if scalars.count > Tensor.maximumElementCount {
          throw Diagnostic(
            "torch.tensor(): more than \(Tensor.maximumElementCount) values, over "
              + "convtutor's limit",
            at: range)
        }
      }
      return [items.count] + (inner ?? [])
    case .size(let sizes):
      scalars.append(contentsOf: sizes.map(Double.init))
      return [sizes.count]
    default:
      throw Diagnostic(
        "torch.tensor() takes a number or (nested) lists of numbers, not \(value.typeName)",
        at: range)
    }
  }

  shape = try visit(data, depth: 0, path: [])
  // With no numbers at all (`torch.tensor([])`), PyTorch uses the default float type.
  let type = dtype ?? (sawFloat || scalars.isEmpty ? .float32 : .int64)
  return Tensor(shape: shape ?? [], scalars: scalars, dtype: type)
}
