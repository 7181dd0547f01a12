/// What FSRS knows of the memory of one thing practised, after its reviews: how long it lasts
/// and how hard it is to hold.
public struct MemoryState: Sendable, Equatable {
  /// Days until the chance of recalling it falls to 90%; at least ``FSRS/minimumStability``.
  public var stability: Double
  /// How hard it is to hold, from 1 (easiest) to 10 (hardest).
  public var difficulty: Double

  /// A memory state from its parts, as they are (``FSRS`` keeps them in their ranges).
  public init(stability: Double, difficulty: Double) {
    self.stability = stability
    self.difficulty = difficulty
  }
}
