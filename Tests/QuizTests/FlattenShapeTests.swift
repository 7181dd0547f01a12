import ConvCore
import ConvText
import Testing

@testable import Quiz

/// Flatten's shape, written any way a learner writes what PyTorch gives: `(6,)`, `6`,
/// `[6]`, `torch.Size([6])` for a 1-d result; `(1, 6)`, `1x6`, `6` for (1, 6); and the
/// whole input shape shown, so that the leading 1 of (1, 3, 2) is there to reason about.
@Suite struct FlattenShapeTests {
  /// A shape-only exercise of `Flatten(start_dim=start)` on a tensor of `shape`.
  static func item(start: Int, shape: [Int], cells: Bool = false) throws -> QuizItem {
    let layer = Flatten(startDimension: start)
    let input = Tensor(shape: shape, scalars: (0..<shape.reduce(1, *)).map(Double.init))
    return QuizItem(
      title: "Flatten", narration: nil, layerText: DrillGenerator.text(of: layer),
      steps: try layer.steps(for: input), asksShape: true, asksCells: cells)
  }

  /// How the shape question answers `line`.
  static func reply(_ line: String, start: Int, shape: [Int]) throws -> QuizFeedback {
    var session = QuizSession(item: try item(start: start, shape: shape))
    return session.respond(to: line, at: 0)
  }

  @Test(arguments: ["(6,)", "6", "[6]", "torch.Size([6])", "6,", " ( 6 , ) "])
  func aOneDimensionalResultTakesEveryWayOfWritingIt(line: String) throws {
    let reply = try Self.reply(line, start: 0, shape: [1, 3, 2])
    #expect(reply.kind == .right, "\(line): \(reply.text)")
    #expect(reply.text == "Right: the output has shape (6,).")
  }

  @Test(arguments: ["(1, 6)", "1x6", "1×6", "6", "(6,)", "[1, 6]"])
  func flattenKeepingTheFirstDimension(line: String) throws {
    let reply = try Self.reply(line, start: 1, shape: [1, 3, 2])
    #expect(reply.kind == .right, "\(line): \(reply.text)")
    #expect(reply.text == "Right: the output has shape (1, 6).")
  }

  @Test func tooManySizesForAOneDimensionalResultIsNotATry() throws {
    var session = QuizSession(item: try Self.item(start: 0, shape: [1, 3, 2]))
    let reply = session.respond(to: "(1, 6)", at: 0)
    #expect(reply.kind == .notAnAnswer)
    #expect(
      reply.text == "(1, 6) has 2 sizes, but the output has 1 dimension. That was not a try.")
    #expect(session.triesLeft == QuizSession.maximumTries)
    // The input's shape, not flattened, is a named mistake.
    let unflattened = session.respond(to: "(1, 3, 2)", at: 1)
    #expect(unflattened.kind == .wrong)
    #expect(unflattened.misconception == .shape([.notFlattened]))
  }

  @Test func wrongSizesAreWrong() throws {
    #expect(try Self.reply("(5,)", start: 0, shape: [1, 3, 2]).kind == .wrong)
    #expect(try Self.reply("(3, 8)", start: 1, shape: [3, 2, 4]).kind == .right)
    // (3, 8) has a first dimension that is not 1: it must be written.
    #expect(try Self.reply("8", start: 1, shape: [3, 2, 4]).kind == .notAnAnswer)
  }

  @Test func theInputShowsItsWholeShape() throws {
    let steps = try Self.item(start: 1, shape: [1, 3, 2]).steps
    #expect(PlainQuizRunner.showsWholeShape(steps))
    #expect(
      PlainQuizRunner.gridLines(steps.input, name: "input", wholeShape: true)
        == ["input shape (1, 3, 2):", "  0 1", "  2 3", "  4 5"])
    #expect(
      PlainQuizRunner.gridLines(steps.output, name: "output", wholeShape: true)
        == ["output shape (1, 6):", "  0 1 2 3 4 5"])
    let flat = try Self.item(start: 0, shape: [2, 1, 2]).steps
    #expect(
      PlainQuizRunner.gridLines(flat.input, name: "input", wholeShape: true)
        == ["input shape (2, 1, 2):", "input[0] 1×2:", "  0 1", "input[1] 1×2:", "  2 3"])
    #expect(
      PlainQuizRunner.gridLines(flat.output, name: "output", wholeShape: true)
        == ["output shape (4,): 0 1 2 3"])
    // Without it, one grid is titled by its size, as the slides label it.
    #expect(PlainQuizRunner.gridLines(steps.input, name: "input").first == "input 3×2:")
  }

  @Test func theFlattenDrillSaysTheWholeShapeAndTakesTheRightAnswer() {
    for level in Skill.flatten.levels {
      for seed in UInt64(0)..<50 {
        var generator = DrillGenerator(seed: seed)
        let item = generator.next(.flatten, level: level.number)
        var written = ""
        var answers = [ShapeText.tuple(item.steps.output.shape)][...]
        let runner = PlainQuizRunner(
          readLine: { answers.popFirst() }, write: { written += $0 }, clock: { 0 },
          escape: { $0 })
        let (session, _) = runner.run(item)
        #expect(written.contains("input shape \(ShapeText.tuple(item.steps.input.shape)):"))
        #expect(session.results.first?.mark == .rightFirstTry, "\(item.layerText): \(written)")
      }
    }
  }
}

extension FlattenShapeTests {
  @Test func aFlattenThatOnlyDropsALeadingOneTakesItsShape() throws {
    // Flatten(start_dim=0, end_dim=1) of (1, 3, 2) merges the 1 and the 3: (3, 2).
    let layer = Flatten(startDimension: 0, endDimension: 1)
    let input = Tensor(shape: [1, 3, 2], scalars: (0..<6).map(Double.init))
    let item = QuizItem(
      title: "Flatten", narration: nil, layerText: DrillGenerator.text(of: layer),
      steps: try layer.steps(for: input), asksShape: true, asksCells: false)
    for line in ["(3, 2)", "3x2"] {
      var session = QuizSession(item: item)
      #expect(session.respond(to: line, at: 0).kind == .right, "\(line)")
    }
    var session = QuizSession(item: item)
    #expect(session.respond(to: "(1, 3, 2)", at: 0).kind == .notAnAnswer)
  }
}
