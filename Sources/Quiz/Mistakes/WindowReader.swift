import ConvCore

/// Reads a step's operation over a window placed elsewhere on the padded input: the engine's
/// own arithmetic, moved, for the alternatives of ``MistakeFinder``.
struct WindowReader {
  let steps: CallSteps
  let window: WindowGeometry
  let step: Step
  let location: Step.Location

  /// The padded row and column where the step's window starts.
  var origin: (row: Int, column: Int) {
    window.windowOrigin(row: location.row, column: location.column)
  }

  /// The padded input's value at (`row`, `column`) of `channel`, or `nil` outside it.
  func read(channel: Int, row: Int, column: Int) -> Double? {
    let (height, width) = (window.paddedSize.rows, window.paddedSize.columns)
    guard row >= 0, row < height, column >= 0, column < width else { return nil }
    let offset =
      ((location.batch * window.inputChannels + channel) * height + row) * width + column
    let scalars = steps.paddedInput.scalars
    return offset < scalars.count ? scalars[offset] : nil
  }

  /// The operation over the window moved by `shift` (rows, columns); `nil` when `wholeWindow`
  /// and the moved window leaves the padded input, or when it reads nothing.
  func value(shift: (Int, Int), wholeWindow: Bool) -> Double? {
    switch step.operation {
    case .weightedSum:
      return convolution(shift: shift, flipped: false, wholeWindow: wholeWindow)
    case .maximum:
      let values = cellValues(shift: shift, wholeWindow: wholeWindow)
      return values?.max()
    case .average(let average):
      guard let values = cellValues(shift: shift, wholeWindow: wholeWindow) else { return nil }
      return values.reduce(0, +) / Double(average.divisor)
    case .flatten, .rectify:
      return nil
    }
  }

  /// The values under the moved window's taps.
  private func cellValues(shift: (Int, Int), wholeWindow: Bool) -> [Double]? {
    var values: [Double] = []
    for cell in step.window where cell.kind != .overhang {
      let row = origin.row + shift.0 + cell.kernelRow * window.dilation.rows
      let column = origin.column + shift.1 + cell.kernelColumn * window.dilation.columns
      if let value = read(channel: cell.channel, row: row, column: column) {
        values.append(value)
      } else if wholeWindow {
        return nil
      }
    }
    return values.isEmpty ? nil : values
  }

  /// The convolution over the moved window, with the kernel flipped when asked, and its
  /// channels in reverse order when `reversedChannels` (each input channel multiplied by
  /// another's kernel slice: with two, the slices swapped); cells outside the padded input
  /// read 0.
  func convolution(
    shift: (Int, Int), flipped: Bool, reversedChannels: Bool = false, wholeWindow: Bool = false
  ) -> Double? {
    guard case .weightedSum(let sum) = step.operation else { return nil }
    var weights: [[Int]: Double] = [:]
    for cell in step.window {
      weights[[cell.kernelChannel, cell.kernelRow, cell.kernelColumn]] = cell.weight ?? 0
    }
    let (height, width) = (window.kernelSize.rows, window.kernelSize.columns)
    let channels = window.channelsPerWindow
    var total = 0.0
    for cell in step.window {
      let row = origin.row + shift.0 + cell.kernelRow * window.dilation.rows
      let column = origin.column + shift.1 + cell.kernelColumn * window.dilation.columns
      let channel = reversedChannels ? channels - 1 - cell.kernelChannel : cell.kernelChannel
      let key =
        flipped
        ? [channel, height - 1 - cell.kernelRow, width - 1 - cell.kernelColumn]
        : [channel, cell.kernelRow, cell.kernelColumn]
      guard let value = read(channel: cell.channel, row: row, column: column) else {
        if wholeWindow { return nil }
        continue
      }
      total += value * (weights[key] ?? 0)
    }
    return total + (sum.bias ?? 0)
  }
}
