import ConvCore

/// An operation the learner computes: what is asked, hints, and the answers.
public struct LessonQuiz: Sendable {
  /// What the learner computes: the output's shape, its cells, or both.
  public enum Ask: String, Sendable, CaseIterable {
    /// The output's shape.
    case shape
    /// The output's values.
    case cells
    /// The shape, then the values.
    case both

    /// Whether the shape is asked.
    public var asksShape: Bool { self != .cells }
    /// Whether the cells are asked.
    public var asksCells: Bool { self != .shape }
  }

  /// The operation, computed.
  public let operation: LessonOperation
  /// What is asked.
  public let ask: Ask
  /// The author's hints, each with its question, in the order written.
  public let hints: [LessonHint]

  /// The right answer: the engine's output.
  var answer: Tensor { operation.output }
  /// The author's answer key, checked equal to ``answer``.
  var expected: PrintedAnswer? { operation.expected }
  /// What the slide prints, if given.
  public var slide: SlideAnswer? { operation.slide }
  /// Where the slide is wrong.
  public var errata: [Erratum] { operation.errata }
}
