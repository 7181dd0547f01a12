import ConvCore
import ConvText
import Foundation

/// The three hints of a question: 1 the window over the input and the kernel, 2 the products
/// (or the values compared or summed), 3 the whole arithmetic with its result. The arithmetic
/// is the workspace's ``ArithmeticText``.
public enum HintWriter {
  /// The number of hint levels.
  public static let levels = 3

  /// Hint `level` (1…3) for step `index` of `steps`.
  public static func cellHint(level: Int, step index: Int, of steps: CallSteps) -> String {
    guard let step = steps.step(at: index) else { return "" }
    let arithmetic = ArithmeticText(for: step, in: steps)
    switch min(max(level, 1), levels) {
    case 1:
      return windowText(step, steps: steps)
    case 2:
      var text = arithmetic.text(without: [.result])
      if case .maximum = step.operation {
        text = text.replacingOccurrences(of: "[", with: "")
          .replacingOccurrences(of: "]", with: "")
      }
      switch step.operation {
      case .weightedSum: return "The products to add up: \(text)."
      case .maximum: return "The values to compare: \(text)."
      case .average: return "The sum and the divisor: \(text)."
      case .flatten, .rectify: return "\(text)."
      }
    default:
      return "The whole arithmetic: \(arithmetic.text)."
    }
  }

  /// Hint `level` (1…3) for the shape of `steps`'s output.
  public static func shapeHint(level: Int, of steps: CallSteps) -> String {
    guard let window = steps.geometry.window else {
      let input = QuizNumberText.shape(steps.input.shape)
      switch min(max(level, 1), levels) {
      case 1:
        return "The input has shape \(input); \(steps.geometry.layerDescription) merges "
          + "dimensions start_dim to end_dim into one."
      case 2:
        return "The merged dimension's size is the product of the merged sizes of \(input)."
      default:
        return "The output has shape \(QuizNumberText.shape(steps.output.shape))."
      }
    }
    let formulas = window.formulas
    switch min(max(level, 1), levels) {
    case 1:
      return "Per dimension: \(formulas[0].symbolicText), where n is the input size, p the "
        + "padding, k the kernel size and s the stride; channels in front stay as they are."
    case 2:
      return "With this call's numbers: \(ShapeCheck.formulaText(window))."
    default:
      let names = window.isOneDimensional ? ["Length"] : ["Rows", "columns"]
      let text = zip(names, formulas).map { "\($0) \($1.text)" }.joined(separator: ", ")
      return "\(text), so the shape is \(QuizNumberText.shape(steps.output.shape))."
    }
  }

  /// The window's values, and for a convolution the kernel and the bias.
  static func windowText(_ step: Step, steps: CallSteps) -> String {
    guard let window = steps.geometry.window, !step.window.isEmpty else {
      if case .flatten = step.operation {
        return "Flatten keeps the elements in row-major order: count along the last "
          + "dimension first."
      }
      return "Apply the layer to the input element at the same place."
    }
    let cells = step.window.filter { $0.kind != .overhang }
    let padded = cells.contains { $0.kind == .padding }
    let rows = Set(cells.map(\.paddedRow))
    let columns = Set(cells.map(\.paddedColumn))
    func span(_ values: Set<Int>, before: Int) -> String {
      let low = (values.min() ?? 0) - before + 1
      let high = (values.max() ?? 0) - before + 1
      return low == high ? "\(low)" : "\(low) to \(high)"
    }
    func named(_ values: Set<Int>, _ one: String, _ many: String, before: Int) -> String {
      (values.count == 1 ? one : many) + " " + span(values, before: before)
    }
    var place =
      window.isOneDimensional
      ? named(columns, "position", "positions", before: window.padding.left)
      : named(rows, "row", "rows", before: window.padding.top) + ", "
        + named(columns, "column", "columns", before: window.padding.left)
    place += padded ? " (counting from 1 in the input; p marks padding)" : ""
    let channels = Dictionary(grouping: cells, by: \.channel).sorted { $0.key < $1.key }
    let several = channels.count > 1
    var parts: [String] = []
    for (channel, channelCells) in channels {
      let grid = gridText(channelCells) { cell in
        NumberText.text(cell.value, in: steps.notation.input) + (cell.kind == .padding ? "p" : "")
      }
      parts.append((several ? "channel \(channel + 1): " : "") + grid)
    }
    var text = "The window covers \(place): " + parts.joined(separator: "; ") + "."
    switch step.operation {
    case .weightedSum(let sum):
      let kernels = Dictionary(grouping: step.window, by: \.kernelChannel).sorted {
        $0.key < $1.key
      }
      let kernelText = kernels.map { _, cells in
        gridText(cells) { NumberText.text($0.weight ?? 0, in: steps.notation.weight) }
      }
      text += " The kernel: " + kernelText.joined(separator: "; ")
      text +=
        sum.bias.map { ", bias \(NumberText.text($0, in: steps.notation.bias))." } ?? ", no bias."
    case .maximum:
      text += " Take the largest value."
    case .average(let average):
      text += " Add them up and divide by \(average.divisor)."
    case .flatten, .rectify:
      break
    }
    return text
  }

  /// Cells as rows separated by ` / `, in window order.
  private static func gridText(_ cells: [WindowCell], _ value: (WindowCell) -> String) -> String {
    let rows = Dictionary(grouping: cells, by: \.kernelRow).sorted { $0.key < $1.key }
    return rows.map { _, row in
      row.sorted { $0.kernelColumn < $1.kernelColumn }.map(value).joined(separator: " ")
    }.joined(separator: " / ")
  }

}
