import ConvCore
import Testing

@testable import Quiz

/// Every named mistake, with the slides' exercises (and a few layers of the core).
@Suite struct MisconceptionTests {
  @Test(arguments: [
    // Exercise 1, no bias: typing 5 where 4 is right adds a cell of weight 0.
    (1, 0, 0, 0, "5", Misconception.addedUncoveredCell),
    (1, 0, 0, 0, "7", .neighbourWindow("to the right")),
    (1, 0, 0, 0, "14", .ignoredWeights),
    (1, 0, 1, 2, "5", .neighbourWindow("up")),
    // Exercise 1 with bias 2: the bias forgotten or added twice.
    (1, 1, 0, 0, "4", .forgotBias(2)),
    (1, 1, 0, 0, "8", .biasTwice(2)),
    // Exercise 2: padding left out, or on one side only; stride 2 forgotten.
    (2, 0, 0, 0, "18", .ignoredPadding),
    (2, 0, 0, 0, "15", .paddingOnOneSide("left")),
    (2, 1, 1, 1, "18", .forgotStride(2)),
    // 13 is also the window padded on the left only; with stride 2 the stride is likelier.
    (2, 1, 0, 1, "13", .forgotStride(2)),
    (2, 1, 1, 1, "12", .neighbourWindow("up")),
    (2, 1, 1, 1, "14", .neighbourWindow("to the left")),
    // Exercise 5: the vertical-edge kernel flipped gives the opposite sign.
    (5, 0, 1, 1, "52", .flippedKernel),
    // Exercises 3 and 4: the average where the maximum was asked.
    (4, 0, 1, 1, "129.5", .averageInsteadOfMaximum),
    (3, 1, 0, 0, "9", .averageInsteadOfMaximum),
    (4, 0, 1, 1, "251", .neighbourWindow("to the right")),
    // Another value of the window itself, before the next window's maximum: exercise 3's
    // pool of 8 and 10 (8 is also the window below), exercise 5's window -288 197 -231 248.
    (3, 1, 0, 0, "8", .notTheLargest),
    (5, 1, 1, 0, "197", .notTheLargest),
    (5, 1, 1, 0, "-231", .notTheLargest),
  ])
  func exercises(
    exercise: Int, quiz: Int, row: Int, column: Int, answer: String, expected: Misconception
  ) {
    let item = LessonData.item(exercise, quiz: quiz)
    #expect(LessonData.named(item, answer, row: row, column: column) == expected)
  }

  @Test func aWrongAnswerWithoutAPatternIsNotNamed() {
    let item = LessonData.item(1)
    #expect(LessonData.named(item, "100", row: 0, column: 0) == nil)
    #expect(LessonData.named(item, "4", row: 0, column: 0) == nil)  // right
  }

  /// A 4×4 input 1…16 under AvgPool2d(3, stride=2, padding=1): the first window holds 1, 2, 5,
  /// 6 and five padded zeros.
  static func average(countIncludePad: Bool) throws -> CallSteps {
    let input = Tensor(shape: [1, 4, 4], scalars: (1...16).map(Double.init))
    return try AvgPool2d(
      kernelSize: .single(3), stride: .single(2), padding: .single(1),
      countIncludePad: countIncludePad
    ).steps(for: input)
  }

  @Test func averagePooling() throws {
    let counted = MistakeFinder(steps: try Self.average(countIncludePad: true))
    func named(_ finder: MistakeFinder, _ text: String) -> Misconception? {
      finder.misconception(for: AnswerReader.number(text)!, at: 0)
    }
    #expect(counted.steps[0].result == Double(Float(14.0 / 9)))
    #expect(named(counted, "3.5") == .paddedZeros(counted: false))
    #expect(named(counted, "6") == .maximumInsteadOfAverage)
    #expect(named(counted, "14") == .forgotToDivide(9))
    let uncounted = MistakeFinder(steps: try Self.average(countIncludePad: false))
    #expect(named(uncounted, "1.56") == .paddedZeros(counted: true))
    #expect(named(uncounted, "14/9") == .paddedZeros(counted: true))
  }

  // The shape's mistakes: ShapeMistakeTests.

  @Test func sentencesNameTheMistakeWithoutTheValue() {
    #expect(Misconception.forgotBias(2).sentence.hasPrefix("You forgot the bias (+2)"))
    #expect(Misconception.neighbourWindow("to the right").sentence.contains("one stride further"))
    #expect(Misconception.addedUncoveredCell.sentence.contains("the kernel does not cover"))
    #expect(Misconception.maximumInsteadOfAverage.sentence.contains("max versus average"))
    let shape = Misconception.shape([.channelsFromInput(2), .gridAlsoWrong(oneDimensional: false)])
    #expect(
      shape.sentence
        == "That is the input's channel count (2): a Conv2d's output has out_channels channels, "
        + "one per kernel, whatever the input has. The rows and columns are not right either.")
    #expect(shape.skill == .shape)
  }
}
