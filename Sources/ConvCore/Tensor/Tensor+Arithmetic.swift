#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Element-wise arithmetic with PyTorch's broadcasting and type promotion.
extension Tensor {
  /// An arithmetic operator of the prompt language.
  public enum Operator: String, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case floorDivide = "//"
    case remainder = "%"
    case power = "**"

    func apply(_ left: Double, _ right: Double) -> Double {
      switch self {
      case .add: left + right
      case .subtract: left - right
      case .multiply: left * right
      case .divide: left / right
      case .floorDivide: (left / right).rounded(.down)
      case .remainder:
        // Python's modulo: the result has the sign of the divisor.
        right == 0 ? .nan : left - right * (left / right).rounded(.down)
      case .power: pow(left, right)
      }
    }
  }

  /// One operand of an arithmetic expression: a tensor, or a plain Python number.
  ///
  /// Python numbers take part "weakly": `int64 tensor * 2` stays `int64` and
  /// `float32 tensor * 2.5` stays `float32`.
  public enum Operand: Sendable {
    case tensor(Tensor)
    case integer(Int)
    case float(Double)

    var tensor: Tensor {
      switch self {
      case .tensor(let tensor): tensor
      case .integer(let value): Tensor(scalar: Double(value), dtype: .int64)
      case .float(let value): Tensor(scalar: value, dtype: .float64)
      }
    }
  }

  /// The dtype PyTorch gives `left op right`.
  static func resultType(_ left: Operand, _ right: Operand, _ op: Operator) throws(TorchError)
    -> DType
  {
    func category(_ operand: Operand) -> (dtype: DType, isWeak: Bool) {
      switch operand {
      case .tensor(let tensor): (tensor.dtype, false)
      case .integer: (.int64, true)
      case .float: (.float32, true)
      }
    }
    let (leftType, leftWeak) = category(left)
    let (rightType, rightWeak) = category(right)
    var type: DType
    switch (leftWeak, rightWeak) {
    case (false, false), (true, true): type = DType.promoted(leftType, rightType)
    case (false, true):
      type = leftType.isFloatingPoint || !rightType.isFloatingPoint ? leftType : rightType
    case (true, false):
      type = rightType.isFloatingPoint || !leftType.isFloatingPoint ? rightType : leftType
    }
    if op == .divide, !type.isFloatingPoint { type = .float32 }
    return type
  }

  /// `left op right`, broadcasting shapes as PyTorch does.
  public static func combine(_ left: Operand, _ op: Operator, _ right: Operand)
    throws(TorchError) -> Tensor
  {
    let type = try resultType(left, right, op)
    let a = left.tensor
    let b = right.tensor
    let shape = try broadcastShape(a.shape, b.shape)
    let count = try elementCount(of: shape)
    if !type.isFloatingPoint, op == .floorDivide || op == .remainder,
      b.scalars.contains(0)
    {
      throw .runtime("ZeroDivisionError: integer division by zero")
    }
    let aStrides = broadcastStrides(a.shape, to: shape)
    let bStrides = broadcastStrides(b.shape, to: shape)
    var values = [Double](repeating: 0, count: count)
    var position = [Int](repeating: 0, count: shape.count)
    for index in 0..<count {
      var aOffset = 0
      var bOffset = 0
      for dimension in 0..<shape.count {
        aOffset += position[dimension] * aStrides[dimension]
        bOffset += position[dimension] * bStrides[dimension]
      }
      var value = op.apply(a.scalars[aOffset], b.scalars[bOffset])
      if !type.isFloatingPoint, op == .power, value.magnitude > 9.2e18 { value = 0 }
      values[index] = value
      var dimension = shape.count - 1
      while dimension >= 0 {
        position[dimension] += 1
        if position[dimension] < shape[dimension] { break }
        position[dimension] = 0
        dimension -= 1
      }
    }
    return Tensor(shape: shape, scalars: values, dtype: type)
  }

  /// The shape two shapes broadcast to, or PyTorch's error when they cannot.
  static func broadcastShape(_ first: [Int], _ second: [Int]) throws(TorchError) -> [Int] {
    let rank = Swift.max(first.count, second.count)
    var shape = [Int](repeating: 1, count: rank)
    for offset in 0..<rank {
      let a = offset < first.count ? first[first.count - 1 - offset] : 1
      let b = offset < second.count ? second[second.count - 1 - offset] : 1
      guard a == b || a == 1 || b == 1 else {
        throw .runtime(
          "The size of tensor a (\(a)) must match the size of tensor b (\(b)) at "
            + "non-singleton dimension \(rank - 1 - offset)")
      }
      shape[rank - 1 - offset] = a == 1 ? b : a
    }
    return shape
  }

  private static func broadcastStrides(_ shape: [Int], to target: [Int]) -> [Int] {
    let own = strides(of: shape)
    let lead = target.count - shape.count
    return target.indices.map { dimension in
      guard dimension >= lead else { return 0 }
      return shape[dimension - lead] == 1 ? 0 : own[dimension - lead]
    }
  }
}
