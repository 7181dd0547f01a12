import ConvCore
import ConvText

/// What a step view shows for one step, before layout: the heading, the shapes, notes, the
/// blocks of the body and the arithmetic.
struct StepScene {
  /// The layer (with the stage, for a chain): `stage 2 of 2: MaxPool2d(kernel_size=2, …)`.
  var heading: String
  /// Where the step is in its call: `step 3/16`.
  var position: String
  /// `input 6×6 → padded 8×8 → output 3×3`.
  var shapes: String
  /// The output-size formulas, one part per dimension.
  var formulas: [String]
  /// Notes: the chain's other stages, where strided windows start and what no window reads,
  /// the batch.
  var notes: [String]
  /// The arithmetic of the step.
  var arithmetic: ArithmeticText
  /// The result as the arithmetic ends: `= 9`.
  var resultText: String
  /// The blocks of one input channel of a multi-channel convolution: its input, its kernel
  /// slice and its sum, side by side or stacked.
  struct ChannelGroup {
    /// The input in one column, the kernel slice and the sum in the next.
    var side: [BodyColumn]
    /// The input, the kernel slice and the sum in one column.
    var stacked: BodyColumn
  }

  /// One group per input channel of a multi-channel convolution; they are dropped from the
  /// end when they do not fit.
  var channelGroups: [ChannelGroup] = []
  /// The number of input channels a multi-channel convolution reads (there are groups for
  /// the first ``maximumChannelGroups`` only).
  var channelCount = 0
  /// The most channel groups made: more never fit side by side on a terminal.
  static let maximumChannelGroups = 64
  /// The other columns of the body, after the channel columns.
  var columns: [BodyColumn] = []
  /// The quiz on this stage, if any: answered cells only, no result shown.
  var answers: QuizAnswers? = nil

  /// The scene of the step `model` shows, or `nil` when the chain has no steps.
  init?(_ model: StepViewModel) {
    guard let (stageIndex, stepIndex) = model.location else { return nil }
    let chain = model.chain
    let steps = chain[stageIndex]
    let step = steps[stepIndex]
    answers = stageIndex == chain.count - 1 ? model.answers : nil
    let description = String(
      steps.geometry.layerDescription.split(separator: "\n").first ?? "")
    heading =
      chain.count > 1
      ? "stage \(stageIndex + 1) of \(chain.count): \(description)" : description
    let asksShape = answers?.asksShape == true
    // The step count would give the output's size away while the shape is asked.
    position = asksShape ? "quiz: the shape" : "step \(stepIndex + 1)/\(steps.count)"
    shapes = ShapesText.summary(steps, showingOutput: !asksShape)
    formulas = asksShape ? [] : ShapesText.formulas(steps)
    notes = StepScene.chainNotes(chain, stage: stageIndex)
    arithmetic = ArithmeticText(for: step, in: steps)
    resultText = "= " + NumberText.text(step.result, in: steps.notation.output)
    if let answers {
      // The question breaks into lines between its words.
      let words = answers.question.split(separator: " ", omittingEmptySubsequences: false)
      let question = words.enumerated().map { offset, word in
        ArithmeticText.Piece((offset == 0 ? "" : " ") + word, .label, breaksBefore: offset > 0)
      }
      arithmetic = ArithmeticText(groups: [question], summaries: [question])
      resultText = "= ?"
    }
    switch step.operation {
    case .weightedSum(let sum):
      buildConvolution(steps: steps, step: step, sum: sum)
    case .maximum, .average:
      buildPool(steps: steps, step: step)
    case .flatten, .rectify:
      buildElementwise(steps: steps, step: step)
    }
    // Where windows start and what none reads would count the output's size while it is asked.
    if let window = steps.geometry.window, !asksShape {
      notes += WindowCoverage(window: window).notes
    }
    if steps.geometry.isBatched, let batches = steps.geometry.inputShape.first, batches > 1 {
      let batch = step.location?.batch ?? step.outputPosition.first ?? 0
      notes.append("batch \(batch) of \(batches)")
    }
  }

  /// The ways to arrange the body with the first `count` channel groups, best first: every
  /// block in its own column (the channel groups side by side, then stacked), and each of
  /// those with its last two columns made one (the output under the kernel), which is
  /// narrower.
  func bodies(showingChannels count: Int) -> [BodyLayout] {
    let arrangements = channelGroups.isEmpty || count == 0 ? [false] : [false, true]
    var bodies: [BodyLayout] = []
    for stacked in arrangements {
      let channels = channelGroups.prefix(count).flatMap { stacked ? [$0.stacked] : $0.side }
      let body = BodyLayout(columns: channels + columns)
      bodies.append(body)
      if let merged = body.mergingLastColumns { bodies.append(merged) }
    }
    return bodies
  }

  /// The note for `shown` of the channel columns.
  func channelNote(showing shown: Int) -> String? {
    guard shown < channelCount else { return nil }
    let last = shown - 1
    let range = last == 0 ? "channel 0" : "channels 0–\(last)"
    return "\(range) of \(channelCount) shown; the sum runs over all"
  }

  /// `input = stage 1's output (Conv2d, done)` and `next: stage 3, ReLU`.
  private static func chainNotes(_ chain: CallChain, stage: Int) -> [String] {
    guard chain.count > 1 else { return [] }
    var notes: [String] = []
    if stage > 0 {
      notes.append(
        "input = output of stage \(stage) (\(chain[stage - 1].geometry.layerName), done)")
    }
    if stage + 1 < chain.count {
      notes.append("next: stage \(stage + 2), \(chain[stage + 1].geometry.layerName)")
    }
    return notes
  }

  /// The output grid of one plane: values before `current` (a flat index of `output`), the
  /// current one marked, later ones `·`.
  static func outputGrid(
    title: String, output: Tensor, notation: ElementNotation, base: Int, rows: Int, columns: Int,
    current: Int, answers: QuizAnswers? = nil
  ) -> GridPicture {
    if answers?.asksShape == true {
      // The output's size is the question: a single `?`, no rows or columns to count.
      return GridPicture(title: "output ?", rows: 1, columns: 1, showsLabels: false) { _, _ in
        GridPicture.Cell(text: "?", mark: .current)
      }
    }
    let offset = current - base
    let focus = (rows: offset / max(columns, 1), column: offset % max(columns, 1))
    return GridPicture(
      title: title, rows: rows, columns: columns,
      focus: (focus.rows..<(focus.rows + 1), focus.column..<(focus.column + 1))
    ) { row, column in
      let index = base + row * columns + column
      if let answers {
        // A quiz shows what the learner has answered, and asks for the current cell.
        if index == current { return GridPicture.Cell(text: "?", mark: .current) }
        guard let right = answers.marks[index] else {
          return GridPicture.Cell(text: "·", kind: .unfilled)
        }
        // ✓ answered right, ✗ shown after the tries ran out.
        return GridPicture.Cell(
          text: NumberText.text(output.scalars[index], in: notation) + (right ? "✓" : "✗"))
      }
      if index > current { return GridPicture.Cell(text: "·", kind: .unfilled) }
      return GridPicture.Cell(
        text: NumberText.text(output.scalars[index], in: notation),
        mark: index == current ? .current : .none)
    }
  }
}
