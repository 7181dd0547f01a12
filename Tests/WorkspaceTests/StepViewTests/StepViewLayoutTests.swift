import ConvText
import Testing

@testable import ConvCore
@testable import TerminalUI
@testable import Workspace

/// The step view's layout: every seed example reads whole at 80×18, large grids scroll,
/// many channels are cut with a note, drawing stays inside its rect.
@Suite("StepView layout")
struct StepViewLayoutTests {
  @Test func everySeedStepFitsEightyByEighteenWhole() throws {
    for example in try SeedExamples.all() {
      let chain = try example.chain()
      for step in 0..<chain.stepCount {
        let model = StepViewModel(chain: chain, combinedStep: step)
        let rows = StepView.minimumRows(for: model, columns: 80)
        #expect(rows <= 18, "\(example.name) step \(step): \(rows) rows")
        var frame = Frame(rows: 18, columns: 80)
        StepView.draw(model, in: frame.bounds, into: &frame, color: false)
        let text = frame.text
        // No scroll arrows: a `→` after a column index, `←`, `↑` or `↓`.
        let scrolls =
          ["←", "↑", "↓"].contains { text.contains($0) }
          || zip(text, text.dropFirst()).contains { $1 == "→" && $0 != " " }
        #expect(!scrolls, "\(example.name) step \(step) scrolls:\n\(text)")
        // The whole arithmetic is shown, not a summary.
        guard let (stage, inner) = chain.step(atCombinedIndex: step) else { continue }
        let arithmetic = ArithmeticText(for: inner, in: chain[stage]).text
        let shown = text.filter { !$0.isWhitespace }
        #expect(
          shown.contains(arithmetic.filter { !$0.isWhitespace }),
          "\(example.name) step \(step) lacks \(arithmetic):\n\(text)")
      }
    }
  }

  @Test func theWindowStaysInViewWhileScrolling() throws {
    let chain = try SeedExamples.large()
    for step in [0, 61, 62 * 31 + 30, 62 * 62 - 1] {
      var frame = Frame(rows: 18, columns: 80)
      StepView.draw(
        StepViewModel(chain: chain, combinedStep: step), in: frame.bounds, into: &frame,
        color: false)
      let text = frame.text
      // Three bracketed rows in the input, one bracketed cell in the output.
      #expect(text.components(separatedBy: "[").count - 1 == 4, "step \(step):\n\(text)")
      let (row, column) = (step / 62, step % 62)
      #expect(text.contains("\n\(row) ") || text.contains("\n \(row) "), "row \(row):\n\(text)")
      #expect(text.contains(" \(column)"), "column \(column):\n\(text)")
    }
  }

  @Test func manyChannelsShowAsManyAsFitWithANote() throws {
    var layer = try Conv2d(inChannels: 16, outChannels: 2, kernelSize: .single(3))
    layer.weight = Tensor(repeating: 1, shape: [2, 16, 3, 3])
    let input = Tensor(shape: [16, 5, 5], scalars: (0..<400).map { Double($0 % 7) })
    let chain = try CallChain(layers: [layer], input: input)
    var frame = Frame(rows: 24, columns: 80)
    StepView.draw(
      StepViewModel(chain: chain, combinedStep: 10), in: frame.bounds, into: &frame, color: true)
    let text = frame.text
    #expect(text.contains("channels 0–3 of 16 shown"), "\(text)")
    #expect(text.contains("output ch1 3×3"))
    #expect(text.contains("144 products, 16 channels × 3×3"), "\(text)")
  }

  @Test func drawingStaysInsideItsRect() throws {
    let chain = try SeedExamples.example("L5").chain()
    var frame = Frame(rows: 24, columns: 100)
    frame.fill(with: "#")
    let rect = Rect(row: 3, column: 10, rows: 18, columns: 80)
    StepView.draw(
      StepViewModel(chain: chain, combinedStep: 5), in: rect, into: &frame, color: false)
    for row in 0..<24 {
      for column in 0..<100 where !rect.contains(row: row, column: column) {
        #expect(frame[row, column].character == "#")
      }
    }
    #expect(frame.text.contains("padded input 8×6"))
  }

  @Test func aSmallRectStillDrawsWithoutCrashing() throws {
    let chain = try SeedExamples.large()
    for (rows, columns) in [(0, 0), (1, 1), (5, 20), (10, 40), (18, 80), (40, 160)] {
      var frame = Frame(rows: rows, columns: columns)
      StepView.draw(
        StepViewModel(chain: chain, combinedStep: 100), in: frame.bounds, into: &frame,
        color: false)
    }
    #expect(
      StepView.minimumRows(for: StepViewModel(chain: chain, combinedStep: 100), columns: 80) <= 18)
  }

  @Test func anEmptyChainSaysSo() {
    var frame = Frame(rows: 4, columns: 60)
    StepView.draw(
      StepViewModel(chain: CallChain(stages: []), combinedStep: 3), in: frame.bounds,
      into: &frame, color: false)
    #expect(frame.text.contains("no steps"))
  }

  @Test func aStepOutOfRangeShowsTheNearest() throws {
    let chain = try SeedExamples.example("L1").chain()
    let model = StepViewModel(chain: chain, combinedStep: 99)
    #expect(model.shownCombinedStep == 15)
    #expect(model.location?.step == 15)
  }
}
