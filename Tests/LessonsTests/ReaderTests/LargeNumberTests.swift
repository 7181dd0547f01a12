import Testing

@testable import Lessons

/// Numbers past what a message writes with decimals (1e15 and more, tiny fractions) are
/// written in scientific notation, as grid cells are, in every message the checker makes.
@Suite struct LargeNumberTests {
  /// Found by fuzzing (`Fuzz/run.sh lesson`): an input cell of 1e20 under a wrong `expect`
  /// trapped while the checker wrote the arithmetic of the right value.
  @Test func aHugeInputUnderAWrongExpectIsExplained() throws {
    let text = """
      format: 1
      id: huge
      title: Huge numbers
      summary: A cell of 1e20.
      steps:
        - show:
            layer: nn.Conv2d(1, 1, kernel_size=2, bias=False)
            input: |
              1e20 0.5
              2 0.00001
            weight: |
              1 1
              1 1
            expect:
              cells: |
                3
      """
    let result = LessonReader.read(text: text, fileName: "huge.yaml")
    let message = try #require(result.diagnostics.first { $0.isError }?.message)
    #expect(message.contains("1.0000e+20"), "\(message)")
    #expect(message.contains("1.0000e-05"), "\(message)")
  }

  /// A negative bias is subtracted, as the animation writes it, not added in parentheses.
  @Test func aNegativeBiasIsWrittenAsTheAnimationWritesIt() throws {
    let text = """
      format: 1
      id: bias
      title: A negative bias
      summary: Bias -1.
      steps:
        - show:
            layer: nn.Conv2d(1, 1, kernel_size=1)
            input: |
              3
            weight: |
              2
            bias: -1
            expect:
              cells: |
                7
      """
    let result = LessonReader.read(text: text, fileName: "bias.yaml")
    let message = try #require(result.diagnostics.first { $0.isError }?.message)
    #expect(message.contains("3×2 - 1 (bias) = 5"), "\(message)")
  }
}
