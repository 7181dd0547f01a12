/// What a window operation sees in the padding around its input.
public enum PaddingFill: Sendable, Hashable {
  /// Zeros: convolutions with `padding_mode='zeros'`, average pooling.
  case zeros
  /// −∞: max pooling (PyTorch skips these cells; they can never win).
  case negativeInfinity
  /// The input mirrored at its edge (`padding_mode='reflect'`).
  case reflect
  /// The edge value repeated (`padding_mode='replicate'`).
  case replicate
  /// The input wrapped around (`padding_mode='circular'`).
  case circular

  /// The fill a convolution's `padding_mode` gives.
  init(_ mode: PaddingMode) {
    switch mode {
    case .zeros: self = .zeros
    case .reflect: self = .reflect
    case .replicate: self = .replicate
    case .circular: self = .circular
    }
  }

  /// Whether padding cells copy an input cell (reflect, replicate, circular).
  var copiesInput: Bool {
    switch self {
    case .zeros, .negativeInfinity: false
    case .reflect, .replicate, .circular: true
    }
  }

  /// The constant in padding cells; `nil` when they copy the input.
  public var constant: Double? {
    switch self {
    case .zeros: 0
    case .negativeInfinity: -.infinity
    case .reflect, .replicate, .circular: nil
    }
  }

  /// The input index that padded index `index` shows along a dimension of `size` cells with
  /// `before` cells of padding in front; `nil` for a constant padding cell.
  ///
  /// Padding sizes must have been checked (``InputPadding/checkCopyPadding``): reflect needs
  /// padding below the size, circular at most the size.
  func source(ofPadded index: Int, size: Int, before: Int) -> Int? {
    let offset = index - before
    if offset >= 0 && offset < size { return offset }
    switch self {
    case .zeros, .negativeInfinity:
      return nil
    case .reflect:
      let reflected = offset < 0 ? -offset : 2 * (size - 1) - offset
      return Swift.min(Swift.max(reflected, 0), size - 1)
    case .replicate:
      return offset < 0 ? 0 : size - 1
    case .circular:
      return ((offset % size) + size) % size
    }
  }
}
