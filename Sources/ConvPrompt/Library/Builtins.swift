import ConvCore

/// Python's built-in functions that the slides' code (and a curious learner) uses.
enum Builtins {
  static let names = [
    "print", "len", "list", "tuple", "int", "float", "abs", "range", "str", "repr", "type",
    "min", "max", "sum", "round", "bool",
  ]

  static func function(named name: String) -> Function? {
    guard names.contains(name) else { return nil }
    return Function(name) { interpreter, arguments throws(Diagnostic) in
      try call(name, interpreter, arguments)
    }
  }

  private static func call(_ name: String, _ interpreter: Interpreter, _ arguments: CallArguments)
    throws(Diagnostic) -> Value
  {
    if name == "print" {
      var rest = arguments
      rest.positional = []
      let bound = try rest.bound(to: Signature("print", [], keywordOnly: ["sep", "end", "flush"]))
      let separator = try bound.string("sep") ?? " "
      let end = try bound.string("end") ?? "\n"
      let text = arguments.positional.map { interpreter.str($0.value) }.joined(separator: separator)
      interpreter.write(text + end)
      return .none
    }
    let values = arguments.positional.map(\.value)
    if let keyword = arguments.keyword.first {
      throw Diagnostic("\(name)() takes no keyword arguments", at: keyword.range)
    }
    let range = arguments.range
    func one() throws(Diagnostic) -> Value {
      guard values.count == 1 else {
        throw Diagnostic("\(name)() takes exactly one argument (\(values.count) given)", at: range)
      }
      return values[0]
    }
    switch name {
    case "len":
      switch try one() {
      case .string(let text): return .integer(text.count)
      case .list(let items), .tuple(let items): return .integer(items.count)
      case .size(let sizes): return .integer(sizes.count)
      case .tensor, .parameter:
        let tensor = values[0].tensorValue!
        guard let first = tensor.shape.first else {
          throw Diagnostic("len() of a 0-d tensor", at: range)
        }
        return .integer(first)
      case let other:
        throw Diagnostic("object of type '\(other.typeName)' has no len()", at: range)
      }
    case "list", "tuple":
      let items = try sequence(values.isEmpty ? .list([]) : try one(), interpreter, at: range)
      return name == "list" ? .list(ValueList(items)) : .tuple(ValueList(items))
    case "int":
      switch try one() {
      case .integer(let number): return .integer(number)
      case .boolean(let flag): return .integer(flag ? 1 : 0)
      case .float(let number):
        guard number.isFinite, number.magnitude < 9.2e18 else {
          throw Diagnostic(
            "cannot convert float \(PythonFormat.repr(number)) to integer", at: range)
        }
        return .integer(Int(number))
      case .tensor, .parameter:
        let tensor = values[0].tensorValue!
        guard tensor.elementCount == 1 else {
          throw Diagnostic("only one element tensors can be converted to Python scalars", at: range)
        }
        return .integer(Int(tensor.scalars[0]))
      case .string(let text):
        guard let number = Int(text.trimmingSpaces()) else {
          throw Diagnostic(
            "invalid literal for int() with base 10: \(PythonFormat.repr(text))", at: range)
        }
        return .integer(number)
      case let other:
        throw Diagnostic("int() argument must be a number, not '\(other.typeName)'", at: range)
      }
    case "float":
      switch try one() {
      case .integer(let number): return .float(Double(number))
      case .boolean(let flag): return .float(flag ? 1 : 0)
      case .float(let number): return .float(number)
      case .tensor, .parameter:
        let tensor = values[0].tensorValue!
        guard tensor.elementCount == 1 else {
          throw Diagnostic("only one element tensors can be converted to Python scalars", at: range)
        }
        return .float(tensor.scalars[0])
      case .string(let text):
        guard let number = Double(text.trimmingSpaces()) else {
          throw Diagnostic(
            "could not convert string to float: \(PythonFormat.repr(text))", at: range)
        }
        return .float(number)
      case let other:
        throw Diagnostic("float() argument must be a number, not '\(other.typeName)'", at: range)
      }
    case "abs":
      switch try one() {
      case .integer(let number):
        guard number != .min else {
          throw Diagnostic("integer overflow: convtutor's integers are 64-bit", at: range)
        }
        return .integer(abs(number))
      case .float(let number): return .float(abs(number))
      case .tensor, .parameter: return .tensor(values[0].tensorValue!.map { $0.magnitude })
      case let other:
        throw Diagnostic("bad operand type for abs(): '\(other.typeName)'", at: range)
      }
    case "range":
      let bounds = try values.map { (value) throws(Diagnostic) in
        try integerValue(value, describing: "range() arguments", at: range)
      }
      let (start, stop, step): (Int, Int, Int) =
        switch bounds.count {
        case 1: (0, bounds[0], 1)
        case 2: (bounds[0], bounds[1], 1)
        case 3: (bounds[0], bounds[1], bounds[2])
        default: throw Diagnostic("range expected 1 to 3 arguments, got \(bounds.count)", at: range)
        }
      guard step != 0 else { throw Diagnostic("range() arg 3 must not be zero", at: range) }
      // In 128 bits: the span of two 64-bit bounds, and the step's magnitude, may not fit in 64.
      let (wideStart, wideStop, wideStep) = (Int128(start), Int128(stop), Int128(step))
      let wideCount =
        step > 0
        ? max(0, (wideStop - wideStart + wideStep - 1) / wideStep)
        : max(0, (wideStart - wideStop - wideStep - 1) / -wideStep)
      guard wideCount <= 1_000_000 else {
        throw Diagnostic("range() of over 1,000,000 numbers is over convtutor's limit", at: range)
      }
      let count = Int(wideCount)
      return .list(ValueList((0..<count).map { Value.integer(start + $0 * step) }))
    case "str": return .string(interpreter.str(try one()))
    case "repr": return .string(interpreter.repr(try one()))
    case "type":
      let value = try one()
      return .string("<class '\(value.typeName)'>")
    case "bool": return .boolean(try interpreter.truthiness(try one(), at: range))
    case "min", "max", "sum":
      let items = values.count == 1 ? try sequence(values[0], interpreter, at: range) : values
      if name == "sum" {
        var total: Value = .integer(0)
        for item in items { total = try interpreter.binary(total, .add, item, at: range) }
        return total
      }
      guard var best = items.first else {
        throw Diagnostic("\(name)() arg is an empty sequence", at: range)
      }
      for item in items.dropFirst() {
        let difference = try interpreter.binary(item, .subtract, best, at: range)
        let sign = try numberSign(difference, at: range)
        if (name == "max" && sign > 0) || (name == "min" && sign < 0) { best = item }
      }
      return best
    case "round":
      switch try one() {
      case .float(let number):
        guard number.isFinite, number.magnitude < 9.2e18 else {
          throw Diagnostic(
            "cannot convert float \(PythonFormat.repr(number)) to integer", at: range)
        }
        return .integer(Int(number.rounded(.toNearestOrEven)))
      case .integer(let number): return .integer(number)
      case let other:
        throw Diagnostic("type \(other.typeName) doesn't define __round__ method", at: range)
      }
    default:
      throw Diagnostic("name '\(name)' is not defined", at: range)
    }
  }

  private static func sequence(_ value: Value, _ interpreter: Interpreter, at range: SourceRange)
    throws(Diagnostic) -> [Value]
  {
    switch value {
    case .list(let items), .tuple(let items): return items.items
    case .size(let sizes): return sizes.map { .integer($0) }
    case .string(let text): return text.map { .string(String($0)) }
    case .tensor, .parameter:
      let tensor = value.tensorValue!
      guard tensor.rank > 0 else { throw Diagnostic("iteration over a 0-d tensor", at: range) }
      return (0..<tensor.shape[0]).map { index in
        .tensor((try? tensor.indexed(by: [.single(index)])) ?? tensor)
      }
    default:
      throw Diagnostic("'\(value.typeName)' object is not iterable", at: range)
    }
  }

  private static func numberSign(_ value: Value, at range: SourceRange) throws(Diagnostic) -> Int {
    switch value {
    case .integer(let number): return number.signum()
    case .float(let number): return number > 0 ? 1 : number < 0 ? -1 : 0
    case .tensor(let tensor) where tensor.elementCount == 1:
      return tensor.scalars[0] > 0 ? 1 : tensor.scalars[0] < 0 ? -1 : 0
    default:
      throw Diagnostic("these values cannot be compared", at: range)
    }
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and newlines.
  func trimmingSpaces() -> String {
    let characters = Array(self)
    guard let first = characters.firstIndex(where: { !$0.isWhitespace }),
      let last = characters.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(characters[first...last])
  }
}
