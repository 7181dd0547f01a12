/// PyTorch's CPU random number generator: a 32-bit Mersenne Twister (MT19937) seeded as
/// `torch.manual_seed` seeds it, and the draws that `torch.randint`, `torch.rand` and the
/// layers' default initialisation make from it.
///
/// The same seed gives the same numbers PyTorch gives: after `torch.manual_seed(0)`,
/// `torch.randint(10, (5,))` is `tensor([4, 9, 3, 0, 3])` here as in PyTorch.
public struct RandomGenerator: Sendable {
  /// The seed PyTorch's default CPU generator starts with when nobody called `manual_seed`.
  public static let defaultSeed: UInt64 = 67_280_421_310_721

  private var state = [UInt32](repeating: 0, count: 624)
  private var next = 624
  /// The seed last set.
  private(set) var seed: UInt64

  public init(seed: UInt64 = RandomGenerator.defaultSeed) {
    self.seed = seed
    reseed(seed)
  }

  /// Starts the sequence again from `seed` (PyTorch's `manual_seed`).
  public mutating func reseed(_ seed: UInt64) {
    self.seed = seed
    state[0] = UInt32(truncatingIfNeeded: seed)
    for index in 1..<624 {
      let previous = state[index - 1]
      state[index] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(index)
    }
    next = 624
  }

  /// The next 32 random bits.
  mutating func next32() -> UInt32 {
    if next >= 624 { twist() }
    var value = state[next]
    next += 1
    value ^= value >> 11
    value ^= (value << 7) & 0x9D2C_5680
    value ^= (value << 15) & 0xEFC6_0000
    value ^= value >> 18
    return value
  }

  /// The next 64 random bits, made from two draws as PyTorch makes them (first draw high).
  mutating func next64() -> UInt64 {
    let high = UInt64(next32())
    let low = UInt64(next32())
    return high << 32 | low
  }

  private mutating func twist() {
    for index in 0..<624 {
      let mixed = (state[index] & 0x8000_0000) | (state[(index + 1) % 624] & 0x7FFF_FFFF)
      var value = state[(index + 397) % 624] ^ (mixed >> 1)
      if mixed & 1 != 0 { value ^= 0x9908_B0DF }
      state[index] = value
    }
    next = 0
  }
}

extension RandomGenerator {
  /// An integer in `low..<high`, drawn as PyTorch's `random_from_to` draws it.
  public mutating func integer(from low: Int, below high: Int) -> Int {
    let range = UInt64(bitPattern: Int64(high &- low))
    let bits = range >= 1 << 32 ? next64() : UInt64(next32())
    return low &+ Int(truncatingIfNeeded: bits % range)
  }

  /// A number uniformly drawn from `[low, high)`, as PyTorch's `uniform_` draws one for
  /// `dtype` (24 random bits and `float` arithmetic for float32, 53 bits for float64).
  public mutating func uniform(from low: Double, to high: Double, dtype: DType) -> Double {
    switch dtype {
    case .float64:
      let unit = Double(next64() & ((1 << 53) - 1)) * 0x1p-53
      return unit * (high - low) + low
    default:
      let unit = Float(next32() & ((1 << 24) - 1)) * 0x1p-24
      let from = Float(low)
      let to = Float(high)
      let scaled = unit * (to - from)
      return Double(scaled + from)
    }
  }
}
