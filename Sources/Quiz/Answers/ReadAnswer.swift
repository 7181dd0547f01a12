/// What a line the learner typed says, before it is judged.
public enum ReadAnswer: Sendable, Equatable {
  /// Nothing but spaces.
  case empty
  /// One number.
  case number(AnswerNumber)
  /// Several numbers: a row typed at once (`11 13 12`).
  case numbers([AnswerNumber])
  /// A shape's sizes: `5x3`, `5×3` (``isLabel``: written without brackets), `(1, 5, 3)`,
  /// `[1, 5, 3]`, `torch.Size([1, 5, 3])`. Leading sizes of 1 may be left out in any form.
  case shape([Int], isLabel: Bool)
  /// A request for a hint: `?` or `hint`.
  case hint
  /// Giving up on the current question: `give up`, `giveup`, `skip`.
  case giveUp
  /// Text that is not a number, with the message to show (`not a number: abc`); never counts
  /// as a try.
  case unreadable(String)
}
