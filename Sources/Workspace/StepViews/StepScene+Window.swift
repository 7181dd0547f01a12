import ConvCore
import ConvText

/// The body of a convolution or pooling step: the padded input with the window, the kernel (or
/// the pool's rule), the output filling in.
extension StepScene {
  /// A convolution: input, kernel and bias, output; with several input channels, one column
  /// per channel (input and kernel slice and the channel's sum), then the output.
  mutating func buildConvolution(steps: CallSteps, step: Step, sum: Step.WeightedSum) {
    guard let window = steps.geometry.window, let location = step.location else { return }
    let channels = StepScene.channels(of: step)
    let multiple = channels.count > 1
    let kernel = window.kernelSize
    let size = window.paddedSize.sizeText
    let shown = min(channels.count, StepScene.maximumChannelGroups)
    // One pass over the window: each channel's kernel slice and marked cells; its sum is the
    // step's own (``Step/channelSums``).
    var weights = [[Double]](
      repeating: [Double](repeating: 0, count: kernel.rows * kernel.columns), count: shown)
    let partials = step.channelSums.map(\.sum)
    var marks = [[Int: GridPicture.Mark]](repeating: [:], count: shown)
    for term in sum.terms {
      let cell = step.window[term.cell]
      guard cell.kernelChannel < shown else { continue }
      weights[cell.kernelChannel][cell.kernelRow * kernel.columns + cell.kernelColumn] =
        term.weight
      if cell.kind != .overhang {
        marks[cell.kernelChannel][cell.paddedRow * window.paddedSize.columns + cell.paddedColumn] =
          .window
      }
    }
    var inputColumns: [BodyColumn] = []
    var groups: [ChannelGroup] = []
    for (local, channel) in channels.prefix(shown).enumerated() {
      let title =
        multiple
        ? "ch\(channel) \(size)"
        : (window.inputChannels > 1
          ? "input ch\(channel) " : window.padding.isZero ? "input " : "padded input ") + size
      let input = StepScene.inputGrid(
        title: title, steps: steps, window: window, batch: location.batch, channel: channel,
        marks: marks[local], showsCoverage: answers?.asksShape != true)
      let slice = weights[local]
      let partial = partials[local]
      // A kernel of several is named by its PyTorch index, weight[output, input channel].
      let kernelIndex = "weight[\(location.channel), \(channel % window.channelsPerWindow)]"
      let weightTitle =
        multiple
        ? kernelIndex
        : window.outputChannels > 1
          ? kernelIndex + " " + kernel.sizeText : "kernel " + kernel.sizeText
      let weightGrid = GridPicture(
        title: weightTitle, rows: kernel.rows,
        columns: kernel.columns, showsLabels: false
      ) { row, column in
        GridPicture.Cell(
          text: NumberText.text(slice[row * kernel.columns + column], in: steps.notation.weight))
      }
      if multiple {
        // In a quiz a channel's sum is part of the answer.
        let sumText = answers == nil ? NumberText.text(partial, in: steps.notation.output) : "?"
        let sum = BodyItem.caption(["sum " + sumText])
        groups.append(
          ChannelGroup(
            side: [
              BodyColumn(items: [.grid(input)]),
              BodyColumn(items: [.grid(weightGrid), sum], topOffset: 1),
            ],
            stacked: BodyColumn(items: [.grid(input), .grid(weightGrid), sum])))
      } else {
        inputColumns.append(BodyColumn(items: [.grid(input)]))
        inputColumns.append(BodyColumn(items: [.grid(weightGrid)], topOffset: 1))
      }
    }
    let bias = sum.bias.map { "bias " + NumberText.text($0, in: steps.notation.bias) } ?? "no bias"
    let outputSize = window.outputSize
    let channelTitle = window.outputChannels > 1 ? "ch\(location.channel) " : ""
    let output = StepScene.outputGrid(
      title: "output " + channelTitle + outputSize.sizeText, output: steps.output,
      notation: steps.notation.output,
      base: (location.batch * window.outputChannels + location.channel) * outputSize.rows
        * outputSize.columns,
      rows: outputSize.rows, columns: outputSize.columns, current: step.flatIndex, answers: answers)
    if multiple {
      channelGroups = groups
      channelCount = channels.count
      columns = [BodyColumn(items: [.grid(output), .text([bias])])]
    } else {
      inputColumns[inputColumns.count - 1].items.append(.text([bias]))
      columns = inputColumns + [BodyColumn(items: [.grid(output)])]
    }
  }

  /// A pooling step: input with the window (and the winner), the pool's rule, the output.
  /// A 1-d pool shows each channel as a row.
  mutating func buildPool(steps: CallSteps, step: Step) {
    guard let window = steps.geometry.window, let location = step.location else { return }
    let oneD = window.isOneDimensional
    let (batch, channel) = (location.batch, location.channel)
    let channels = window.inputChannels
    let padded = window.paddedSize
    let inputTitle =
      (!oneD && channels > 1
        ? "input ch\(channel) " : window.padding.isZero ? "input " : "padded input ")
      + (oneD ? ShapeText.size([channels, padded.columns]) : padded.sizeText)
    let input = StepScene.inputGrid(
      title: inputTitle, steps: steps, window: window, batch: batch, channel: channel,
      marks: StepScene.marks(
        of: step, channel: channel, window: window, marksWinner: answers == nil),
      showsCoverage: answers?.asksShape != true)
    var rule: [String] = []
    let kernel = oneD ? "\(window.kernelSize.columns)" : window.kernelSize.sizeText
    let stride = oneD ? "\(window.stride.columns)" : window.stride.sizeText
    switch step.operation {
    case .maximum: rule.append("max of \(kernel)")
    case .average(let average):
      rule.append("mean of \(kernel)")
      // In a quiz the divisor is part of the answer; the layer's settings that decide it
      // (which PyTorch's repr leaves out) are the learner's data.
      if answers == nil { rule.append("÷ \(average.divisor)") }
      if let divisor = average.divisorOverride {
        rule.append("divisor_override=\(divisor)")
      } else if !window.padding.isZero {
        rule.append(average.countIncludePad ? "padding counted" : "padding not counted")
      }
    default: break
    }
    rule.append("stride \(stride)")
    if !window.padding.isZero, let fill = window.fill.constant {
      rule.append("padded with " + NumberText.text(fill, in: steps.notation.input))
    }
    let outputSize = window.outputSize
    let output: GridPicture
    if oneD {
      output = StepScene.outputGrid(
        title: "output " + ShapeText.size([channels, outputSize.columns]), output: steps.output,
        notation: steps.notation.output,
        base: batch * channels * outputSize.columns, rows: channels,
        columns: outputSize.columns, current: step.flatIndex, answers: answers)
    } else {
      output = StepScene.outputGrid(
        title: "output " + (channels > 1 ? "ch\(channel) " : "") + outputSize.sizeText,
        output: steps.output, notation: steps.notation.output,
        base: (batch * channels + channel) * outputSize.rows * outputSize.columns,
        rows: outputSize.rows, columns: outputSize.columns, current: step.flatIndex,
        answers: answers)
    }
    columns = [
      BodyColumn(items: [.grid(input)]), BodyColumn(items: [.text(rule)], topOffset: 1),
      BodyColumn(items: [.grid(output)]),
    ]
  }

  /// The input channels a step reads, in window order.
  static func channels(of step: Step) -> [Int] {
    var channels: [Int] = []
    for cell in step.window where channels.last != cell.channel {
      if !channels.contains(cell.channel) { channels.append(cell.channel) }
    }
    return channels
  }

  /// The marks of the window's cells of `channel`, by grid cell (row × columns + column); a
  /// 1-d pool's row is its channel.
  static func marks(
    of step: Step, channel: Int, window: WindowGeometry, marksWinner: Bool = true
  ) -> [Int: GridPicture.Mark] {
    var winner: Int?
    if marksWinner, case .maximum(let maximum) = step.operation { winner = maximum.winner }
    var marks: [Int: GridPicture.Mark] = [:]
    for (index, cell) in step.window.enumerated()
    where cell.kind != .overhang && cell.channel == channel {
      let row = window.isOneDimensional ? channel : cell.paddedRow
      marks[row * window.paddedSize.columns + cell.paddedColumn] =
        index == winner ? .winner : .window
    }
    return marks
  }

  /// The padded input of one channel (a 2-d layer) or of every channel as rows (a 1-d pool),
  /// padding cells and their indices (`p`) marked, the window's cells marked, the indices
  /// marked where windows start and where none reads (``WindowCoverage``).
  /// Without `showsCoverage` (the output's shape is asked: where windows start would count
  /// the output's rows and columns) the indices are left unmarked.
  static func inputGrid(
    title: String, steps: CallSteps, window: WindowGeometry, batch: Int, channel: Int,
    marks: [Int: GridPicture.Mark], showsCoverage: Bool = true
  ) -> GridPicture {
    let values = steps.paddedInput.scalars
    let padding = window.padding
    let columns = window.paddedSize.columns
    let oneD = window.isOneDimensional
    let rows = oneD ? window.inputChannels : window.paddedSize.rows
    let base = (oneD ? batch : batch * window.inputChannels + channel) * rows * columns
    let top = oneD ? 0 : padding.top
    let inputRows = top..<(top + (oneD ? rows : window.inputSize.rows))
    let inputColumns = padding.left..<(padding.left + window.inputSize.columns)
    let keys = marks.keys
    let focusRows =
      (keys.map { $0 / columns }.min() ?? 0)..<((keys.map { $0 / columns }.max() ?? 0) + 1)
    let focusColumns =
      (keys.map { $0 % columns }.min() ?? 0)..<((keys.map { $0 % columns }.max() ?? 0) + 1)
    var grid = GridPicture(
      title: title, rows: rows, columns: columns, focus: (focusRows, focusColumns),
      rowLabel: { inputRows.contains($0) ? String($0 - top) : "p" },
      columnLabel: { inputColumns.contains($0) ? String($0 - padding.left) : "p" }
    ) { row, column in
      let inside = inputRows.contains(row) && inputColumns.contains(column)
      return GridPicture.Cell(
        text: NumberText.text(values[base + row * columns + column], in: steps.notation.input),
        kind: inside ? .value : .padding, mark: marks[row * columns + column] ?? .none)
    }
    // Where the windows start (when the stride skips some) and what no window reads.
    guard showsCoverage else { return grid }
    let coverage = WindowCoverage(window: window)
    grid.rowMarks = coverage.rows.marks
    grid.columnMarks = coverage.columns.marks
    return grid
  }
}
