import ConvCore
import Lessons
import TerminalText

/// Plain mode: a quiz as lines of text, for scripts, tests and screen readers.
///
/// Each question is written on its own line ending with `? `; one answer is read per line;
/// the reply is written with ✓ or ✗ first. No escape sequences are ever written: text from
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
    writeIntroduction(item)
    var session = QuizSession(item: item, startedAt: clock())
    while !session.isFinished {
      write(session.prompt + "? ")
      guard let line = readLine() else {
        write("\nEnd of input.\n")
        return (session, true)
      }
      let before = session
      let feedback = session.respond(to: line, at: clock())
      write(escape(feedback.line) + "\n")
      for erratum in PlainQuizRunner.errataMet(item, before: before, after: session) {
        write(escape("Erratum: " + erratum.message) + "\n")
      }
    }
    write(session.score.summary + "\n")
    return (session, false)
  }

  /// The title, narration, layer, input, kernel and bias: what the learner computes from.
  func writeIntroduction(_ item: QuizItem) {
    let steps = item.steps
    write("\n== \(escape(item.title)) ==\n")
    if let narration = item.narration {
      for line in narration.split(separator: "\n") { write(escape(String(line)) + "\n") }
    }
    write("Layer: \(escape(item.layerText))\n")
    if item.asksCells || steps.input.elementCount <= 64 {
      for line in PlainQuizRunner.gridLines(steps.input, name: "input") { write(line + "\n") }
    } else {
      write("input shape \(QuizNumberText.shape(steps.input.shape))\n")
    }
    if item.asksCells, case .weightedSum(let sum)? = steps.first?.operation,
      let window = steps.geometry.window, let first = steps.first
    {
      let slices = Dictionary(grouping: first.window, by: \.kernelChannel).sorted {
        $0.key < $1.key
      }
      for (channel, cells) in slices {
        let name = slices.count > 1 ? "kernel (input channel \(channel + 1))" : "kernel"
        write("\(name) \(window.kernelSize.sizeText):\n")
        // Right-aligned in columns of one width, as the input is.
        let width = cells.map { NumberText.compact($0.weight ?? 0).count }.max() ?? 1
        for row in 0..<window.kernelSize.rows {
          let values = cells.filter { $0.kernelRow == row }.sorted {
            $0.kernelColumn < $1.kernelColumn
          }
          let texts = values.map { NumberText.compact($0.weight ?? 0) }
          let padded = texts.map { String(repeating: " ", count: width - $0.count) + $0 }
          write("  " + padded.joined(separator: " ") + "\n")
        }
      }
      write(sum.bias.map { "bias: \(NumberText.compact($0))\n" } ?? "no bias\n")
    }
    // The errata about the whole operation; those about the shape and the cells wait for
    // their answers (``errataMet(_:before:after:)``), as in the workspace.
    for erratum in item.errata {
      switch erratum.subject {
      case .cell: continue
      case .shape where item.asksShape, .grid where item.asksShape: continue
      default: write(escape("Erratum: " + erratum.message) + "\n")
      }
    }
    write(
      "Type a number (or a whole row), ? for a hint, give up to see the value. "
        + "Cells go row by row, counted from 1.\n")
  }

  /// The errata of the questions that one answer finished: the slide's shape once the shape
  /// is answered, and each cell's once that cell is.
  static func errataMet(_ item: QuizItem, before: QuizSession, after: QuizSession) -> [Erratum] {
    let shapeDone = before.shapeMark == nil && after.shapeMark != nil
    let cellsDone = Set(after.filledCells.keys).subtracting(before.filledCells.keys)
    return item.errata.filter { erratum in
      switch erratum.subject {
      case .shape, .grid: shapeDone
      case .cell(let index): cellsDone.contains(index)
      case .weight, .remark: false
      }
    }
  }

  /// A tensor's grids, one per leading index: `input 4×6:` then one indented line per row.
  static func gridLines(_ tensor: Tensor, name: String) -> [String] {
    let shape = tensor.shape
    guard shape.count >= 2 else {
      return [
        "\(name) \(shape.first ?? 1): "
          + tensor.scalars.map(NumberText.compact).joined(separator: " ")
      ]
    }
    let (rows, columns) = (shape[shape.count - 2], shape[shape.count - 1])
    let planes = shape.dropLast(2).reduce(1, *)
    let texts = tensor.scalars.map(NumberText.compact)
    let width = texts.map(\.count).max() ?? 1
    var lines: [String] = []
    for plane in 0..<planes {
      let label = planes > 1 ? " [\(plane + 1) of \(planes)]" : ""
      let oneDimensional = shape.count == 2
      lines.append(
        oneDimensional
          ? "\(name) \(rows)×\(columns) (each row is a channel):"
          : "\(name)\(label) \(rows)×\(columns):")
      for row in 0..<rows {
        let start = (plane * rows + row) * columns
        let cells = texts[start..<start + columns].map {
          String(repeating: " ", count: width - $0.count) + $0
        }
        lines.append("  " + cells.joined(separator: " "))
      }
    }
    return lines
  }
}
