import ConvCore

/// The mistakes of a convolution with several channels: an input channel's sum taken for the
/// whole, another output channel's kernel, the kernel's slices swapped.
extension MistakeFinder {
  /// Adds the channels' alternatives of `step`, likeliest first:
  ///
  /// 1. one input channel's sum alone, then with the bias, channel by channel from 0 (a
  ///    learner who stops early stops after the first channel's sum, before the bias);
  /// 2. another output channel's kernel over this window with this channel's bias, then that
  ///    channel's own value (its kernel and its bias: the wrong grid read whole), output
  ///    channel by output channel;
  /// 3. with two input channels, each multiplied by the other's kernel slice.
  ///
  /// Another output channel counts only when its window reads the same input channels (with
  /// `groups`, output channels of another group read other channels).
  func addChannels(
    _ reader: WindowReader, step: Step, sum: Step.WeightedSum,
    add: (Misconception, Double?) -> Void
  ) {
    let bias = sum.bias ?? 0
    let channelSums = step.channelSums
    if channelSums.count > 1 {
      for channel in channelSums {
        add(.oneInputChannel(channel.channel, layerHasBias: sum.bias != nil), channel.sum)
        if bias != 0 { add(.oneInputChannelAndBias(channel.channel), channel.sum + bias) }
      }
    }
    for other in otherOutputChannels(of: step) {
      guard case .weightedSum(let otherSum) = other.operation,
        let used = other.location?.channel, let own = step.location?.channel
      else { continue }
      add(.otherOutputChannelKernel(used: used, own: own), otherSum.sum + bias)
      if otherSum.bias != sum.bias {
        add(.otherOutputChannelValue(used: used, own: own), otherSum.total)
      }
    }
    if channelSums.count == 2 {
      add(
        .swappedKernelChannels,
        reader.convolution(shift: (0, 0), flipped: false, reversedChannels: true))
    }
  }

  /// The steps of the other output channels at this step's place (same batch, row and
  /// column) whose windows read the same input channels, in channel order.
  private func otherOutputChannels(of step: Step) -> [Step] {
    guard let window = steps.geometry.window, window.outputChannels > 1,
      let location = step.location
    else { return [] }
    let channelDimension = steps.geometry.isBatched ? 1 : 0
    let channels = step.window.map(\.channel)
    return (0..<window.outputChannels).compactMap { channel in
      guard channel != location.channel else { return nil }
      var position = step.outputPosition
      position[channelDimension] = channel
      guard let index = steps.index(ofOutputPosition: position) else { return nil }
      let other = steps[index]
      return other.window.map(\.channel) == channels ? other : nil
    }
  }
}
