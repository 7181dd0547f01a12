/// The `padding` argument of a convolution: numbers, `'same'` or `'valid'`.
public enum ConvolutionPadding: Sendable, Hashable {
  /// An explicit padding: `1` or `(2, 1)`.
  case explicit(PairArgument)
  /// Pad so that the output has the input's size (stride 1 only); an odd total padding puts
  /// the extra row or column at the bottom or right.
  case same
  /// No padding.
  case valid

  /// The padding named by a string argument, or a clear refusal.
  static func parse(_ text: String) throws(TorchError) -> ConvolutionPadding {
    switch text {
    case "same": return .same
    case "valid": return .valid
    default:
      throw TorchError(
        .valueError, "padding must be 'same', 'valid', an int or a pair, got '\(text)'")
    }
  }

  /// How PyTorch's repr writes a non-default padding: `(1, 1)`, `same`, `valid`; `nil` for
  /// zero padding, which the repr leaves out.
  var reprText: String? {
    switch self {
    case .explicit(let argument):
      let pair = argument.pair
      return pair == Pair(0) ? nil : pair.description
    case .same: return "same"
    case .valid: return "valid"
    }
  }
}
