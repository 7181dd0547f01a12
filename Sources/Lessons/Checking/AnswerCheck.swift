import ConvCore
import ConvPrompt
import ConvText

/// Compares an answer as written with what the engine computes: an `expect:` key that differs
/// is an error; a `slide:` value that differs is an erratum, reported as a note.
struct AnswerCheck {
  /// The most differing cells reported one by one for one grid.
  static let maximumCellReports = 20

  let steps: CallSteps
  let context: ReadContext

  /// The output seen as grids: `count` grids of `rows`×`columns` (the last two dimensions).
  private var layout: (count: Int, rows: Int, columns: Int) {
    let shape = steps.output.shape
    let columns = shape.last ?? 1
    let rows = shape.count >= 2 ? shape[shape.count - 2] : 1
    let count = shape.dropLast(2).reduce(1, *)
    return (count, rows, columns)
  }

  /// Reports every way the author's key differs from the engine's answer.
  func checkExpected(_ answer: WrittenAnswer) {
    if let shape = answer.shape, !matches(shape, isLabel: answer.shapeIsLabel) {
      context.log.error(
        "`expect.shape` is \(answer.shapeText) but the output's shape is "
          + ShapeText.tuple(steps.output.shape), at: answer.shapeLocation)
    }
    guard let cells = answer.cells else { return }
    if let problem = layoutProblem(cells) {
      context.log.error("`expect.cells` \(problem)", at: cells.location)
      return
    }
    compare(cells) { index, number in
      context.log.error(
        "`expect.cells` gives \(number.text) for \(cellName(index)), but "
          + CellExplanation.text(index, of: steps), at: cells.locations[index])
    } more: { count, location in
      context.log.error("… and \(count) more cells of `expect.cells` differ", at: location)
    }
  }

  /// The errata of a slide's answer, each also reported as a note.
  func errata(of slide: WrittenAnswer, kernel: Tensor?) -> [Erratum] {
    var errata: [Erratum] = []
    func add(_ subject: Erratum.Subject, _ message: String, _ location: SourceLocation) {
      errata.append(Erratum(subject: subject, message: message, location: location))
      context.log.note(message, at: location)
    }
    if let shape = slide.shape, !matches(shape, isLabel: slide.shapeIsLabel) {
      let output = steps.output.shape
      let message =
        slide.shapeIsLabel
        ? "the slide labels the output \(slide.shapeText); it is "
          + "\(ShapeText.size(Array(output.suffix(shape.count)))) (shape \(ShapeText.tuple(output)))"
        : "the slide's output has shape \(ShapeText.tuple(shape)); PyTorch's has shape "
          + ShapeText.tuple(output)
      add(.shape, message + formulaText, slide.shapeLocation)
    }
    if let cells = slide.cells {
      if let problem = layoutProblem(cells) {
        add(.grid, "the slide's printed grid \(problem)", cells.location)
      } else {
        compare(cells) { index, number in
          add(
            .cell(index),
            "the slide prints \(number.text) for \(cellName(index)); "
              + CellExplanation.text(index, of: steps), cells.locations[index])
        } more: { count, location in
          add(.grid, "… and \(count) more cells of the slide's grid are wrong", location)
        }
      }
    }
    if let weight = slide.weight {
      if let message = kernelErratum(weight, kernel: kernel) {
        add(.weight, message, weight.location)
      }
    }
    if let note = slide.note {
      add(
        .remark, note.text.split(whereSeparator: \.isNewline).joined(separator: " "), note.location)
    }
    return errata
  }

  /// Whether a written shape is the output's: all of it, or its last dimensions for a label.
  private func matches(_ shape: [Int], isLabel: Bool) -> Bool {
    let output = steps.output.shape
    guard isLabel else { return shape == output }
    return shape.count <= output.count && Array(output.suffix(shape.count)) == shape
  }

  /// How the output's size follows from the formula, for a window layer.
  private var formulaText: String {
    guard let window = steps.geometry.window else { return "" }
    if window.isOneDimensional {
      return "; each of the \(window.inputChannels) rows is a channel of length "
        + window.columnFormula.text
    }
    return "; rows \(window.rowFormula.text), columns \(window.columnFormula.text)"
  }

  private func layoutProblem(_ cells: PrintedCells) -> String? {
    let (count, rows, columns) = layout
    let output = "the output (shape \(ShapeText.tuple(steps.output.shape)))"
    if cells.grids != count {
      let given = "has \(cells.grids) grid\(cells.grids == 1 ? "" : "s")"
      return count == 1
        ? "\(given), but \(output) is one \(ShapeText.size([rows, columns])) grid"
        : "\(given), but \(output) is a list of \(count) grids of \(ShapeText.size([rows, columns]))"
    }
    if cells.rows != rows || cells.columns != columns {
      return
        "is \(ShapeText.size([cells.rows, cells.columns])), but \(output) is \(ShapeText.size([rows, columns]))"
    }
    return nil
  }

  /// Calls `report` for each differing cell (up to the cap), then `more` with the rest.
  private func compare(
    _ cells: PrintedCells, report: (Int, PrintedNumber) -> Void,
    more: (Int, SourceLocation) -> Void
  ) {
    var reported = 0
    var skipped = 0
    var lastLocation = cells.location
    for (index, number) in cells.numbers.enumerated()
    where !number.matches(steps.output.scalars[index]) {
      if reported < AnswerCheck.maximumCellReports {
        report(index, number)
        reported += 1
      } else {
        skipped += 1
        lastLocation = cells.locations[index]
      }
    }
    if skipped > 0 { more(skipped, lastLocation) }
  }

  /// The output cell of step `index`, named from 0 (``CellName``): `row 0, column 1`.
  func cellName(_ index: Int) -> String {
    CellName(step: index, of: steps).text
  }

  private func kernelErratum(_ weight: PrintedCells, kernel: Tensor?) -> String? {
    guard let kernel, kernel.rank == 4, kernel.shape[0] == 1, kernel.shape[1] == 1 else {
      context.log.error(
        "`slide.weight` is the kernel a slide draws, for a convolution with one kernel "
          + "(1 input and 1 output channel)", at: weight.location)
      return nil
    }
    let (rows, columns) = (kernel.shape[2], kernel.shape[3])
    func grid(_ values: [String]) -> String {
      stride(from: 0, to: values.count, by: columns).map {
        values[$0..<min($0 + columns, values.count)].joined(separator: " ")
      }.joined(separator: " / ")
    }
    if weight.rows != rows || weight.columns != columns {
      return
        "the slide draws a \(ShapeText.size([weight.rows, weight.columns])) kernel, but the layer's kernel "
        + "is \(ShapeText.size([rows, columns]))"
    }
    let differs = zip(weight.numbers, kernel.scalars).contains { !$0.matches($1) }
    let notation = ElementNotation(of: kernel)
    guard differs else { return nil }
    return "the slide draws the kernel \(grid(weight.numbers.map(\.text))), but the layer's "
      + "weight is \(grid(kernel.scalars.map { ConvText.NumberText.text($0, in: notation) }))"
  }
}
