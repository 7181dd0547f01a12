/// The steps of window operations: convolution and pooling.
extension CallSteps {
  /// Batch, channel, row and column of output element `index` of a window operation.
  private func location(of index: Int, window: WindowGeometry) -> Step.Location {
    let (height, width) = (window.outputSize.rows, window.outputSize.columns)
    let plane = index / (height * width)
    let rest = index % (height * width)
    return Step.Location(
      batch: plane / window.outputChannels, channel: plane % window.outputChannels,
      row: rest / width, column: rest % width)
  }

  /// The cell of channel `channel` (of batch `batch`) at padded (`row`, `column`).
  private func cell(
    batch: Int, channel: Int, row: Int, column: Int, window: WindowGeometry,
    tap: (channel: Int, row: Int, column: Int), weight: Double?
  ) -> WindowCell {
    let (height, width) = (window.inputSize.rows, window.inputSize.columns)
    let (paddedHeight, paddedWidth) = (window.paddedSize.rows, window.paddedSize.columns)
    let inputChannels = window.inputChannels
    guard row < paddedHeight, column < paddedWidth else {
      return WindowCell(
        channel: channel, kernelChannel: tap.channel, kernelRow: tap.row,
        kernelColumn: tap.column, paddedRow: row, paddedColumn: column, sourceRow: nil,
        sourceColumn: nil, copiedFromRow: nil, copiedFromColumn: nil,
        value: window.fill.constant ?? 0, weight: weight, kind: .overhang)
    }
    let sourceRow = row - window.padding.top
    let sourceColumn = column - window.padding.left
    let inside = sourceRow >= 0 && sourceRow < height && sourceColumn >= 0 && sourceColumn < width
    let offset = ((batch * inputChannels + channel) * paddedHeight + row) * paddedWidth + column
    let copies = !inside && window.fill.copiesInput
    return WindowCell(
      channel: channel, kernelChannel: tap.channel, kernelRow: tap.row, kernelColumn: tap.column,
      paddedRow: row, paddedColumn: column, sourceRow: inside ? sourceRow : nil,
      sourceColumn: inside ? sourceColumn : nil,
      copiedFromRow: copies
        ? window.fill.source(ofPadded: row, size: height, before: window.padding.top) : nil,
      copiedFromColumn: copies
        ? window.fill.source(ofPadded: column, size: width, before: window.padding.left) : nil,
      value: paddedInput.scalars[offset], weight: weight, kind: inside ? .input : .padding)
  }

  /// The full index of output element `location` in the output tensor.
  private func outputPosition(_ location: Step.Location, window: WindowGeometry) -> [Int] {
    var position: [Int] = geometry.isBatched ? [location.batch] : []
    position.append(location.channel)
    if !window.isOneDimensional { position.append(location.row) }
    position.append(location.column)
    return position
  }

  func convolutionStep(_ plan: ConvolutionPlan, at index: Int) -> Step {
    let window = plan.window
    let location = location(of: index, window: window)
    let (kernelHeight, kernelWidth) = (window.kernelSize.rows, window.kernelSize.columns)
    let perGroup = plan.inPerGroup
    let group = location.channel / plan.outPerGroup
    var cells: [WindowCell] = []
    var terms: [Step.Term] = []
    cells.reserveCapacity(window.windowSize)
    terms.reserveCapacity(window.windowSize)
    var sum = 0.0
    for localChannel in 0..<perGroup {
      for kernelRow in 0..<kernelHeight {
        let row = location.row * window.stride.rows + kernelRow * window.dilation.rows
        for kernelColumn in 0..<kernelWidth {
          let column =
            location.column * window.stride.columns + kernelColumn * window.dilation.columns
          let weightIndex =
            ((location.channel * perGroup + localChannel) * kernelHeight + kernelRow)
            * kernelWidth + kernelColumn
          let weight = plan.weight[weightIndex]
          let cell = cell(
            batch: location.batch, channel: group * perGroup + localChannel, row: row,
            column: column, window: window, tap: (localChannel, kernelRow, kernelColumn),
            weight: weight)
          let product = weight * cell.value
          sum += product
          terms.append(
            Step.Term(cell: cells.count, value: cell.value, weight: weight, product: product))
          cells.append(cell)
        }
      }
    }
    let bias = plan.bias?[location.channel]
    let total = bias.map { sum + $0 } ?? sum
    return Step(
      flatIndex: index, outputPosition: outputPosition(location, window: window),
      location: location, window: cells,
      operation: .weightedSum(Step.WeightedSum(terms: terms, sum: sum, bias: bias, total: total)),
      result: plan.dtype.rounded(total))
  }

  func poolStep(_ plan: PoolPlan, at index: Int) -> Step {
    let window = plan.window
    let location = location(of: index, window: window)
    var cells: [WindowCell] = []
    cells.reserveCapacity(window.windowSize)
    for kernelRow in 0..<window.kernelSize.rows {
      let row = location.row * window.stride.rows + kernelRow * window.dilation.rows
      for kernelColumn in 0..<window.kernelSize.columns {
        let column =
          location.column * window.stride.columns + kernelColumn * window.dilation.columns
        cells.append(
          cell(
            batch: location.batch, channel: location.channel, row: row, column: column,
            window: window, tap: (0, kernelRow, kernelColumn), weight: nil))
      }
    }
    let planeSize = window.inputSize.rows * window.inputSize.columns
    let plane = (location.batch * window.inputChannels + location.channel) * planeSize
    let operation: Step.Operation
    let value: Double
    switch plan.kind {
    case .maximum:
      let maximum = input.scalars.withUnsafeBufferPointer {
        plan.maximum(in: $0.baseAddress! + plane, row: location.row, column: location.column)
      }
      let winner = maximum.winner.flatMap { winner in
        cells.firstIndex { $0.sourceRow == winner.row && $0.sourceColumn == winner.column }
      }
      operation = .maximum(Step.Maximum(winner: winner, comparedCount: maximum.comparedCount))
      value = maximum.value
    case .average(let countIncludePad, let divisorOverride):
      let average = input.scalars.withUnsafeBufferPointer {
        plan.average(in: $0.baseAddress! + plane, row: location.row, column: location.column)
      }
      operation = .average(
        Step.Average(
          sum: average.sum, divisor: average.divisor, summedCount: average.summedCount,
          countedPaddingCount: average.countedPaddingCount, countIncludePad: countIncludePad,
          divisorOverride: divisorOverride))
      value = average.value
    }
    return Step(
      flatIndex: index, outputPosition: outputPosition(location, window: window),
      location: location, window: cells, operation: operation, result: plan.dtype.rounded(value))
  }
}
