import Testing

@testable import ConvCore

/// The generator is MT19937 seeded as PyTorch seeds it, so scripts draw PyTorch's numbers.
@Suite struct RandomGeneratorTests {
  @Test func mersenneTwisterReferenceSequence() {
    // The C++ standard fixes the 10,000th output of mt19937 with its default seed 5489.
    var generator = RandomGenerator(seed: 5489)
    #expect(generator.next32() == 3_499_211_612)
    for _ in 2..<10_000 { _ = generator.next32() }
    #expect(generator.next32() == 4_123_659_995)
  }

  @Test func seedZeroGivesPyTorchsRandint() {
    // PyTorch: torch.manual_seed(0); torch.randint(10, (5,)) == tensor([4, 9, 3, 0, 3]).
    var generator = RandomGenerator(seed: 0)
    #expect((0..<5).map { _ in generator.integer(from: 0, below: 10) } == [4, 9, 3, 0, 3])
  }

  @Test func seedZeroGivesPyTorchsRand() {
    // PyTorch: torch.manual_seed(0); torch.rand(3) == tensor([0.4963, 0.7682, 0.0885]).
    var generator = RandomGenerator(seed: 0)
    let values = (0..<3).map { _ in generator.uniform(from: 0, to: 1, dtype: .float32) }
    #expect(values.map { ($0 * 10_000).rounded() / 10_000 } == [0.4963, 0.7682, 0.0885])
  }

  @Test func reseedingRestartsTheSequence() {
    var generator = RandomGenerator()
    let first = (0..<4).map { _ in generator.next32() }
    generator.reseed(RandomGenerator.defaultSeed)
    #expect((0..<4).map { _ in generator.next32() } == first)
    #expect(generator.seed == RandomGenerator.defaultSeed)
  }

  @Test func wideRangesUseSixtyFourBits() {
    var generator = RandomGenerator(seed: 1)
    let value = generator.integer(from: 0, below: 1 << 40)
    #expect(value >= 0 && value < 1 << 40)
  }
}
