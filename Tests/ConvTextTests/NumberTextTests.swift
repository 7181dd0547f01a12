import ConvCore
import Testing

@testable import ConvText

/// Numbers written in their tensor's notation, as PyTorch's printer picks it.
@Suite("NumberText")
struct NumberTextTests {
  static func notation(_ values: [Double], _ dtype: DType = .float32) -> ElementNotation {
    ElementNotation(values: values, dtype: dtype)
  }

  @Test func integralTensorsHaveNoDecimals() {
    let notation = Self.notation([9, -250, 0, 4])
    #expect(notation.style == .integer)
    #expect(NumberText.text(9, in: notation) == "9")
    #expect(NumberText.text(-250, in: notation) == "-250")
    #expect(NumberText.text(0, in: notation) == "0")
  }

  @Test func everyElementOfAFractionalTensorHasFourDecimals() {
    // PyTorch prints tensor([0.0520, -1.0390, 2.0000]).
    let notation = Self.notation([0.052, -1.039, 2])
    #expect(notation.style == .fixed)
    #expect(NumberText.text(0.052, in: notation) == "0.0520")
    #expect(NumberText.text(-1.039, in: notation) == "-1.0390")
    #expect(NumberText.text(2, in: notation) == "2.0000")
    #expect(NumberText.text(0, in: notation) == "0.0000")
  }

  @Test func wideRangesAreScientific() {
    // PyTorch prints tensor([1.0000e+05, 1.0000e+00]) and tensor([1.2346e+20]).
    let notation = Self.notation([1e5, 1])
    #expect(notation.style == .scientific)
    #expect(NumberText.text(1, in: notation) == "1.0000e+00")
    #expect(NumberText.text(1.23456e20) == "1.2346e+20")
    #expect(NumberText.text(0.00001234) == "1.2340e-05")
  }

  @Test func aValueTheNotationCannotHoldIsWrittenInItsOwn() {
    let integers = Self.notation([1, 2, 3])
    #expect(NumberText.text(2.5, in: integers) == "2.5000")
    #expect(NumberText.text(1e20, in: integers) == "1.0000e+20")
    let fixed = Self.notation([0.5, 1.5])
    #expect(NumberText.text(1e-6, in: fixed) == "1.0000e-06")
  }

  @Test func integerTensorsAreIntegers() {
    let notation = Self.notation([3, -7], .int64)
    #expect(NumberText.text(-7, in: notation) == "-7")
  }

  @Test func specialValues() {
    let notation = Self.notation([1.5])
    #expect(NumberText.text(-.infinity, in: notation) == "-∞")
    #expect(NumberText.text(.infinity, in: notation) == "∞")
    #expect(NumberText.text(.nan, in: notation) == "nan")
  }

  @Test func factorsInParentheses() {
    let notation = Self.notation([1, -1])
    #expect(NumberText.factor(-1, in: notation) == "(-1)")
    #expect(NumberText.factor(3, in: notation) == "3")
    #expect(NumberText.index([0, 1, 2]) == "[0, 1, 2]")
  }

  @Test func theNotationIsPyTorchs() {
    // The same notation prints tensors at the prompt: one rule.
    let tensor = Tensor(shape: [3], scalars: [0.052, -1.039, 2])
    #expect(tensor.pytorchDescription() == "tensor([ 0.0520, -1.0390,  2.0000])")
  }
}
