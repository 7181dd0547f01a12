/// A convolution's sum split by input channel: what each channel of the window adds.
extension Step {
  /// One input channel's share of a convolution's sum.
  public struct ChannelSum: Sendable, Equatable {
    /// The input channel read, numbered as the input's channels are.
    public let channel: Int
    /// The products over this channel's window cells, added up (no bias).
    public var sum: Double
  }

  /// A convolution's sum of products by input channel, one entry per channel the window
  /// reads, in window order; their sums add up to the step's sum before the bias. Empty for
  /// every other operation.
  public var channelSums: [ChannelSum] {
    guard case .weightedSum(let weighted) = operation else { return [] }
    var sums: [ChannelSum] = []
    for term in weighted.terms {
      let channel = window[term.cell].channel
      if sums.last?.channel == channel {
        sums[sums.count - 1].sum += term.product
      } else {
        sums.append(ChannelSum(channel: channel, sum: term.product))
      }
    }
    return sums
  }
}
