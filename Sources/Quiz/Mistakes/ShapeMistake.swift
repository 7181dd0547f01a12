/// A mistake a wrong output shape shows, named without giving the right shape away: the
/// sentences say what was done wrong and the rule, never this call's filled-in formula (that
/// is a hint, asked for with `?`).
public enum ShapeMistake: Sendable, Equatable {
  /// The input's own size given as the output's.
  case inputSize
  /// The padded input's size given as the output's.
  case paddedSize
  /// The size without the padding.
  case ignoredPadding
  /// The size with the window moved one cell at a time instead of by the stride.
  case forgotStride(Int)
  /// The size with the kernel's taps next to each other instead of dilated.
  case forgotDilation(Int)
  /// The division rounded the other way: `ceiling` is how the layer rounds.
  case rounding(ceiling: Bool)
  /// `n − k` instead of `n − k + 1`: the window's first place not counted.
  case withoutPlusOne
  /// Rows and columns in the wrong order.
  case rowsAndColumnsSwapped
  /// One channel where a convolution gives out_channels of them.
  case channelsForgotten
  /// The input's channel count where a convolution gives out_channels (this many in).
  case channelsFromInput(Int)
  /// A pool's output given another channel count than its input's.
  case channelsChanged
  /// With a named mistake in the channels, the grid's sizes are wrong too (1-d: the length).
  case gridAlsoWrong(oneDimensional: Bool)
  /// With a named mistake in the grid's sizes, the channels are wrong too.
  case channelsAlsoWrong
  /// Flatten's input shape, unchanged.
  case notFlattened

  /// The feedback sentence.
  var sentence: String {
    switch self {
    case .inputSize:
      "That is the input's own size: the output has one cell per place the window fits."
    case .paddedSize:
      "That is the padded input's size: the output has one cell per place the window fits "
        + "in it."
    case .ignoredPadding:
      "You left out the padding: it adds cells on both sides (n + 2·p) before the window "
        + "slides."
    case .forgotStride(let stride):
      "You moved the window one cell at a time, but the stride is \(stride): count the places "
        + "it lands, \(stride) cells apart, so divide by the stride before adding 1."
    case .forgotDilation(let dilation):
      "You left out the dilation: with dilation \(dilation) the kernel's k taps span "
        + "d·(k - 1) + 1 cells, not k."
    case .rounding(let ceiling):
      ceiling
        ? "You rounded the division down, but this layer rounds it up (ceil_mode=True): a "
          + "last window that starts inside the input counts even if it hangs over the edge."
        : "You rounded the division up, but this layer rounds it down (ceil_mode=False): a "
          + "window that would hang over the edge is dropped."
    case .withoutPlusOne:
      "You left out the + 1: the window's first place counts too, so a k-wide window fits "
        + "n - k + 1 times in n cells, not n - k."
    case .rowsAndColumnsSwapped:
      "Rows and columns are swapped: PyTorch's shape gives the rows (the height) before the "
        + "columns (the width)."
    case .channelsForgotten:
      "You wrote 1 channel, but a Conv2d gives one output channel per kernel: out_channels "
        + "of them."
    case .channelsFromInput(let count):
      "That is the input's channel count (\(count)): a Conv2d's output has out_channels "
        + "channels, one per kernel, whatever the input has."
    case .channelsChanged:
      "A pooling layer keeps the channels: it pools each channel of its input on its own."
    case .gridAlsoWrong(let oneDimensional):
      oneDimensional
        ? "The length is not right either."
        : "The rows and columns are not "
          + "right either."
    case .channelsAlsoWrong:
      "The channels are not right either."
    case .notFlattened:
      "That is the input's shape: Flatten merges the dimensions from start_dim to end_dim "
        + "into one, whose size is their product."
    }
  }
}
