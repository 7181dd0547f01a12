import Testing

@testable import ConvCore
@testable import TerminalUI
@testable import Workspace

/// Frames of the step view at key steps of the seed's examples, as text and styles.
@Suite("StepView snapshots")
struct StepViewSnapshotTests {
  /// The view of combined step `step` of `chain` in a frame of `rows` × `columns`.
  static func frame(
    _ chain: CallChain, step: Int, rows: Int = 18, columns: Int = 80, color: Bool = false
  ) -> Frame {
    var frame = Frame(rows: rows, columns: columns)
    StepView.draw(
      StepViewModel(chain: chain, combinedStep: step), in: frame.bounds, into: &frame, color: color)
    return frame
  }

  static func frame(_ name: String, step: Int, color: Bool = false) throws -> Frame {
    frame(try SeedExamples.example(name).chain(), step: step, color: color)
  }

  @Test func firstStepOfL1() throws {
    let frame = try Self.frame("L1", step: 0)
    #expect(frame.text.contains("1×1 = 9"))
    Snapshot.check(frame, named: "stepview-L1-step1")
  }

  @Test func firstStepOfL1InColour() throws {
    Snapshot.check(try Self.frame("L1", step: 0, color: true), named: "stepview-L1-step1-colour")
  }

  @Test func paddedEdgeOfE2a() throws {
    let frame = try Self.frame("E2a", step: 0)
    #expect(frame.text.contains("= 11"))
    Snapshot.check(frame, named: "stepview-E2a-step1")
  }

  @Test func sameSizePaddingOfL4() throws {
    let frame = try Self.frame("L4", step: 15)
    #expect(frame.text.contains("= 6"))
    Snapshot.check(frame, named: "stepview-L4-step16")
  }

  @Test func stridedJumpOfL6b() throws {
    let frame = try Self.frame("L6b", step: 1)
    #expect(frame.text.contains("= 13"))
    Snapshot.check(frame, named: "stepview-L6b-step2")
  }

  @Test func maxPoolingOfP1() throws {
    let frame = try Self.frame("P1", step: 1)
    #expect(frame.text.contains("max(1, 0, [3], 1) = 3"))
    Snapshot.check(frame, named: "stepview-P1-step2")
  }

  @Test func averagePoolingOfP4() throws {
    let frame = try Self.frame("P4", step: 1)
    #expect(frame.text.contains("/ 6 = 1.6667"))
    Snapshot.check(frame, named: "stepview-P4-step2")
  }

  @Test func oneDimensionalPoolingOfP3() throws {
    let frame = try Self.frame("P3", step: 3)
    #expect(frame.text.contains("max([1], 1, 0) = 1"))
    Snapshot.check(frame, named: "stepview-P3-step4")
  }

  @Test func threeChannelConvolution() throws {
    let frame = Self.frame(try SeedExamples.threeChannels(), step: 3)
    Snapshot.check(frame, named: "stepview-3-channels-step4")
  }

  @Test func flattenOfSnippet13() throws {
    let input = Tensor(shape: [1, 3, 2], scalars: [2, 4, 3, 1, 3, 4])
    let chain = try CallChain(layers: [Flatten()], input: input)
    let frame = Self.frame(chain, step: 3)
    #expect(frame.text.contains("x[0, 1, 1] → i = 1·2 + 1 = 3 → y[0, 3] = 1"))
    Snapshot.check(frame, named: "stepview-flatten-step4")
  }

  @Test func reluOfANegativeValue() throws {
    let input = Tensor(shape: [2, 3], scalars: [1, -3, 2, 0, -250, 1.5])
    let frame = Self.frame(try CallChain(layers: [ReLU()], input: input), step: 4)
    #expect(frame.text.contains("max(0, -250.0000) = 0.0000"))
    Snapshot.check(frame, named: "stepview-relu-step5")
  }

  @Test func secondStageOfE5() throws {
    // E5a has 25 steps; step 28 is E5b's fourth cell, max(44, -317, 29, -98) = 44.
    let frame = try Self.frame("E5", step: 28)
    #expect(frame.text.contains("stage 2 of 2: MaxPool2d"))
    #expect(frame.text.contains("max([44], -317, 29, -98) = 44"))
    Snapshot.check(frame, named: "stepview-E5-stage2-step4")
  }

  @Test func secondStageOfE3() throws {
    let frame = try Self.frame("E3", step: 7)
    #expect(frame.text.contains("max([8], 8) = 8"))
    Snapshot.check(frame, named: "stepview-E3-stage2-step2")
  }

  @Test func largeInputScrolls() throws {
    // Output cell (30, 40) of 62×62: step 30·62 + 40.
    let frame = Self.frame(try SeedExamples.large(), step: 30 * 62 + 40)
    #expect(frame.text.contains("→"))
    #expect(frame.text.contains("↓"))
    Snapshot.check(frame, named: "stepview-64x64-scrolled")
  }

  @Test func sevenBySevenImageWithThreeDigitValues() throws {
    let frame = try Self.frame("E5", step: 6)
    #expect(frame.text.contains("= -52"))
    Snapshot.check(frame, named: "stepview-E5-step7")
  }
}
