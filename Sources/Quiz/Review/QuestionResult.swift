/// How one question of a quiz ended: the review log keeps one per answer.
public struct QuestionResult: Sendable, Equatable {
  /// The question: the output's shape, or an output cell (its step index, row-major).
  public var question: QuizSession.Question
  /// The question as the quiz asks it, counted from 0: `Shape of the output`,
  /// `Row 0, column 1`.
  public var name: String
  /// How it ended.
  public var mark: CellMark
  /// Wrong tries on this question.
  public var wrongTries: Int
  /// Hints given on this question.
  public var hints: Int
  /// Seconds from the previous answer (or the quiz's start) to this one.
  public var seconds: Double

  /// A result from its parts.
  public init(
    question: QuizSession.Question, name: String, mark: CellMark, wrongTries: Int, hints: Int,
    seconds: Double
  ) {
    self.question = question
    self.name = name
    self.mark = mark
    self.wrongTries = wrongTries
    self.hints = hints
    self.seconds = seconds
  }
}
