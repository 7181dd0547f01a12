import ConvCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Unary and binary operators on numbers, strings, sequences and tensors, as Python runs them.
extension Interpreter {
  func unary(_ op: UnaryOperator, _ value: Value, at range: SourceRange) throws(Diagnostic)
    -> Value
  {
    switch (op, value) {
    case (.not, _): return .boolean(!(try truthiness(value, at: range)))
    case (.plus, .integer), (.plus, .float), (.plus, .tensor): return value
    case (.plus, .boolean(let flag)): return .integer(flag ? 1 : 0)
    case (.negate, .integer(let number)):
      guard number != .min else { throw overflow(at: range) }
      return .integer(-number)
    case (.negate, .boolean(let flag)): return .integer(flag ? -1 : 0)
    case (.negate, .float(let number)): return .float(-number)
    case (.negate, .tensor), (.negate, .parameter):
      return .tensor(value.tensorValue!.map { -$0 })
    default:
      throw Diagnostic("bad operand type for unary \(op.rawValue): '\(value.typeName)'", at: range)
    }
  }

  func binary(_ left: Value, _ op: BinaryOperator, _ right: Value, at range: SourceRange)
    throws(Diagnostic) -> Value
  {
    if let result = try numberOperation(left, op, right, at: range) { return result }
    if left.tensorValue != nil || right.tensorValue != nil,
      let leftOperand = operand(left), let rightOperand = operand(right),
      let tensorOperator = Tensor.Operator(rawValue: op.rawValue)
    {
      do {
        return .tensor(try Tensor.combine(leftOperand, tensorOperator, rightOperand))
      } catch {
        throw Diagnostic(error.message, at: range)
      }
    }
    switch (left, op, right) {
    case (.string(let a), .add, .string(let b)): return .string(a + b)
    case (.list(let a), .add, .list(let b)): return .list(ValueList(a.items + b.items))
    case (.tuple(let a), .add, .tuple(let b)): return .tuple(ValueList(a.items + b.items))
    case (.tensor, .matrixMultiply, _), (.parameter, .matrixMultiply, _):
      throw Diagnostic("matrix multiplication (@) is not part of convtutor", at: range)
    default:
      throw Diagnostic(
        "unsupported operand type(s) for \(op.rawValue): '\(left.typeName)' and "
          + "'\(right.typeName)'",
        at: range)
    }
  }

  private func operand(_ value: Value) -> Tensor.Operand? {
    switch value {
    case .integer(let number): .integer(number)
    case .boolean(let flag): .integer(flag ? 1 : 0)
    case .float(let number): .float(number)
    case .tensor(let tensor): .tensor(tensor)
    case .parameter(let parameter): .tensor(parameter.data)
    default: nil
    }
  }

  /// Python arithmetic on `int`, `float` and `bool`; `nil` when an operand is not a number.
  private func numberOperation(
    _ left: Value, _ op: BinaryOperator, _ right: Value, at range: SourceRange
  ) throws(Diagnostic) -> Value? {
    func integer(_ value: Value) -> Int? {
      switch value {
      case .integer(let number): number
      case .boolean(let flag): flag ? 1 : 0
      default: nil
      }
    }
    func real(_ value: Value) -> Double? {
      if case .float(let number) = value { return number }
      return integer(value).map(Double.init)
    }
    if let a = integer(left), let b = integer(right) {
      return try integerOperation(a, op, b, at: range)
    }
    guard let a = real(left), let b = real(right) else { return nil }
    switch op {
    case .add: return .float(a + b)
    case .subtract: return .float(a - b)
    case .multiply: return .float(a * b)
    case .divide:
      guard b != 0 else { throw Diagnostic("float division by zero", at: range) }
      return .float(a / b)
    case .floorDivide:
      guard b != 0 else { throw Diagnostic("float floor division by zero", at: range) }
      return .float((a / b).rounded(.down))
    case .remainder:
      guard b != 0 else { throw Diagnostic("float modulo", at: range) }
      let remainder = fmod(a, b)
      return .float(remainder != 0 && (remainder < 0) != (b < 0) ? remainder + b : remainder)
    case .power:
      if a == 0, b < 0 {
        throw Diagnostic("0.0 cannot be raised to a negative power", at: range)
      }
      return .float(pow(a, b))
    case .matrixMultiply:
      return nil
    }
  }

  private func integerOperation(_ a: Int, _ op: BinaryOperator, _ b: Int, at range: SourceRange)
    throws(Diagnostic) -> Value?
  {
    func checked(_ result: (partialValue: Int, overflow: Bool)) throws(Diagnostic) -> Value {
      guard !result.overflow else { throw overflow(at: range) }
      return .integer(result.partialValue)
    }
    switch op {
    case .add: return try checked(a.addingReportingOverflow(b))
    case .subtract: return try checked(a.subtractingReportingOverflow(b))
    case .multiply: return try checked(a.multipliedReportingOverflow(by: b))
    case .divide:
      guard b != 0 else { throw Diagnostic("division by zero", at: range) }
      return .float(Double(a) / Double(b))
    case .floorDivide, .remainder:
      guard b != 0 else { throw Diagnostic("integer division or modulo by zero", at: range) }
      guard !(a == .min && b == -1) else { throw overflow(at: range) }
      var quotient = a / b
      if (a % b != 0) && ((a < 0) != (b < 0)) { quotient -= 1 }
      return .integer(op == .floorDivide ? quotient : a - quotient * b)
    case .power:
      guard b >= 0 else { return .float(pow(Double(a), Double(b))) }
      var result = 1
      for _ in 0..<min(b, 64) {
        let (product, overflowed) = result.multipliedReportingOverflow(by: a)
        guard !overflowed else { throw overflow(at: range) }
        result = product
      }
      if b > 64, a != 0, a != 1, a != -1 { throw overflow(at: range) }
      if b > 64, a == -1 { return .integer(b % 2 == 0 ? 1 : -1) }
      return .integer(result)
    case .matrixMultiply:
      return nil
    }
  }

  private func overflow(at range: SourceRange) -> Diagnostic {
    Diagnostic("integer overflow: convtutor's integers are 64-bit", at: range)
  }

  /// Python's truth value of a value.
  func truthiness(_ value: Value, at range: SourceRange) throws(Diagnostic) -> Bool {
    switch value {
    case .none: return false
    case .boolean(let flag): return flag
    case .integer(let number): return number != 0
    case .float(let number): return number != 0
    case .string(let text): return !text.isEmpty
    case .list(let items), .tuple(let items): return !items.isEmpty
    case .size(let sizes): return !sizes.isEmpty
    case .tensor, .parameter:
      let tensor = value.tensorValue!
      guard tensor.elementCount == 1 else {
        throw Diagnostic(
          "Boolean value of Tensor with more than one value is ambiguous", at: range)
      }
      return tensor.scalars[0] != 0
    default: return true
    }
  }
}
