/// A place in a script: a 1-based line and a 1-based column counted in characters.
public struct SourceLocation: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public var description: String { "\(line):\(column)" }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

/// The span of source a syntax node came from: `start` inclusive, `end` exclusive.
public struct SourceRange: Sendable, Equatable, Hashable {
  public var start: SourceLocation
  public var end: SourceLocation

  init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  /// The smallest range covering both.
  func union(_ other: SourceRange) -> SourceRange {
    SourceRange(start: min(start, other.start), end: max(end, other.end))
  }
}
