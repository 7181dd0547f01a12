import ConvCore
import Testing

@testable import Quiz

/// Shapes in every form a learner writes, and each named shape mistake on a real call: the
/// padding of exercise 2, a stride-2 call, a two-channel convolution, a non-square input.
@Suite struct ShapeMistakeTests {
  /// What `answer` to the shape question of `steps` is.
  static func verdict(_ steps: CallSteps, _ answer: String) -> ShapeCheck.Verdict? {
    guard case .shape(let sizes, _) = AnswerReader.read(answer, expectingShape: true) else {
      return nil
    }
    return ShapeCheck(steps: steps).judge(sizes, written: answer)
  }

  static func named(_ steps: CallSteps, _ answer: String) -> [ShapeMistake]? {
    guard case .wrong(let misconception)? = verdict(steps, answer) else { return nil }
    guard case .shape(let mistakes)? = misconception else { return [] }
    return mistakes
  }

  /// A 2-channel (1…) input of `shape` through `layer`.
  static func steps(_ layer: any Layer, input shape: [Int]) throws -> CallSteps {
    let count = shape.reduce(1, *)
    return try layer.steps(
      for: Tensor(shape: shape, scalars: (0..<count).map { Double($0 % 5) }))
  }

  /// `nn.Conv2d(2, 3, kernel_size=2)` on a (2, 4, 4) input: the output is (3, 3, 3).
  static func twoChannels() throws -> CallSteps {
    try steps(Conv2d(inChannels: 2, outChannels: 3, kernelSize: .single(2)), input: [2, 4, 4])
  }

  @Test(arguments: [
    "2x4", "2×4", "2 x 4", "2 X 4", "(2, 4)", "[2, 4]", "[1, 2, 4]", "(1, 2, 4)", "1x2x4",
    "torch.Size([1, 2, 4])", "2 4", "2, 4",
  ])
  func everyFormOfTheShapeIsRight(answer: String) {
    #expect(Self.verdict(LessonData.item(1).steps, answer) == .right, "\(answer)")
  }

  @Test func leavingOutChannelsThatAreNot1IsExplainedAndCostsNoTry() throws {
    let steps = try Self.twoChannels()
    guard case .incomplete(let text)? = Self.verdict(steps, "3x3") else {
      Issue.record("3x3 was judged")
      return
    }
    #expect(text.contains("the output has 3 dimensions (C, H, W)"))
    #expect(text.contains("That was not a try."))
    #expect(!text.contains("(3, 3, 3)"))
    let item = QuizItem(
      title: "Two", narration: nil, layerText: "nn.Conv2d(2, 3, kernel_size=2)", steps: steps,
      asksShape: true, asksCells: false)
    var session = QuizSession(item: item)
    #expect(session.respond(to: "3x3", at: 0).kind == .notAnAnswer)
    #expect(session.respond(to: "(1, 1, 3, 3, 3)", at: 1).kind == .notAnAnswer)
    #expect(session.triesLeft == 3)
    #expect(session.respond(to: "3x3x3", at: 2).kind == .right)
  }

  @Test func exercise2sPadding() {
    // 5×3 input, 3×3 kernel, padding 1: the output is (1, 5, 3).
    let steps = LessonData.item(2).steps
    #expect(Self.named(steps, "3x1") == [.ignoredPadding])
    #expect(Self.named(steps, "7x5") == [.paddedSize])
    #expect(Self.named(steps, "4x2") == [.withoutPlusOne])
    #expect(Self.named(steps, "5x1") == [.ignoredPadding])
    // A non-square output: rows and columns swapped.
    #expect(Self.named(steps, "(1, 3, 5)") == [.rowsAndColumnsSwapped])
    #expect(Self.named(steps, "9x9") == [])
  }

  @Test func exercise1sInputSize() {
    // 4×6 input, 3×3 kernel: the output is (1, 2, 4).
    let steps = LessonData.item(1).steps
    #expect(Self.named(steps, "4x6") == [.inputSize])
    #expect(Self.named(steps, "1x3") == [.withoutPlusOne])
    #expect(Self.named(steps, "4x2") == [.rowsAndColumnsSwapped])
  }

  @Test func aStride2Call() {
    // Exercise 2's second quiz: stride 2, padding 1: the output is (1, 3, 2).
    let steps = LessonData.item(2, quiz: 1).steps
    #expect(Self.named(steps, "5x3") == [.forgotStride(2)])
    #expect(Self.named(steps, "5x2") == [.forgotStride(2)])
    #expect(Self.named(steps, "2x1") == [.ignoredPadding])
    // Exercise 4: MaxPool2d(2) on 7×7, stride 2: (1, 3, 3).
    let pool = LessonData.item(4).steps
    #expect(Self.named(pool, "6x6") == [.forgotStride(2)])
    #expect(Self.named(pool, "4x4") == [.rounding(ceiling: false)])
    #expect(Self.named(pool, "7x7") == [.inputSize])
    #expect(Self.named(pool, "2x2") == [.withoutPlusOne])
  }

  @Test func aTwoChannelConvolution() throws {
    let steps = try Self.twoChannels()
    #expect(Self.named(steps, "(2, 3, 3)") == [.channelsFromInput(2)])
    #expect(Self.named(steps, "(1, 3, 3)") == [.channelsForgotten])
    #expect(Self.named(steps, "(3, 4, 4)") == [.inputSize])
    #expect(Self.named(steps, "(2, 4, 4)") == [.channelsFromInput(2), .inputSize])
    #expect(
      Self.named(steps, "(2, 9, 9)") == [
        .channelsFromInput(2), .gridAlsoWrong(oneDimensional: false),
      ])
    #expect(Self.named(steps, "(5, 4, 4)") == [.inputSize, .channelsAlsoWrong])
    #expect(Self.named(steps, "(5, 9, 9)") == [])
  }

  @Test func poolsKeepTheChannelsAndDilationSpreadsTheKernel() throws {
    let pool = try Self.steps(MaxPool2d(kernelSize: .single(2)), input: [2, 4, 4])
    #expect(Self.named(pool, "(1, 2, 2)") == [.channelsChanged])
    let dilated = try Self.steps(
      Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(3), dilation: .single(2)),
      input: [1, 7, 7])
    #expect(Self.named(dilated, "5x5") == [.forgotDilation(2)])
    let flatten = try Self.steps(Flatten(), input: [1, 2, 3])
    #expect(Self.named(flatten, "(1, 2, 3)") == [.notFlattened])
  }

  @Test func aWrongShapeIsNamedWithoutTheFilledInFormula() {
    var session = QuizSession(item: LessonData.item(2))
    let reply = session.respond(to: "3x1", at: 0)
    #expect(reply.kind == .wrong)
    #expect(
      reply.text
        == "You left out the padding: it adds cells on both sides (n + 2·p) before the window "
        + "slides. 2 tries left; ? gives a hint.")
    #expect(!reply.text.contains("5 + 2·1"))
    #expect(session.respond(to: "9x9", at: 1).text == "Not 9×9. 1 try left; ? gives a hint.")
  }
}
