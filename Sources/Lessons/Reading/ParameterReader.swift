import ConvCore
import ConvText
@preconcurrency import Yams

/// Reads a convolution's `weight:` and `bias:`, checked against the shapes the layer needs.
///
/// The weight of `nn.Conv2d(in, out, k)` has shape (out, in, kH, kW) (in/groups with groups).
/// One kernel (1 input and 1 output channel) is one grid. Otherwise `weight:` is a list with
/// one entry per output channel; each entry is a grid when the layer reads one input channel,
/// and a list of grids, one per input channel, when it reads several:
///
///     weight:              # nn.Conv2d(2, 2, kernel_size=2)
///       - - |              # output channel 0, input channel 0
///           1 0
///           0 1
///         - |              # output channel 0, input channel 1
///           …
///       - - …              # output channel 1
///
/// `bias:` is a number for one output channel, or a list of numbers, one per output channel.
struct ParameterReader {
  let layerText: String
  let context: ReadContext

  /// The weight tensor of `shape`, or `nil` after reporting what is wrong.
  func weight(_ node: Node, shape: [Int]) -> Tensor? {
    let (outputs, inputs, rows, columns) = (shape[0], shape[1], shape[2], shape[3])
    var kernels: [GridCells] = []
    func kernel(_ node: Node, _ what: String) -> Bool {
      guard let grid = GridReader.read(node, what: what, context: context) else { return false }
      guard grid.rows == rows, grid.columns == columns else {
        context.log.error(
          "\(what) is \(grid.sizeText), but the kernel of \(layerText) is \(ShapeText.size([rows, columns]))",
          at: grid.location)
        return false
      }
      kernels.append(grid)
      return true
    }
    let single = outputs == 1 && inputs == 1
    guard case .sequence(let perOutput) = node else {
      guard single else {
        context.log.error(
          "\(layerText) has \(outputs) output channel(s) reading \(inputs) input channel(s) "
            + "each: write `weight:` as a list with one entry per output channel "
            + "(each a list of \(inputs) grid(s) when it reads several)", at: node.location)
        return nil
      }
      return kernel(node, "the kernel") ? tensor(kernels, shape) : nil
    }
    guard perOutput.count == outputs else {
      context.log.error(
        "`weight:` has \(perOutput.count) entries, but \(layerText) has \(outputs) output "
          + "channel(s): one kernel entry each", at: node.location)
      return nil
    }
    for (output, entry) in perOutput.enumerated() {
      guard !context.shouldStop else { return nil }
      let name = outputs == 1 ? "the kernel" : "the kernel of output channel \(output)"
      if case .sequence(let perInput) = entry {
        guard perInput.count == inputs else {
          context.log.error(
            "\(name) has \(perInput.count) grid(s), but \(layerText) reads \(inputs) input "
              + "channel(s): one grid each", at: entry.location)
          return nil
        }
        for (input, grid) in perInput.enumerated() {
          let what = inputs == 1 ? name : "\(name), input channel \(input)"
          guard kernel(grid, what) else { return nil }
        }
      } else {
        guard inputs == 1 else {
          context.log.error(
            "\(name) must be a list of \(inputs) grids, one per input channel", at: entry.location)
          return nil
        }
        guard kernel(entry, name) else { return nil }
      }
    }
    return tensor(kernels, shape)
  }

  /// The bias tensor of `count` values, or `nil` after reporting what is wrong.
  func bias(_ node: Node, count: Int) -> Tensor? {
    var values: [Double] = []
    let items: [Node]
    if case .sequence(let list) = node {
      items = Array(list)
    } else {
      items = [node]
      guard count == 1 else {
        context.log.error(
          "\(layerText) has \(count) output channels: give one bias each, as a list "
            + "(`bias: [1, 0]`)", at: node.location)
        return nil
      }
    }
    guard items.count == count else {
      context.log.error(
        "`bias:` has \(items.count) value(s), but \(layerText) has \(count) output channel(s): "
          + "one bias each", at: node.location)
      return nil
    }
    for item in items {
      guard case .scalar(let scalar) = item, let number = PrintedNumber(scalar.string) else {
        context.log.error("a bias must be a number", at: item.location)
        return nil
      }
      values.append(number.value)
    }
    return Tensor(shape: [count], scalars: values)
  }

  private func tensor(_ kernels: [GridCells], _ shape: [Int]) -> Tensor {
    Tensor(shape: shape, scalars: kernels.flatMap(\.values))
  }
}
