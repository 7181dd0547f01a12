import ConvText

/// A named mistake: what a wrong answer equals, and the sentence that tells the learner.
///
/// The sentences name the mistake without giving the right value away.
public enum Misconception: Sendable, Equatable {
  /// The sum without the bias.
  case forgotBias(Double)
  /// The bias added twice.
  case biasTwice(Double)
  /// One input channel's sum alone (channels counted from 0), in a window of several
  /// channels; `layerHasBias` says whether the layer adds a bias after the channels' sums.
  case oneInputChannel(Int, layerHasBias: Bool)
  /// One input channel's sum plus the bias, the other channels' sums left out.
  case oneInputChannelAndBias(Int)
  /// The kernel of another output channel (`used`) over this window, with this channel's
  /// bias; `own` is the output channel asked.
  case otherOutputChannelKernel(used: Int, own: Int)
  /// The value of another output channel (`used`) at this place: its kernel and its bias.
  case otherOutputChannelValue(used: Int, own: Int)
  /// In a window of two input channels, each channel multiplied by the other's kernel slice.
  case swappedKernelChannels
  /// True convolution: the kernel flipped in both directions.
  case flippedKernel
  /// The same output cell computed as if there were no padding.
  case ignoredPadding
  /// The padding added on one side only (`top` or `left`).
  case paddingOnOneSide(String)
  /// The value of a neighbouring window, in the direction named (`to the right`, `below`…).
  case neighbourWindow(String)
  /// The window moved one cell at a time instead of by the stride.
  case forgotStride(Int)
  /// An input value under a kernel weight of 0 added to the sum.
  case addedUncoveredCell
  /// The window's values added up, ignoring the weights.
  case ignoredWeights
  /// Average pooling's padded zeros counted when they are not, or the other way round.
  case paddedZeros(counted: Bool)
  /// The sum of an average window, not divided.
  case forgotToDivide(Int)
  /// The maximum where the average was asked.
  case maximumInsteadOfAverage
  /// The average where the maximum was asked.
  case averageInsteadOfMaximum
  /// A value of the max-pooling window that is not its largest.
  case notTheLargest
  /// A wrong output shape: the mistakes it shows (``ShapeMistake``), most telling first.
  case shape([ShapeMistake])

  /// The feedback sentence, without the ✗.
  var sentence: String {
    switch self {
    case .forgotBias(let bias):
      "You forgot the bias (\(signed(bias))): it is added once to every output cell."
    case .biasTwice(let bias):
      "You added the bias (\(signed(bias))) twice: it is added once, after the products."
    case .oneInputChannel(let channel, let layerHasBias):
      "That is input channel \(channel)'s sum alone: an output cell adds the sums of every "
        + (layerHasBias ? "input channel, then the bias." : "input channel.")
    case .oneInputChannelAndBias(let channel):
      "That is input channel \(channel)'s sum plus the bias: an output cell adds the sums of "
        + "every input channel, then the bias."
    case .otherOutputChannelKernel(let used, let own):
      "That uses the kernel of output channel \(used): output channel \(own) has its own kernel."
    case .otherOutputChannelValue(let used, let own):
      "That is output channel \(used)'s value at this place: output channel \(own) has its own "
        + "kernel and its own bias."
    case .swappedKernelChannels:
      "You swapped the kernel's input channels: each input channel is multiplied by its own "
        + "slice of the kernel, weight[output channel, input channel]."
    case .flippedKernel:
      "You flipped the kernel: PyTorch's Conv2d multiplies each window cell by the weight at "
        + "the same place, without flipping."
    case .ignoredPadding:
      "You left out the padding: the window slides over the padded grid, ring of padding "
        + "included."
    case .paddingOnOneSide(let side):
      "You padded on one side only: the padding goes on every side, not only the \(side)."
    case .neighbourWindow(let direction):
      "That is the window one stride further \(direction): check where this cell's window "
        + "starts."
    case .forgotStride(let stride):
      "You moved the window one cell at a time, but the stride is \(stride): each window "
        + "starts \(stride) cells after the previous one."
    case .addedUncoveredCell:
      "You added something the kernel does not cover: a window cell whose weight is 0 "
        + "counts for nothing."
    case .ignoredWeights:
      "You added up the window's values, but each value is first multiplied by its weight."
    case .paddedZeros(let counted):
      counted
        ? "You counted the padded zeros in the divisor, but this layer does not "
          + "(count_include_pad=False)."
        : "You left the padded zeros out of the divisor, but this layer counts them "
          + "(count_include_pad=True)."
    case .forgotToDivide(let divisor):
      "That is the window's sum: an average divides it by \(divisor)."
    case .maximumInsteadOfAverage:
      "That is the maximum of the window, but this layer takes the average (max versus average)."
    case .averageInsteadOfMaximum:
      "That is the average of the window, but this layer takes the maximum (max versus average)."
    case .notTheLargest:
      "That value is in the window, but it is not the largest: compare every value of the "
        + "window, negative ones too (of two negatives, the one closer to 0 is larger)."
    case .shape(let mistakes):
      mistakes.map(\.sentence).joined(separator: " ")
    }
  }

  /// The drill skill that practises against this mistake.
  var skill: Skill {
    switch self {
    case .forgotBias, .biasTwice: .bias
    // No drill is about channels alone; the conv drill, whose input has one or two
    // channels, is the nearest practice for the channels' mistakes.
    case .flippedKernel, .addedUncoveredCell, .ignoredWeights, .oneInputChannel,
      .oneInputChannelAndBias, .otherOutputChannelKernel, .otherOutputChannelValue,
      .swappedKernelChannels:
      .conv
    case .ignoredPadding, .paddingOnOneSide: .padding
    case .neighbourWindow, .forgotStride: .stride
    case .paddedZeros, .forgotToDivide, .maximumInsteadOfAverage: .avgpool
    case .averageInsteadOfMaximum, .notTheLargest: .maxpool
    case .shape: .shape
    }
  }

  private func signed(_ value: Double) -> String {
    let text = NumberText.text(value)
    return value < 0 ? text : "+" + text
  }
}
