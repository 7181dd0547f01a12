/// Plain values: what a lesson's `layer:` may pass to a layer, data that runs nothing.
extension Expression {
  /// The first part of this expression that is not a plain value, or `nil` when all of it is
  /// one. A plain value is a number (with a sign or not), a string, `True`, `False`, `None`,
  /// or a tuple or list of plain values.
  public var firstNonPlainValue: Expression? {
    switch kind {
    case .integer, .float, .string, .boolean, .none: return nil
    case .unary(let op, let operand):
      guard op != .not else { return self }
      switch operand.kind {
      case .integer, .float: return nil
      default: return operand
      }
    case .tuple(let items), .list(let items):
      for item in items {
        if let problem = item.firstNonPlainValue { return problem }
      }
      return nil
    default:
      return self
    }
  }
}
