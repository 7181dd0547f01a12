import ConvPrompt

/// A place where a slide prints something other than what PyTorch computes, or an author's
/// remark about the slide: shown to the learner as a note, never as the answer.
public struct Erratum: Sendable, Equatable {
  /// What the erratum is about.
  public enum Subject: Sendable, Equatable {
    /// The output's shape label.
    case shape
    /// The printed grid as a whole (its size differs from the output's).
    case grid
    /// One output element, by its row-major index (the index of its step).
    case cell(Int)
    /// The kernel the slide draws.
    case weight
    /// The author's remark (`slide: note:`).
    case remark
  }

  /// What it is about.
  public let subject: Subject
  /// The explanation: what the slide prints, what is right, and why (`the slide prints 297;
  /// the maximum of 44, -317, 29, -98 is 44`).
  public let message: String
  /// Where the slide's value is written in the lesson file.
  let location: SourceLocation
}
