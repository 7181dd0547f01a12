import Testing

@testable import ConvCore
@testable import TerminalUI
@testable import Workspace

/// The step view on calls beyond the seed: copied padding, dilation, ceil_mode, batches.
@Suite("StepView edge cases")
struct StepViewEdgeTests {
  static func frame(_ chain: CallChain, step: Int, rows: Int = 18) -> Frame {
    StepViewSnapshotTests.frame(chain, step: step, rows: rows)
  }

  @Test func reflectPaddingShowsTheCopiedValuesDim() throws {
    var layer = try Conv2d(
      inChannels: 1, outChannels: 1, kernelSize: .single(3), padding: .explicit(.single(1)),
      bias: false, paddingMode: .reflect)
    layer.weight = Tensor(repeating: 1, shape: [1, 1, 3, 3])
    let chain = try CallChain(layers: [layer], input: SeedExamples.grid(SeedExamples.small))
    let frame = Self.frame(chain, step: 0)
    // Reflect: the row above row 0 copies row 1, the column left of column 0 copies column 1.
    #expect(frame.text.contains("p [1 1 1]3 2 3"), "\(frame.text)")
    #expect(frame.text.contains("1×1 + 1×1 + 1×1 + 3×1 + 2×1 + 3×1 + 1×1 + 1×1 + 1×1 = 14"))
    Snapshot.check(frame, named: "stepview-reflect-step1")
  }

  @Test func dilatedWindowsBracketEachTap() throws {
    var layer = try Conv2d(
      inChannels: 1, outChannels: 1, kernelSize: .single(2), dilation: .single(2), bias: false)
    layer.weight = Tensor(repeating: 1, shape: [1, 1, 2, 2])
    let chain = try CallChain(layers: [layer], input: SeedExamples.grid(SeedExamples.lecture))
    let text = Self.frame(chain, step: 0).text
    #expect(text.contains("0 [2]2[1]4 1 0"), "\(text)")
    #expect(text.contains("2 [0]4[1]2 0 0"), "\(text)")
    #expect(text.contains("2×1 + 1×1 + 0×1 + 1×1 = 4"))
  }

  @Test func ceilModeWindowsHangOverTheEdge() throws {
    let layer = try MaxPool2d(kernelSize: .single(2), ceilMode: true)
    let input = Tensor(shape: [1, 5, 5], scalars: (0..<25).map(Double.init))
    let chain = try CallChain(layers: [layer], input: input)
    let text = Self.frame(chain, step: 8).text
    #expect(text.contains("max([24]) = 24"), "\(text)")
    #expect(text.contains("20 21 22 23[24]"), "\(text)")
  }

  @Test func batchesAndChannelsAreNamed() throws {
    let input = Tensor(shape: [2, 2, 4, 4], scalars: (0..<64).map { Double($0 % 9) })
    let chain = try CallChain(layers: [try MaxPool2d(kernelSize: .single(2))], input: input)
    // Batch 1, channel 1, output cell (1, 0): 4·3 + 2 = 14th step of 16.
    let text = Self.frame(chain, step: 14).text
    #expect(text.contains("batch 1 of 2"), "\(text)")
    #expect(text.contains("input ch1 4×4"), "\(text)")
    #expect(text.contains("output ch1 2×2"), "\(text)")
  }

  @Test func averagePoolingWithPaddingSaysWhatItCounts() throws {
    let layer = try AvgPool2d(kernelSize: .single(2), padding: .single(1), countIncludePad: false)
    let chain = try CallChain(layers: [layer], input: SeedExamples.grid(SeedExamples.pooling))
    let text = Self.frame(chain, step: 0).text
    #expect(text.contains("3 / 1 = 3.0000, padding not counted"), "\(text)")
    #expect(text.contains("padded with 0"), "\(text)")
    #expect(text.contains("padding not counted"), "\(text)")
  }

  @Test func colourUsesRolesAndNoColourUsesAttributes() throws {
    let chain = try SeedExamples.example("E2a").chain()
    let model = StepViewModel(chain: chain, combinedStep: 0)
    var colour = Frame(rows: 18, columns: 80)
    StepView.draw(model, in: colour.bounds, into: &colour, color: true)
    var plain = Frame(rows: 18, columns: 80)
    StepView.draw(model, in: plain.bounds, into: &plain, color: false)
    #expect(colour.text == plain.text)
    let roles = Set(colour.cells.compactMap(\.style.role))
    #expect(roles.isSuperset(of: [.highlight, .accent, .padding, .muted, .result]))
    #expect(plain.cells.allSatisfy { $0.style.role == nil })
  }
}
