import ConvCore
import ConvText

/// The tutor's own hints of a question, from general to specific: 1 the rule (the output-size
/// formula, or what a window is and what the layer does with it), 2 this question's numbers
/// (the formula with the call's numbers, or which window and which kernel cells), 3 the
/// products (or the values compared, summed; for the shape, the formula worked out), 4 the
/// result. Only the last states the answer. Cells are named from 0 (``IndexSpan``), as the
/// grid labels read; the arithmetic is ConvCore's ``ArithmeticText``.
enum HintWriter {
  /// The hints for the output cell of step `index` of `steps`, general first.
  static func cellHints(step index: Int, of steps: CallSteps) -> [String] {
    guard let step = steps.step(at: index) else { return [] }
    return [
      rule(step, steps: steps), windowText(step, steps: steps), products(step, steps: steps),
      "The whole arithmetic: \(ArithmeticText(for: step, in: steps).text).",
    ]
  }

  /// What a window is and what the layer does with it.
  static func rule(_ step: Step, steps: CallSteps) -> String {
    guard let window = steps.geometry.window else {
      switch step.operation {
      case .flatten:
        return "Flatten keeps the elements in row-major order (the last dimension counts "
          + "fastest) and merges the dimensions from start_dim to end_dim into one index."
      default:
        return "ReLU keeps a value that is not negative and turns a negative one into 0: "
          + "max(0, x)."
      }
    }
    let padded =
      window.padding.top + window.padding.bottom + window.padding.left
      + window.padding.right > 0
    let patch =
      window.isOneDimensional
      ? "the \(window.kernelSize.columns) cells of its channel"
      : "the \(window.kernelSize.sizeText) patch of the input"
    var text = "A window is \(patch)\(padded ? " (padding included)" : "") under the kernel"
    if window.dilation.rows > 1 || window.dilation.columns > 1 {
      text += ", its taps spread apart by the dilation"
    }
    text +=
      "; it moves by the stride (" + strideText(window) + ") from one output cell to the "
      + "next. "
    switch step.operation {
    case .weightedSum(let sum):
      let channels = window.channelsPerWindow > 1 ? " of every input channel" : ""
      text +=
        "A convolution multiplies each value of the window by the kernel's weight at the "
        + "same place and adds up the products\(channels)"
        + (sum.bias == nil ? "." : ", then the bias.")
    case .maximum:
      text +=
        "Max pooling keeps the largest value of the window"
        + (padded ? "; its padding never wins." : ".")
    case .average(let average):
      text += "Average pooling adds up the window's values and divides the sum by "
      if average.divisorOverride != nil {
        text += "divisor_override."
      } else if padded {
        text +=
          average.countIncludePad
          ? "the number of cells it covers, padded zeros included (count_include_pad=True)."
          : "the number of input cells it covers: padded zeros are not counted "
            + "(count_include_pad=False)."
      } else {
        text += "the number of cells it covers."
      }
    case .flatten, .rectify:
      break
    }
    return text
  }

  /// `1 cell`, `2 cells`, `1 row down and 2 columns across`.
  private static func strideText(_ window: WindowGeometry) -> String {
    let stride = window.stride
    func cells(_ count: Int, _ noun: String) -> String {
      "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
    if window.isOneDimensional || stride.rows == stride.columns {
      return cells(stride.columns, "cell")
    }
    return cells(stride.rows, "row") + " down and " + cells(stride.columns, "column") + " across"
  }

  /// Which window, with its values, and for a convolution the kernel and the bias; counted
  /// from 0 in the input, so the padding before it is at -1.
  static func windowText(_ step: Step, steps: CallSteps) -> String {
    guard let window = steps.geometry.window, !step.window.isEmpty else {
      switch step.operation {
      case .flatten(let move):
        let sizes = move.sizes.map(String.init).joined(separator: ", ")
        return "The output cell is number \(move.index) of the merged dimensions (sizes "
          + "\(sizes)), counted from 0 along the last one first."
      case .rectify(let rectification):
        return "The input element at the same place is x"
          + NumberText.index(rectification.sourcePosition) + "."
      default:
        return "Apply the layer to the input element at the same place."
      }
    }
    let cells = step.window.filter { $0.kind != .overhang }
    let padded = cells.contains { $0.kind == .padding }
    let rows = Set(cells.map { $0.paddedRow - window.padding.top })
    let columns = Set(cells.map { $0.paddedColumn - window.padding.left })
    var place =
      window.isOneDimensional
      ? IndexSpan.text("position", columns)
      : IndexSpan.text("row", rows) + ", " + IndexSpan.text("column", columns)
    place += padded ? " (counted from 0 in the input; p marks padding)" : ""
    let channels = Dictionary(grouping: cells, by: \.channel).sorted { $0.key < $1.key }
    let several = channels.count > 1
    var parts: [String] = []
    for (channel, channelCells) in channels {
      let grid = gridText(channelCells) { cell in
        NumberText.text(cell.value, in: steps.notation.input) + (cell.kind == .padding ? "p" : "")
      }
      parts.append((several || window.isOneDimensional ? "channel \(channel): " : "") + grid)
    }
    var text = "The window covers \(place): " + parts.joined(separator: "; ") + "."
    switch step.operation {
    case .weightedSum(let sum):
      let kernels = Dictionary(grouping: step.window, by: \.kernelChannel).sorted {
        $0.key < $1.key
      }
      // Named as the workspace names them: weight[output channel, input channel].
      let output = step.location?.channel ?? 0
      let named = kernels.count > 1 || window.outputChannels > 1
      let kernelText = kernels.map { channel, cells in
        (named ? "weight[\(output), \(channel)]: " : "")
          + gridText(cells) { NumberText.text($0.weight ?? 0, in: steps.notation.weight) }
      }
      text += (named ? " The kernels: " : " The kernel: ") + kernelText.joined(separator: "; ")
      text +=
        sum.bias.map { ", bias \(NumberText.text($0, in: steps.notation.bias))." } ?? ", no bias."
    case .maximum:
      text += " Take the largest value."
    case .average:
      text += " Add them up and divide."
    case .flatten, .rectify:
      break
    }
    return text
  }

  /// The products (or the values compared, or the sum and the divisor), without any total.
  static func products(_ step: Step, steps: CallSteps) -> String {
    let arithmetic = ArithmeticText(for: step, in: steps)
    switch step.operation {
    case .weightedSum:
      let text = arithmetic.termsAsOneSum
      let channels = Set(step.window.map(\.channel)).count
      let order = channels > 1 ? ", one input channel after the other" : ""
      return "The products to add up\(order): \(text)."
    case .maximum:
      let values = step.window.filter { $0.kind != .overhang }.map {
        NumberText.text($0.value, in: steps.notation.input)
      }
      return "The values to compare: " + values.joined(separator: ", ") + "."
    case .average:
      return "The sum and the divisor: \(arithmetic.text(without: [.result]))."
    case .flatten, .rectify:
      return arithmetic.text(without: [.result]) + "."
    }
  }

  /// Cells as rows separated by ` / `, in window order.
  private static func gridText(_ cells: [WindowCell], _ value: (WindowCell) -> String) -> String {
    let rows = Dictionary(grouping: cells, by: \.kernelRow).sorted { $0.key < $1.key }
    return rows.map { _, row in
      row.sorted { $0.kernelColumn < $1.kernelColumn }.map(value).joined(separator: " ")
    }.joined(separator: " / ")
  }
}
