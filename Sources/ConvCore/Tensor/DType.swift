/// The element type of a tensor, named as PyTorch names it.
///
/// Values are stored as `Double`; a dtype decides how each value is rounded when it is stored,
/// so a `float32` tensor holds exactly the numbers PyTorch's `float32` holds.
public enum DType: String, Sendable, CaseIterable, Equatable {
  case float32
  case float64
  case int64

  /// Whether the type holds fractions (PyTorch's `dtype.is_floating_point`).
  public var isFloatingPoint: Bool { self != .int64 }

  /// The name PyTorch prints, e.g. `torch.float32`.
  public var torchName: String { "torch.\(rawValue)" }

  /// The C-style name PyTorch uses in some error messages, e.g. `float` or `long int`.
  var scalarTypeName: String {
    switch self {
    case .float32: "Float"
    case .float64: "Double"
    case .int64: "Long"
    }
  }

  /// Rounds `value` to the nearest number this type can hold.
  @inlinable
  public func rounded(_ value: Double) -> Double {
    switch self {
    case .float32: Double(Float(value))
    case .float64: value
    case .int64: DType.wrappedToInt64(value.rounded(.towardZero))
    }
  }

  /// An integer result wrapped into 64 bits as PyTorch's integer arithmetic wraps
  /// (`torch.tensor([2**62]) * 4` is `tensor([0])`); values past 2^53 are not exact.
  @usableFromInline
  static func wrappedToInt64(_ value: Double) -> Double {
    let limit = 9_223_372_036_854_775_808.0  // 2^63
    guard value.isFinite else { return -limit }
    if value >= -limit, value < limit { return value }
    var wrapped = value.truncatingRemainder(dividingBy: 2 * limit)
    if wrapped >= limit { wrapped -= 2 * limit }
    if wrapped < -limit { wrapped += 2 * limit }
    return wrapped
  }

  /// The type PyTorch gives the result of combining two tensors of these types.
  static func promoted(_ first: DType, _ second: DType) -> DType {
    if first == second { return first }
    if first == .float64 || second == .float64 { return .float64 }
    return .float32
  }
}
