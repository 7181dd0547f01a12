import ConvCore
import Testing
import Workspace

/// Wrapping the arithmetic between terms, and summarising it when it cannot fit.
@Suite("ArithmeticText wrapping")
struct ArithmeticWrappingTests {
  static let l1 = "2×1 + 2×1 + 1×0 + 0×1 + 4×1 + 0×0 + 0×1 + 4×0 + 1×1 = 9"

  /// The text without spaces: what must survive wrapping.
  static func squeezed(_ text: String) -> String { text.filter { $0 != " " } }

  @Test func aShortTextIsOneLine() {
    #expect(ArithmeticText.wrapped(Self.l1, width: 80, maximumLines: 3) == [Self.l1])
  }

  @Test func linesBreakBeforeOperators() {
    let lines = ArithmeticText.wrapped(Self.l1, width: 24, maximumLines: 4)
    #expect(lines == ["2×1 + 2×1 + 1×0 + 0×1", "+ 4×1 + 0×0 + 0×1 + 4×0", "+ 1×1 = 9"])
  }

  @Test func wrappingNeverLosesATerm() throws {
    let texts = [
      Self.l1,
      ArithmeticText.text(
        for: try SeedExamples.threeChannels()[0][0], in: try SeedExamples.threeChannels()[0]),
      "max(−∞, −∞, [3], 2) = 3",
      "(0 + 0 + 0 + 3) / 4 = 0.75, padded zeros counted",
    ]
    for text in texts {
      for width in 8...100 {
        let lines = ArithmeticText.wrapped(text, width: width, maximumLines: 50)
        #expect(lines.allSatisfy { $0.count <= width }, "\(width): \(lines)")
        #expect(Self.squeezed(lines.joined()) == Self.squeezed(text), "\(width): \(lines)")
      }
    }
  }

  @Test func channelGroupsStartLinesWhenThereIsRoom() throws {
    let chain = try SeedExamples.threeChannels()
    let text = ArithmeticText.text(for: chain[0][3], in: chain[0])
    let lines = ArithmeticText.wrapped(text, width: 80, maximumLines: 4)
    #expect(lines.count == 4)
    #expect(lines[0].hasPrefix("ch0: ") && lines[1].hasPrefix("ch1: "))
    #expect(lines[3] == "→ 7 + 8 + 4 + 1 (bias) = 20")
    let three = ArithmeticText.wrapped(text, width: 80, maximumLines: 3)
    #expect(three.count == 3)
    #expect(Self.squeezed(three.joined()) == Self.squeezed(text))
  }

  @Test func aTextThatCannotFitIsSummarised() throws {
    let chain = try SeedExamples.threeChannels()
    let text = ArithmeticText.text(for: chain[0][3], in: chain[0])
    #expect(
      ArithmeticText.wrapped(text, width: 80, maximumLines: 1)
        == ["27 products (3 channels × 9) + 1 (bias) = 20"])
    #expect(
      ArithmeticText.wrapped(Self.l1, width: 30, maximumLines: 1) == ["9 products = 9"])
    #expect(
      ArithmeticText.wrapped("max(3, 2, [4], 0, 1, 1) = 4", width: 12, maximumLines: 1)
        == ["max of 6 va…"])
    #expect(
      ArithmeticText.wrapped("max(3, 2, [4], 0, 1, 1) = 4", width: 20, maximumLines: 1)
        == ["max of 6 values = 4"])
    #expect(
      ArithmeticText.wrapped("(1 + 0 + 3 + 1 + 4 + 1) / 6 = 1.6667", width: 30, maximumLines: 1)
        == ["sum of 6 values / 6 = 1.6667"])
  }

  @Test func nothingFitsInNoRoom() {
    #expect(ArithmeticText.wrapped(Self.l1, width: 0, maximumLines: 3).isEmpty)
    #expect(ArithmeticText.wrapped(Self.l1, width: 40, maximumLines: 0).isEmpty)
  }
}

/// Compact numbers for grid cells.
@Suite("ArithmeticText numbers")
struct ArithmeticNumberTextTests {
  @Test func integersHaveNoDecimals() {
    #expect(NumberText.compact(9) == "9")
    #expect(NumberText.compact(-250) == "-250")
    #expect(NumberText.compact(0) == "0")
    #expect(NumberText.compact(-0.0) == "0")
    #expect(NumberText.compact(16_777_216) == "16777216")
  }

  @Test func fractionsHaveAtMostFourDecimals() {
    #expect(NumberText.compact(Double(Float(5.0 / 3.0))) == "1.6667")
    #expect(NumberText.compact(Double(Float(5.0 / 6.0))) == "0.8333")
    #expect(NumberText.compact(2.5) == "2.5")
    #expect(NumberText.compact(-0.25) == "-0.25")
    #expect(NumberText.compact(1.99999) == "2")
  }

  @Test func specialValues() {
    #expect(NumberText.compact(-.infinity) == "-∞")
    #expect(NumberText.compact(.infinity) == "∞")
    #expect(NumberText.compact(.nan) == "nan")
    #expect(NumberText.compact(1e20) == "1e+20")
    #expect(NumberText.compact(0.00001234) == "1.234e-05")
    #expect(NumberText.compact(-3e-7) == "-3e-07")
  }

  @Test func arithmeticUsesTheMinusSign() {
    #expect(NumberText.arithmetic(-52) == "−52")
    #expect(NumberText.arithmetic(-.infinity) == "−∞")
    #expect(NumberText.arithmetic(3) == "3")
  }
}
