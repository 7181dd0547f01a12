import ConvCore
import ConvText

/// One step in plain text: heading, window, arithmetic, output so far.
extension PlainStepWriter {
  static func writeStep(
    _ step: Step, index: Int, of steps: CallSteps, stage: (Int, Int)?,
    to output: (String) -> Void
  ) {
    let heading = stage.map { "Stage \($0.0) of \($0.1), step" } ?? "Step"
    output(
      "\(heading) \(index + 1) of \(steps.count) — output"
        + NumberText.index(step.outputPosition))
    if let window = steps.geometry.window {
      writeWindow(step, window: window, notation: steps.notation.input, to: output)
    }
    output(ArithmeticText(for: step, in: steps).text)
    writeOutputSoFar(step, of: steps, to: output)
  }

  /// The window's values, one grid per input channel; padding cells end in `p`.
  private static func writeWindow(
    _ step: Step, window: WindowGeometry, notation: ElementNotation,
    to output: (String) -> Void
  ) {
    let cells = step.window
    guard !cells.isEmpty else { return }
    let padded = cells.contains { $0.isPadding }
    let channels = StepScene.channels(of: step)
    let rows = cells.map { $0.paddedRow - window.padding.top }
    let columns = cells.map { $0.paddedColumn - window.padding.left }
    if window.isOneDimensional {
      output(
        "window: channel \(step.location?.channel ?? 0), "
          + IndexSpan.text("position", columns))
    } else {
      output("window: " + IndexSpan.text("row", rows) + ", " + IndexSpan.text("column", columns))
    }
    for channel in channels.prefix(PlainGrid.maximumPlanes) {
      if channels.count > 1 { output("channel \(channel):") }
      let slice = cells.filter { $0.channel == channel }
      let lines = GridText.lines(rows: window.kernelSize.rows, columns: window.kernelSize.columns) {
        row, column in
        guard let cell = slice.first(where: { $0.kernelRow == row && $0.kernelColumn == column })
        else { return "" }
        switch cell.kind {
        case .input: return NumberText.text(cell.value, in: notation) + (padded ? " " : "")
        case .padding: return NumberText.text(cell.value, in: notation) + "p"
        case .overhang: return "–" + (padded ? " " : "")
        }
      }
      lines.forEach(output)
    }
    if channels.count > PlainGrid.maximumPlanes {
      output(
        "… (the windows of \(channels.count - PlainGrid.maximumPlanes) more channels not printed)")
    }
  }

  /// The plane of the output holding the step, filled up to it; a plane of more than 256
  /// cells prints only the current row.
  private static func writeOutputSoFar(
    _ step: Step, of steps: CallSteps, to output: (String) -> Void
  ) {
    let values = steps.output.scalars
    let (base, rows, columns, row, _) = outputPlane(step, of: steps)
    let text = { (row: Int, column: Int) -> String in
      let index = base + row * columns + column
      return index <= step.flatIndex
        ? NumberText.text(values[index], in: steps.notation.output) : "·"
    }
    if rows * columns > 256 {
      output("output row \(row) so far:")
      GridText.lines(rows: 1, columns: columns) { text(row, $1) }.forEach(output)
    } else {
      output("output so far:")
      GridText.lines(rows: rows, columns: columns, cell: text).forEach(output)
    }
  }

  /// Where the step's output plane starts, its size, and the step's row and column in it.
  private static func outputPlane(
    _ step: Step, of steps: CallSteps
  ) -> (base: Int, rows: Int, columns: Int, row: Int, column: Int) {
    if let window = steps.geometry.window, let location = step.location {
      let size = window.outputSize
      if window.isOneDimensional {
        let channels = window.outputChannels
        return (
          location.batch * channels * size.columns, channels, size.columns, location.channel,
          location.column
        )
      }
      let base =
        (location.batch * window.outputChannels + location.channel) * size.rows
        * size.columns
      return (base, size.rows, size.columns, location.row, location.column)
    }
    let plane = StepScene.plane(of: steps.output.shape, at: step.outputPosition)
    return (plane.base, plane.rows, plane.columns, plane.row, plane.column)
  }
}
