/// The limits convtutor puts on a single layer call, so that no call can hang the tutor.
///
/// PyTorch would attempt any call that fits in memory; a tutor refuses instead, with a
/// ``TorchError/Kind/limitExceeded`` error that names the limit.
enum CallLimits {
  /// The most multiply-adds (or window reads, for pools) one call may do: 2 × 10⁹.
  static let maximumWork = 2_000_000_000
  /// The largest kernel size, stride, padding, dilation, channel count or group count: 2²⁴.
  static let maximumArgument = 16 * 1024 * 1024

  /// Refuses a size argument over ``maximumArgument``.
  static func checkArgument(_ value: Int, _ name: String) throws(TorchError) {
    guard value <= maximumArgument else {
      throw TorchError(
        .limitExceeded,
        "\(name) \(value) is over convtutor's limit of \(maximumArgument); use a smaller value")
    }
  }

  /// Refuses a call whose work is over ``maximumWork``.
  static func checkWork(outputCount: Int, windowSize: Int, layer: String) throws(TorchError) {
    let (work, overflow) = outputCount.multipliedReportingOverflow(by: windowSize)
    guard !overflow, work <= maximumWork else {
      throw TorchError(
        .limitExceeded,
        "this \(layer) call would need \(outputCount) outputs × \(windowSize) inputs each, "
          + "over convtutor's limit of \(maximumWork) operations; use a smaller input or layer")
    }
  }
}
