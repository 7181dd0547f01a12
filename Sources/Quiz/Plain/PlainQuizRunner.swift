import ConvCore
import ConvText
import Lessons
import TerminalText

/// Plain mode: a quiz as lines of text, for scripts, tests and screen readers.
///
/// Each question is written on its own line ending with `? `; one answer is read per line;
/// the reply is written with ✓ or ✗ first, then the errata that answer made visible
/// (``QuizSession/isVisible(_:)``). Cells are named from 0, as PyTorch indexes them. When
/// only some cells are asked (a drill), the others are not shown until the end, where the
/// whole output is written. No escape sequences are ever written: text from
/// lesson files goes through `escape` (the caller's `TerminalEscaping.escaped`).
public struct PlainQuizRunner {
  /// Reads the next line, or `nil` at the end of input.
  let readLine: () -> String?
  /// Writes text (lines end in `\n`; a question ends in `? ` without one).
  let write: (String) -> Void
  /// The time now, in seconds.
  let clock: () -> Double
  /// Makes lesson text safe for a terminal.
  let escape: (String) -> String

  /// A runner over these streams.
  public init(
    readLine: @escaping () -> String?, write: @escaping (String) -> Void,
    clock: @escaping () -> Double, escape: @escaping (String) -> String
  ) {
    self.readLine = readLine
    self.write = write
    self.clock = clock
    self.escape = escape
  }

  /// Runs the quiz of `item` to its end, or to the end of input; returns the session.
  public func run(_ item: QuizItem) -> (session: QuizSession, inputEnded: Bool) {
    var session = QuizSession(item: item, startedAt: clock())
    writeIntroduction(session)
    while !session.isFinished {
      write(session.prompt + "? ")
      guard let line = readLine() else {
        write("\nEnd of input.\n")
        return (session, true)
      }
      let before = session
      let feedback = session.respond(to: line, at: clock())
      write(escape(feedback.line) + "\n")
      for erratum in session.errataShown(since: before) {
        write(escape("Erratum: " + erratum.message) + "\n")
      }
    }
    if item.asksSomeCells {
      // The cells that were not asked, with the others: the whole answer.
      let lines = PlainQuizRunner.gridLines(
        item.steps.output, name: "output", wholeShape: PlainQuizRunner.showsWholeShape(item.steps))
      lines.forEach { write($0 + "\n") }
    }
    write(session.score.summary + "\n")
    return (session, false)
  }

  /// The title, narration, layer, input, kernels and biases: what the learner computes
  /// from; then the errata visible before any answer.
  func writeIntroduction(_ session: QuizSession) {
    let item = session.item
    let steps = item.steps
    write("\n== \(escape(item.title)) ==\n")
    if let narration = item.narration {
      for line in narration.split(separator: "\n") { write(escape(String(line)) + "\n") }
    }
    write("Layer: \(escape(item.layerText))\n")
    if item.asksCells || steps.input.elementCount <= 64 {
      let lines = PlainQuizRunner.gridLines(
        steps.input, name: "input", wholeShape: PlainQuizRunner.showsWholeShape(steps))
      for line in lines { write(line + "\n") }
      // The windows read the padded input, as the workspace draws it.
      if item.asksCells, steps.geometry.paddedShape != steps.geometry.inputShape {
        for line in PlainQuizRunner.gridLines(steps.paddedInput, name: "padded input") {
          write(line + "\n")
        }
      }
    } else {
      write("input shape \(ShapeText.tuple(steps.input.shape))\n")
    }
    if item.asksCells { PlainQuizRunner.kernelLines(steps).forEach { write($0 + "\n") } }
    for erratum in session.visibleErrata {
      write(escape("Erratum: " + erratum.message) + "\n")
    }
    write(PlainQuizRunner.instructions(item) + "\n")
  }

  /// How to answer: a number or a row of them, or (when only some cells are asked) how many
  /// there are; the shape alone when no cell is asked.
  static func instructions(_ item: QuizItem) -> String {
    guard item.asksCells else { return "Type the shape, ? for a hint, give up to see it." }
    guard item.asksSomeCells else {
      return "Type a number (or a whole row), ? for a hint, give up to see the value. "
        + "Cells go row by row, counted from 0 as PyTorch indexes them."
    }
    let asked = item.cellsAsked.count
    return "Type a number (cells asked side by side in a row can go on one line), ? for a hint, "
      + "give up to see the value. \(asked) of the output's \(item.steps.count) cells are asked, "
      + "counted from 0 as PyTorch indexes them; the whole output is shown at the end."
  }

  /// Whether the tensors of `steps` are written with their whole shape first, even as one
  /// grid: for Flatten, where the dimensions are what the learner reasons about (a (1, 3, 2)
  /// input is not a 3×2 one).
  static func showsWholeShape(_ steps: CallSteps) -> Bool {
    steps.geometry.layerName == "Flatten"
  }

  /// A convolution's kernels, one grid per output and input channel, and its biases.
  static func kernelLines(_ steps: CallSteps) -> [String] {
    guard case .weightedSum(let sum)? = steps.first?.operation, let window = steps.geometry.window
    else { return [] }
    let shape = steps.output.shape
    let channelDimension = shape.count - 3
    var lines: [String] = []
    var biases: [Double] = []
    for output in 0..<window.outputChannels {
      var position = Array(repeating: 0, count: shape.count)
      if channelDimension >= 0 { position[channelDimension] = output }
      guard let index = steps.index(ofOutputPosition: position) else { continue }
      let step = steps[index]
      if case .weightedSum(let first) = step.operation, let bias = first.bias {
        biases.append(bias)
      }
      let slices = Dictionary(grouping: step.window, by: \.kernelChannel).sorted {
        $0.key < $1.key
      }
      for (channel, cells) in slices {
        // Named as the workspace names it: by its PyTorch index, weight[output, input].
        let several = window.outputChannels > 1 || window.channelsPerWindow > 1
        lines.append(
          (several ? "weight[\(output), \(channel)] " : "kernel ")
            + "\(window.kernelSize.sizeText):")
        lines += GridText.lines(rows: window.kernelSize.rows, columns: window.kernelSize.columns) {
          row, column in
          let cell = cells.first { $0.kernelRow == row && $0.kernelColumn == column }
          return NumberText.text(cell?.weight ?? 0, in: steps.notation.weight)
        }
      }
    }
    if sum.bias == nil {
      lines.append("no bias")
    } else if biases.count == 1 {
      lines.append("bias: \(NumberText.text(biases[0], in: steps.notation.bias))")
    } else {
      lines.append(
        "bias: "
          + biases.map { NumberText.text($0, in: steps.notation.bias) }.joined(separator: ", ")
          + " (" + IndexSpan.text("output channel", biases.indices) + ")")
    }
    return lines
  }

  /// A tensor's grids, one per leading index: `input 4×6:` (`input[1] 4×6:` for channel 1 of
  /// several, after a line with the whole shape) then one indented line per row. With
  /// `wholeShape` the whole shape comes first even for one grid (`input shape (1, 3, 2):`),
  /// which then needs no title of its own.
  static func gridLines(_ tensor: Tensor, name: String, wholeShape: Bool = false) -> [String] {
    let shape = tensor.shape
    let notation = ElementNotation(of: tensor)
    guard shape.count >= 2 else {
      let label = wholeShape ? "shape \(ShapeText.tuple(shape))" : "\(shape.first ?? 1)"
      return [
        "\(name) \(label): "
          + tensor.scalars.map { NumberText.text($0, in: notation) }.joined(separator: " ")
      ]
    }
    let (rows, columns) = (shape[shape.count - 2], shape[shape.count - 1])
    let planes = shape.dropLast(2).reduce(1, *)
    let texts = tensor.scalars.map { NumberText.text($0, in: notation) }
    // With several grids their titles do not show the whole shape: it comes first.
    var lines = planes > 1 || wholeShape ? ["\(name) shape \(ShapeText.tuple(shape)):"] : []
    for plane in 0..<planes {
      let index = Tensor.position(ofFlatIndex: plane, in: Array(shape.dropLast(2)))
      let label = planes > 1 ? NumberText.index(index) : ""
      if wholeShape, planes == 1 {
        // The shape line is the grid's title.
      } else if shape.count == 2 {
        lines.append("\(name) \(ShapeText.size([rows, columns])) (each row is a channel):")
      } else {
        lines.append("\(name)\(label) \(ShapeText.size([rows, columns])):")
      }
      let start = plane * rows * columns
      lines += GridText.lines(rows: rows, columns: columns) { row, column in
        texts[start + row * columns + column]
      }
    }
    return lines
  }
}
