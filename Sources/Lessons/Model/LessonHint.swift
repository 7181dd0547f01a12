/// One of a lesson author's hints in a quiz (`hints:`), with the question it belongs to.
///
/// In format 1 a hint is a text, and its question follows from its place: with `ask: both`
/// the first hint is the shape's and the others are the cells'. From format 2 a hint may name
/// its question (`for: shape`, `for: cells` or `for: [row, column]`).
public struct LessonHint: Sendable, Equatable {
  /// The question a hint helps with.
  public enum Question: Sendable, Equatable {
    /// The output's shape.
    case shape
    /// Any output cell: given once, at the first cell where the learner asks for a hint.
    case cells
    /// One output cell, by its row-major index (the index of its step): given only there.
    case cell(Int)
  }

  /// The question it is for.
  public let question: Question
  /// The hint's text.
  public let text: String

  /// A hint for `question`.
  init(_ text: String, for question: Question) {
    self.text = text
    self.question = question
  }
}
