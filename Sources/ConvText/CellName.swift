import ConvCore

/// The name of one cell of a tensor, counted from 0 as PyTorch indexes it and as the grid
/// labels on screen read: `row 0, column 1`; with several channels the channel and
/// PyTorch's index beside it, `channel 1, row 0, column 1 — output[1, 0, 1]`; along one
/// dimension (a 1-d pool, Flatten) `position 3`, or `position 3 — output[1, 3]` when a
/// dimension in front has more than one entry.
///
/// This is the one way the tutor names a cell: in quiz questions, hints, errata, `lesson
/// check`, drills and plain mode.
public struct CellName: Sendable, Equatable, CustomStringConvertible {
  /// The cell's index, one coordinate per dimension of ``shape``.
  let position: [Int]
  /// The shape of the tensor that holds the cell.
  let shape: [Int]
  /// How many of the last dimensions are the grid's: 2 (rows and columns) or 1 (positions).
  let gridDimensions: Int
  /// Whether the dimension in front of the grid's is the channels (a convolution's or a
  /// pool's); otherwise the dimensions in front are named only by the index.
  let hasChannels: Bool
  /// The tensor's name in the index: `output`, `input`.
  let tensorName: String

  /// The cell at `position` of a tensor of `shape`.
  init(
    position: [Int], shape: [Int], gridDimensions: Int, hasChannels: Bool,
    tensorName: String = "output"
  ) {
    self.position = position
    self.shape = shape
    self.gridDimensions = min(max(gridDimensions, 1), max(shape.count, 1))
    self.hasChannels = hasChannels && shape.count > self.gridDimensions
    self.tensorName = tensorName
  }

  /// The output cell that step `index` of `steps` computes.
  public init(step index: Int, of steps: CallSteps) {
    let shape = steps.output.shape
    let layout = CellName.layout(of: steps)
    self.init(
      position: Tensor.position(ofFlatIndex: index, in: shape), shape: shape,
      gridDimensions: layout.gridDimensions, hasChannels: layout.hasChannels)
  }

  /// How the output of `steps` is laid out as grids: a window layer's grid has 2 dimensions
  /// (1 for a 1-d pool) with the channels in front; Flatten's output is a row of positions;
  /// ReLU keeps its input's layout.
  static func layout(of steps: CallSteps) -> (gridDimensions: Int, hasChannels: Bool) {
    let rank = steps.output.shape.count
    if let window = steps.geometry.window {
      let grid = window.isOneDimensional ? 1 : 2
      return (grid, rank > grid)
    }
    if steps.geometry.layerName == "Flatten" || rank < 2 { return (1, false) }
    return (2, rank > 2)
  }

  /// The cell's place in words: `row 0, column 1`, `channel 1, row 0, column 1`,
  /// `position 3`, `channel 0, position 3`.
  var place: String {
    var parts: [String] = []
    if hasChannels, let channel = coordinate(shape.count - gridDimensions - 1),
      shape[shape.count - gridDimensions - 1] > 1
    {
      parts.append("channel \(channel)")
    }
    if gridDimensions == 2 {
      parts.append("row \(coordinate(shape.count - 2) ?? 0)")
      parts.append("column \(coordinate(shape.count - 1) ?? 0)")
    } else {
      parts.append("position \(coordinate(shape.count - 1) ?? 0)")
    }
    return parts.joined(separator: ", ")
  }

  /// PyTorch's index of the cell: `output[1, 0, 1]`.
  var index: String {
    tensorName + NumberText.index(position)
  }

  /// Whether a dimension in front of the grid has more than one entry, so that the place
  /// alone does not say which grid the cell is in without its index.
  var needsIndex: Bool {
    shape.dropLast(gridDimensions).contains { $0 > 1 }
  }

  /// The name: the place, with PyTorch's index beside it when a dimension in front of the
  /// grid has more than one entry (`channel 1, row 0, column 1 — output[1, 0, 1]`).
  public var text: String { needsIndex ? place + " — " + index : place }

  /// The name at the start of a sentence: `Row 0, column 1`.
  public var capitalized: String { text.prefix(1).uppercased() + text.dropFirst() }

  /// The same as ``text``.
  public var description: String { text }

  private func coordinate(_ dimension: Int) -> Int? {
    dimension >= 0 && dimension < position.count ? position[dimension] : nil
  }
}
