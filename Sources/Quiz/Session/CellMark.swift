/// How an output cell (or the shape question) ended.
public enum CellMark: Sendable, Equatable, Codable {
  /// Right at the first try, without hints.
  case rightFirstTry
  /// Right after wrong tries or hints.
  case right
  /// Shown after the tries were used up.
  case revealed
  /// Shown because the learner gave up.
  case gaveUp

  /// Whether the learner found the value.
  public var isRight: Bool { self == .rightFirstTry || self == .right }

  /// `✓` for a right answer, `✗` for a value that was shown.
  var symbol: String { isRight ? "✓" : "✗" }
}
