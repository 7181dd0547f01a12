/// How a convolution fills the padding around its input (`padding_mode`).
public enum PaddingMode: String, Sendable, CaseIterable {
  /// Zeros (the default).
  case zeros
  /// The input mirrored at its edge, without repeating the edge: `c b | a b c | b a`.
  case reflect
  /// The edge value repeated: `a a | a b c | c c`.
  case replicate
  /// The input wrapped around: `b c | a b c | a b`.
  case circular

  /// The mode named by a `padding_mode=` string, or PyTorch's refusal in clear words.
  static func parse(_ text: String) throws(TorchError) -> PaddingMode {
    guard let mode = PaddingMode(rawValue: text) else {
      throw TorchError(
        .valueError,
        "padding_mode must be 'zeros', 'reflect', 'replicate' or 'circular', got '\(text)'")
    }
    return mode
  }
}
