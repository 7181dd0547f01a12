import ConvCore
import ConvText

/// Plain mode: every step of a call (or of a chain of calls) as plain text, one line at a
/// time, without escape sequences, for a screen reader, a log or a diff.
///
/// Per stage: the layer, the shapes and output-size formulas, the input (and the kernel and
/// bias of a convolution); then per step a heading (`Step 3 of 16 — output[0, 0, 2]`), the
/// window's values (padding cells end in `p`), the arithmetic, and the output so far (`·` for
/// cells not computed yet); then the finished output.
///
/// The cap: a stage prints at most ``stepLimit`` (200) steps, then one line saying how many
/// more there are, so a large call (a 64×64 input has 3,844 steps) never prints millions of
/// lines. Printed grids are also cut to 64 rows and columns and 16 planes, and the output so
/// far of a plane with more than 256 cells is printed as its current row only.
public enum PlainStepWriter {
  /// The most steps printed per stage: 200.
  static let stepLimit = 200

  /// Writes every step of `chain` (at most ``stepLimit`` per stage) to `output`, one line per
  /// call, without the line break.
  public static func write(_ chain: CallChain, to output: (String) -> Void) {
    write(chain, stepLimit: stepLimit, to: output)
  }

  /// Writes every step of `chain`, at most `stepLimit` per stage.
  static func write(_ chain: CallChain, stepLimit: Int, to output: (String) -> Void) {
    if chain.count > 1 {
      output("A chain of \(chain.count) calls: each stage's input is the previous stage's output.")
      output("")
    }
    for (index, steps) in chain.enumerated() {
      let stage = chain.count > 1 ? (index + 1, chain.count) : nil
      writeStage(steps, stage: stage, stepLimit: max(0, stepLimit), to: output)
      if index + 1 < chain.count { output("") }
    }
  }

  private static func writeStage(
    _ steps: CallSteps, stage: (Int, Int)?, stepLimit: Int, to output: (String) -> Void
  ) {
    let stagePrefix = stage.map { "Stage \($0.0) of \($0.1): " } ?? ""
    for line in steps.geometry.layerDescription.split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .enumerated() {
      output((line.offset == 0 ? stagePrefix : "") + line.element)
    }
    output(ShapesText.summary(steps))
    for formula in ShapesText.formulas(steps) { output(formula) }
    for line in PlainGrid.planeLines(
      of: steps.input, name: "input", notation: steps.notation.input,
      window: steps.geometry.window)
    { output(line) }
    writeKernels(steps, to: output)
    if steps.geometry.paddedShape != steps.geometry.inputShape {
      output("In a window, p marks a padding cell; in the output so far, · is not computed yet.")
    } else {
      output("In the output so far, · is a cell not computed yet.")
    }
    let shown = min(steps.count, stepLimit)
    for index in 0..<shown {
      output("")
      writeStep(steps[index], index: index, of: steps, stage: stage, to: output)
    }
    if steps.count > shown {
      output("")
      output(
        "… \(steps.count - shown) more steps (\(shown + 1) to \(steps.count)) not printed: plain "
          + "mode prints at most \(stepLimit) steps of a call. Step through the rest in the "
          + "workspace (g goes to any output cell).")
    }
    output("")
    for line in PlainGrid.planeLines(
      of: steps.output, name: "output", notation: steps.notation.output,
      window: steps.geometry.window)
    { output(line) }
  }

  /// The kernel slices (first step of each output channel) and the bias of a convolution.
  private static func writeKernels(_ steps: CallSteps, to output: (String) -> Void) {
    guard let window = steps.geometry.window, case .weightedSum? = steps.first?.operation else {
      return
    }
    let plane = window.outputSize.rows * window.outputSize.columns
    let kernel = window.kernelSize
    var biases: [Double?] = []
    for channel in 0..<min(window.outputChannels, PlainGrid.maximumPlanes) {
      guard let step = steps.step(at: channel * plane),
        case .weightedSum(let sum) = step.operation
      else { continue }
      biases.append(sum.bias)
      let slices = Dictionary(grouping: step.window, by: \.kernelChannel)
      for local in slices.keys.sorted().prefix(PlainGrid.maximumPlanes) {
        let cells = slices[local] ?? []
        let input = cells.first?.channel ?? local
        let several = window.outputChannels > 1 || slices.count > 1
        output(
          "kernel" + (several ? " [\(channel), \(local)] (input channel \(input))" : "") + " "
            + kernel.sizeText + ":")
        let lines = GridText.lines(rows: kernel.rows, columns: kernel.columns) { row, column in
          let cell = cells.first { $0.kernelRow == row && $0.kernelColumn == column }
          return NumberText.text(cell?.weight ?? 0, in: steps.notation.weight)
        }
        lines.forEach(output)
      }
      if slices.count > PlainGrid.maximumPlanes {
        output(
          "… (kernel slices of \(slices.count - PlainGrid.maximumPlanes) more input channels not "
            + "printed)")
      }
    }
    if window.outputChannels > PlainGrid.maximumPlanes {
      output(
        "… (kernels of \(window.outputChannels - PlainGrid.maximumPlanes) more output channels not printed)"
      )
    }
    if biases.allSatisfy({ $0 == nil }) {
      output("no bias")
    } else {
      output(
        "bias: "
          + biases.map { NumberText.text($0 ?? 0, in: steps.notation.bias) }.joined(separator: ", ")
      )
    }
  }
}
