import ConvText
import Testing

@testable import ConvCore

/// The arithmetic of one step as text, exactly as the view and plain mode show it.
@Suite("ArithmeticText")
struct ArithmeticTextTests {
  /// The arithmetic of step `step` of the first stage of `chain`.
  static func text(_ chain: CallChain, stage: Int = 0, step: Int) -> String {
    ArithmeticText(for: chain[stage][step], in: chain[stage]).text
  }

  static func text(_ example: String, stage: Int = 0, step: Int) throws -> String {
    text(try SeedExamples.example(example).chain(), stage: stage, step: step)
  }

  @Test func convolutionWithoutBias() throws {
    #expect(
      try Self.text("L1", step: 0)
        == "2×1 + 2×1 + 1×0 + 0×1 + 4×1 + 0×0 + 0×1 + 4×0 + 1×1 = 9")
  }

  @Test func convolutionWithBias() throws {
    #expect(
      try Self.text("L2", step: 0)
        == "2×1 + 2×1 + 1×0 + 0×1 + 4×1 + 0×0 + 0×1 + 4×0 + 1×1 + 1 (bias) = 10")
  }

  @Test func negativeWeightsInParentheses() throws {
    // E5a cell (1, 1): (0 + 30 + 191) - (43 + 230 + 0) = -52.
    #expect(
      try Self.text("E5", step: 6)
        == "0×1 + 0×0 + 43×(-1) + 30×1 + 250×0 + 230×(-1) + 191×1 + 38×0 + 0×(-1) = -52")
  }

  @Test func paddedCellsReadZero() throws {
    #expect(
      try Self.text("E2a", step: 0)
        == "0×1 + 0×0 + 0×1 + 0×1 + 2×1 + 4×1 + 0×0 + 3×1 + 3×0 + 2 (bias) = 11")
  }

  @Test func negativeBiasIsSubtracted() throws {
    let chain = try CallChain(
      layers: [try SeedExamples.conv([[1, 2]], bias: -1.5)],
      input: Tensor(shape: [1, 1, 2], scalars: [-3, 4]))
    // The input and weights are integral, the bias and the output are not: each is written as
    // its tensor prints.
    #expect(Self.text(chain, step: 0) == "(-3)×1 + 4×2 - 1.5000 (bias) = 3.5000")
  }

  @Test func maxPoolingMarksTheWinner() throws {
    #expect(try Self.text("P1", step: 0) == "max([3], 2, 0, 3) = 3")
    #expect(try Self.text("P1", step: 1) == "max(1, 0, [3], 1) = 3")
    #expect(try Self.text("E5", stage: 1, step: 3) == "max([44], -317, 29, -98) = 44")
  }

  @Test func maxPoolingPaddingIsMinusInfinity() throws {
    let chain = try CallChain(
      layers: [try MaxPool2d(kernelSize: .single(2), padding: .single(1))],
      input: SeedExamples.grid(SeedExamples.pooling))
    #expect(Self.text(chain, step: 0) == "max(-∞, -∞, -∞, [3]) = 3")
  }

  @Test func averagePooling() throws {
    // The output holds 1.6667, so every output cell has four decimals, as PyTorch prints it.
    #expect(try Self.text("P4", step: 0) == "(3 + 2 + 0 + 3 + 3 + 1) / 6 = 2.0000")
    #expect(try Self.text("P4", step: 1) == "(1 + 0 + 3 + 1 + 4 + 1) / 6 = 1.6667")
    #expect(try Self.text("P5", step: 3) == "(1 + 1 + 0) / 3 = 0.6667")
  }

  @Test func averagePoolingCountsPaddedZerosOrNot() throws {
    let input = SeedExamples.grid(SeedExamples.pooling)
    let counted = try CallChain(
      layers: [try AvgPool2d(kernelSize: .single(2), padding: .single(1))], input: input)
    #expect(Self.text(counted, step: 0) == "(0 + 0 + 0 + 3) / 4 = 0.7500, padded zeros counted")
    let notCounted = try CallChain(
      layers: [
        try AvgPool2d(kernelSize: .single(2), padding: .single(1), countIncludePad: false)
      ], input: input)
    #expect(Self.text(notCounted, step: 0) == "3 / 1 = 3.0000, padding not counted")
    #expect(Self.text(notCounted, step: 1) == "(2 + 1) / 2 = 1.5000, padding not counted")
  }

  @Test func divisorOverride() throws {
    let chain = try CallChain(
      layers: [try AvgPool2d(kernelSize: .single(2), divisorOverride: 3)],
      input: SeedExamples.grid(SeedExamples.pooling))
    #expect(Self.text(chain, step: 0) == "(3 + 2 + 0 + 3) / 3 = 2.6667, divisor_override=3")
  }

  @Test func flattenNamesTheIndexFormula() throws {
    let input = Tensor(shape: [1, 3, 2], scalars: [2, 4, 3, 1, 3, 4])
    let chain = try CallChain(layers: [Flatten()], input: input)
    #expect(Self.text(chain, step: 3) == "x[0, 1, 1] → i = 1·2 + 1 = 3 → y[0, 3] = 1")
    let all = try CallChain(
      layers: [Flatten(startDimension: 0)],
      input: Tensor(shape: [2, 3, 2], scalars: (0..<12).map(Double.init)))
    #expect(Self.text(all, step: 11) == "x[1, 2, 1] → i = 1·3·2 + 2·2 + 1 = 11 → y[11] = 11")
  }

  @Test func reluIsMaxWithZero() throws {
    let chain = try CallChain(
      layers: [ReLU()], input: Tensor(shape: [3], scalars: [-3, 2.5, -.infinity]))
    #expect(Self.text(chain, step: 0) == "max(0, -3.0000) = 0.0000")
    #expect(Self.text(chain, step: 1) == "max(0, 2.5000) = 2.5000")
    #expect(Self.text(chain, step: 2) == "max(0, -∞) = 0.0000")
  }

  @Test func channelsAreGroupedAndSummed() throws {
    let text = Self.text(try SeedExamples.threeChannels(), step: 3)
    #expect(
      text
        == "ch0: 1×1 + 2×0 + 2×1 + 4×0 + 1×1 + 3×0 + 2×1 + 0×0 + 1×1 = 7   "
        + "ch1: 0×0 + 2×1 + 4×0 + 3×1 + 1×(-1) + 0×1 + 1×0 + 4×1 + 1×0 = 8   "
        + "ch2: 1×2 + 0×0 + 3×0 + 0×0 + 2×0 + 1×0 + 3×0 + 0×0 + 2×1 = 4   "
        + "→ 7 + 8 + 4 + 1 (bias) = 20")
  }
}
