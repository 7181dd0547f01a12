import ConvCore
import Testing

@testable import Quiz

/// The named mistakes of a convolution with several channels, on `nn.Conv2d(2, 2,
/// kernel_size=2)` with the numbers of the two-channel lesson
/// (Tests/WorkspaceTests/Fixtures/two-channels.yaml).
@Suite struct ChannelMistakeTests {
  /// The lesson's call: output channel 0 at row 0, column 0 is 8 (input channel 0) + 7 (input
  /// channel 1) + 3 (bias) = 18; output channel 1 there is 4 + 7 − 1 = 10.
  static func twoChannels(bias: Bool = true) throws -> CallSteps {
    var layer = try Conv2d(inChannels: 2, outChannels: 2, kernelSize: .single(2), bias: bias)
    layer.weight = Tensor(
      shape: [2, 2, 2, 2], scalars: [1, 0, 2, 1, 0, 1, 1, 2, 1, 1, 0, 1, 2, 0, 0, 1])
    if bias { layer.bias = Tensor(shape: [2], scalars: [3, -1]) }
    let input = Tensor(
      shape: [2, 3, 3], scalars: [1, 2, 0, 3, 1, 2, 0, 4, 1, 2, 0, 1, 1, 3, 0, 4, 1, 2])
    return try layer.steps(for: input)
  }

  /// What `answer` at output `channel`, row 0, column 0 is named.
  static func named(_ steps: CallSteps, _ answer: String, channel: Int = 0) -> Misconception? {
    let index = steps.index(ofOutputPosition: [channel, 0, 0])!
    return MistakeFinder(steps: steps).misconception(
      for: AnswerReader.number(answer)!, at: index)
  }

  @Test(arguments: [
    // Output channel 0 (18): one input channel's sum alone, or with the bias.
    (0, "8", Misconception.oneInputChannel(0, layerHasBias: true)),
    (0, "11", .oneInputChannelAndBias(0)),
    (0, "7", .oneInputChannel(1, layerHasBias: true)),
    // 10 is input channel 1's sum plus the bias, and output channel 1's value too: the
    // channels of the right kernel come before another output channel's.
    (0, "10", .oneInputChannelAndBias(1)),
    // The sum over both channels without the bias.
    (0, "15", .forgotBias(3)),
    // Output channel 1's kernel (4 + 7) with this channel's bias; the flipped kernel gives
    // 14 too, and the channels come before the weights.
    (0, "14", .otherOutputChannelKernel(used: 1, own: 0)),
    // Input channel 0 under the kernel slice of input channel 1, and the other way round.
    (0, "17", .swappedKernelChannels),
    // Output channel 1 (10): output channel 0's kernel (8 + 7) with this bias, or its value.
    (1, "14", .otherOutputChannelKernel(used: 0, own: 1)),
    (1, "18", .otherOutputChannelValue(used: 0, own: 1)),
    (1, "4", .oneInputChannel(0, layerHasBias: true)),
    (1, "3", .oneInputChannelAndBias(0)),
  ])
  func eachMistakeIsNamed(channel: Int, answer: String, expected: Misconception) throws {
    #expect(Self.named(try Self.twoChannels(), answer, channel: channel) == expected)
  }

  /// The two values that two mistakes give at output channel 0, row 0, column 0: both are
  /// alternatives, and the order names the likelier (``eachMistakeIsNamed``).
  @Test func whenTwoMistakesGiveOneValueBothAreAlternatives() throws {
    let alternatives = MistakeFinder(steps: try Self.twoChannels()).alternatives(at: 0)
    func fitting(_ value: Double) -> [Misconception] {
      alternatives.filter { $0.value == value }.map(\.misconception)
    }
    #expect(fitting(10) == [.oneInputChannelAndBias(1), .otherOutputChannelValue(used: 1, own: 0)])
    #expect(fitting(14) == [.otherOutputChannelKernel(used: 1, own: 0), .flippedKernel])
  }

  @Test func rightAndUnrecognisedAnswersAreNotNamed() throws {
    let steps = try Self.twoChannels()
    #expect(Self.named(steps, "18") == nil)
    #expect(Self.named(steps, "10", channel: 1) == nil)
    #expect(Self.named(steps, "12") == nil)
    #expect(Self.named(steps, "100") == nil)
  }

  @Test func aQuizNamesTheMistakeWithoutTheValue() throws {
    let item = QuizItem(
      title: "Two channels", narration: nil, layerText: "nn.Conv2d(2, 2, kernel_size=2)",
      steps: try Self.twoChannels(), asksShape: false, asksCells: true)
    var session = QuizSession(item: item)
    let partial = session.respond(to: "8", at: 1)
    #expect(partial.kind == .wrong)
    #expect(
      partial.text
        == "That is input channel 0's sum alone: an output cell adds the sums of every input "
        + "channel, then the bias. 2 tries left; ? gives a hint.")
    let kernel = session.respond(to: "14", at: 2)
    #expect(
      kernel.text
        == "That uses the kernel of output channel 1: output channel 0 has its own kernel. "
        + "1 try left; ? gives a hint.")
    #expect(session.misconceptions.map(\.skill) == [.conv, .conv])
    #expect(session.respond(to: "18", at: 3).kind == .right)
    var other = QuizSession(item: item)
    #expect(other.respond(to: "12", at: 1).text == "Not 12. 2 tries left; ? gives a hint.")
  }

  @Test func withoutABiasNoMistakeAddsOne() throws {
    let steps = try Self.twoChannels(bias: false)
    #expect(Self.named(steps, "8") == .oneInputChannel(0, layerHasBias: false))
    #expect(
      Misconception.oneInputChannel(0, layerHasBias: false).sentence
        == "That is input channel 0's sum alone: an output cell adds the sums of every input "
        + "channel.")
    // Output channel 1's kernel gives 11, and so does its value: one name.
    #expect(Self.named(steps, "11") == .otherOutputChannelKernel(used: 1, own: 0))
    let alternatives = MistakeFinder(steps: steps).alternatives(at: 0).map(\.misconception)
    #expect(!alternatives.contains(.oneInputChannelAndBias(0)))
    #expect(!alternatives.contains(.otherOutputChannelValue(used: 1, own: 0)))
  }

  /// With `groups=2` each output channel reads its own input channels: no other output
  /// channel's kernel fits this window, and one channel per window has no partial sums.
  @Test func groupsReadOtherChannels() throws {
    var layer = try Conv2d(inChannels: 2, outChannels: 2, kernelSize: .single(2), groups: 2)
    layer.weight = Tensor(shape: [2, 1, 2, 2], scalars: [1, 0, 2, 1, 1, 1, 0, 1])
    layer.bias = Tensor(shape: [2], scalars: [3, -1])
    let input = Tensor(
      shape: [2, 3, 3], scalars: [1, 2, 0, 3, 1, 2, 0, 4, 1, 2, 0, 1, 1, 3, 0, 4, 1, 2])
    let alternatives = MistakeFinder(steps: try layer.steps(for: input)).alternatives(at: 0)
    #expect(!alternatives.isEmpty)
    #expect(
      alternatives.allSatisfy { alternative in
        switch alternative.misconception {
        case .oneInputChannel, .oneInputChannelAndBias, .otherOutputChannelKernel,
          .otherOutputChannelValue, .swappedKernelChannels:
          false
        default: true
        }
      })
  }

  @Test func sentencesNameTheChannelsFromZero() {
    #expect(
      Misconception.oneInputChannelAndBias(0).sentence
        == "That is input channel 0's sum plus the bias: an output cell adds the sums of every "
        + "input channel, then the bias.")
    #expect(
      Misconception.otherOutputChannelValue(used: 0, own: 1).sentence
        == "That is output channel 0's value at this place: output channel 1 has its own kernel "
        + "and its own bias.")
    #expect(
      Misconception.swappedKernelChannels.sentence
        == "You swapped the kernel's input channels: each input channel is multiplied by its "
        + "own slice of the kernel, weight[output channel, input channel].")
  }
}

/// The hints of a two-channel cell name its kernels as the workspace does, weight[out, in].
@Suite struct ChannelHintTests {
  @Test func theWindowHintNamesEachKernelByItsIndex() throws {
    let steps = try ChannelMistakeTests.twoChannels()
    let index = try #require(steps.index(ofOutputPosition: [1, 0, 0]))
    let hints = HintWriter.cellHints(step: index, of: steps)
    let window = try #require(hints.first { $0.hasPrefix("The window covers") })
    #expect(window.contains("The kernels: weight[1, 0]: 1 1 / 0 1; weight[1, 1]: 2 0 / 0 1"))
    #expect(window.contains("bias -1."))
  }
}
