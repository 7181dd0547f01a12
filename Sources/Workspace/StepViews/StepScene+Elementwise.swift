import ConvCore
import ConvText

/// The body of a Flatten or ReLU step: the source tensor with the current element marked, and
/// the output (the flat vector for Flatten) with its destination marked and filled so far.
extension StepScene {
  /// Flatten and ReLU: one plane of the input (the last two dimensions at the element's
  /// leading indices) and the matching plane of the output.
  mutating func buildElementwise(steps: CallSteps, step: Step) {
    let source: [Int]
    switch step.operation {
    case .flatten(let move): source = move.sourcePosition
    case .rectify(let rectification): source = rectification.sourcePosition
    default: return
    }
    let input = steps.input
    let inputPlane = StepScene.plane(of: input.shape, at: source)
    // While a Flatten cell is asked, where its value comes from is the question: the source
    // is not marked until it is answered.
    var isAsked = false
    if case .flatten = step.operation, let answers, answers.marks[step.flatIndex] == nil {
      isAsked = true
    }
    let focus =
      isAsked
      ? nil : (inputPlane.row..<(inputPlane.row + 1), inputPlane.column..<(inputPlane.column + 1))
    let inputGrid = GridPicture(
      title: "x" + inputPlane.title, rows: inputPlane.rows, columns: inputPlane.columns,
      focus: focus
    ) { row, column in
      let index = inputPlane.base + row * inputPlane.columns + column
      return GridPicture.Cell(
        text: NumberText.text(input.scalars[index], in: steps.notation.input),
        mark: index == step.flatIndex && !isAsked ? .window : .none)
    }
    let outputPlane = StepScene.plane(of: steps.output.shape, at: step.outputPosition)
    let outputGrid = StepScene.outputGrid(
      title: "y" + outputPlane.title, output: steps.output, notation: steps.notation.output,
      base: outputPlane.base,
      rows: outputPlane.rows, columns: outputPlane.columns, current: step.flatIndex,
      answers: answers)
    columns = [BodyColumn(items: [.grid(inputGrid)]), BodyColumn(items: [.grid(outputGrid)])]
  }

  /// The plane of a tensor of `shape` that holds `position`: its last two dimensions (one row
  /// for a 1-d tensor, one cell for a scalar), where it starts, and its title (`[0] 3×2`).
  static func plane(
    of shape: [Int], at position: [Int]
  ) -> (base: Int, rows: Int, columns: Int, row: Int, column: Int, title: String) {
    switch shape.count {
    case 0:
      return (0, 1, 1, 0, 0, "")
    case 1:
      return (0, 1, shape[0], 0, position[0], " \(shape[0])")
    default:
      let rank = shape.count
      let leading = Array(position.prefix(rank - 2))
      let (rows, columns) = (shape[rank - 2], shape[rank - 1])
      let base = Tensor.flatIndex(of: leading + [0, 0], strides: Tensor.strides(of: shape))
      let prefix = leading.isEmpty ? "" : NumberText.index(leading)
      return (
        base, rows, columns, position[rank - 2], position[rank - 1],
        prefix + " " + ShapeText.size([rows, columns])
      )
    }
  }
}
