import ConvText
import Testing

@testable import ConvCore
@testable import Workspace

/// Wrapping the arithmetic between terms, and summarising it when it cannot fit.
@Suite("ArithmeticText wrapping")
struct ArithmeticWrappingTests {
  static let l1 = "2×1 + 2×1 + 1×0 + 0×1 + 4×1 + 0×0 + 0×1 + 4×0 + 1×1 = 9"

  /// The arithmetic of step `step` of stage `stage` of seed example `name`.
  static func arithmetic(_ name: String, stage: Int = 0, step: Int) throws -> ArithmeticText {
    let chain = try SeedExamples.example(name).chain()
    return ArithmeticText(for: chain[stage][step], in: chain[stage])
  }

  /// L1's first step: `l1`.
  static func first() throws -> ArithmeticText { try arithmetic("L1", step: 0) }

  /// The text without spaces: what must survive wrapping.
  static func squeezed(_ text: String) -> String { text.filter { $0 != " " } }

  @Test func aShortTextIsOneLine() throws {
    #expect(try Self.first().lines(width: 80, maximumLines: 3) == [Self.l1])
  }

  @Test func linesBreakBeforeOperators() throws {
    let lines = try Self.first().lines(width: 24, maximumLines: 4)
    #expect(lines == ["2×1 + 2×1 + 1×0 + 0×1", "+ 4×1 + 0×0 + 0×1 + 4×0", "+ 1×1 = 9"])
  }

  /// A piece wider than a line is cut into rows by display columns, between clusters: a
  /// question of wide characters as the arithmetic's only piece.
  @Test func aPieceWiderThanTheLineIsCutByColumns() {
    let question = String(repeating: "卷积👍🏽", count: 6) + " = ?"
    let text = ArithmeticText(
      groups: [[ArithmeticText.Piece(question, .label)]],
      summaries: [[ArithmeticText.Piece(question, .label)]])
    let lines = text.lines(width: 10, maximumLines: 5)
    // Five clusters of two columns a row; the last row ends with the ASCII.
    #expect(lines == ["卷积👍🏽卷积", "👍🏽卷积👍🏽卷", "积👍🏽卷积👍🏽", "卷积👍🏽 = ?"])
  }

  @Test func wrappingNeverLosesATerm() throws {
    let input = SeedExamples.grid(SeedExamples.pooling)
    let maximum = try CallChain(
      layers: [try MaxPool2d(kernelSize: .single(2), padding: .single(1))], input: input)
    let average = try CallChain(
      layers: [try AvgPool2d(kernelSize: .single(2), padding: .single(1))], input: input)
    let channels = try SeedExamples.threeChannels()
    let all = [
      try Self.first(), ArithmeticText(for: channels[0][0], in: channels[0]),
      ArithmeticText(for: maximum[0][1], in: maximum[0]),
      ArithmeticText(for: average[0][0], in: average[0]),
    ]
    for arithmetic in all {
      let text = arithmetic.text
      for width in 8...100 {
        let lines = arithmetic.lines(width: width, maximumLines: 50)
        #expect(lines.allSatisfy { $0.count <= width }, "\(width): \(lines)")
        #expect(Self.squeezed(lines.joined()) == Self.squeezed(text), "\(width): \(lines)")
      }
    }
  }

  @Test func channelGroupsStartLinesWhenThereIsRoom() throws {
    let chain = try SeedExamples.threeChannels()
    let arithmetic = ArithmeticText(for: chain[0][3], in: chain[0])
    let lines = arithmetic.lines(width: 80, maximumLines: 4)
    #expect(lines.count == 4)
    #expect(lines[0].hasPrefix("ch0: ") && lines[1].hasPrefix("ch1: "))
    #expect(lines[3] == "→ 7 + 8 + 4 + 1 (bias) = 20")
    let three = arithmetic.lines(width: 80, maximumLines: 3)
    #expect(three.count == 3)
    #expect(Self.squeezed(three.joined()) == Self.squeezed(arithmetic.text))
  }

  @Test func aTextThatCannotFitIsSummarised() throws {
    let chain = try SeedExamples.threeChannels()
    let arithmetic = ArithmeticText(for: chain[0][3], in: chain[0])
    #expect(
      arithmetic.lines(width: 80, maximumLines: 1)
        == ["channel sums 7 + 8 + 4 + 1 (bias) = 20 (27 products, 3 channels × 3×3)"])
    #expect(
      arithmetic.lines(width: 60, maximumLines: 1)
        == ["27 products (3 channels × 3×3) + 1 (bias) = 20"])
    #expect(try Self.first().lines(width: 30, maximumLines: 1) == ["9 products (3×3) = 9"])
    let maximum = try Self.arithmetic("P3", step: 0)
    #expect(maximum.text == "max([3], 2, 1) = 3")
    #expect(maximum.lines(width: 12, maximumLines: 1) == ["max of 3 va…"])
    let four = try Self.arithmetic("P1", step: 0)
    #expect(four.text == "max([3], 2, 0, 3) = 3")
    #expect(four.lines(width: 20, maximumLines: 1) == ["max of 4 values = 3"])
    let average = try Self.arithmetic("P4", step: 1)
    #expect(
      average.lines(width: 30, maximumLines: 1) == ["sum of 6 values / 6 = 1.6667"])
  }

  @Test func nothingFitsInNoRoom() throws {
    #expect(try Self.first().lines(width: 0, maximumLines: 3).isEmpty)
    #expect(try Self.first().lines(width: 40, maximumLines: 0).isEmpty)
  }
}
