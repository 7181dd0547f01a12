/// What the tutor says to one line the learner typed.
public struct QuizFeedback: Sendable, Equatable {
  /// The kind of reply.
  public enum Kind: Sendable, Equatable {
    /// The answer is right (✓).
    case right
    /// The answer is wrong and tries are left (✗).
    case wrong
    /// The tries are used up, or the learner gave up: the value is shown (✗).
    case revealed
    /// A hint.
    case hint
    /// Not an answer: not a number, a row that does not fit, nothing typed. Not a try.
    case notAnAnswer
  }

  /// The kind.
  public let kind: Kind
  /// The sentence(s), without the mark.
  let text: String
  /// The mistake named, if any.
  let misconception: Misconception?

  /// A reply.
  init(_ kind: Kind, _ text: String, misconception: Misconception? = nil) {
    self.kind = kind
    self.text = text
    self.misconception = misconception
  }

  /// `✓` or `✗` for answers, empty otherwise.
  var mark: String {
    switch kind {
    case .right: "✓"
    case .wrong, .revealed: "✗"
    case .hint, .notAnAnswer: ""
    }
  }

  /// The reply as one line: the mark first, then the text.
  public var line: String { mark.isEmpty ? text : mark + " " + text }
}
