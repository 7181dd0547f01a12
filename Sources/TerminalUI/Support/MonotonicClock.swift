/// Milliseconds of a clock that only moves forward, for timeouts and tick deadlines.
public enum MonotonicClock {
  private static let start = ContinuousClock.now

  /// Milliseconds since an arbitrary fixed start (the first use).
  public static func milliseconds() -> Int {
    let elapsed = ContinuousClock.now - start
    return Int(elapsed.components.seconds) * 1000
      + Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
  }
}
