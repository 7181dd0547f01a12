import ConvCore

/// Which of an output's cells a drill asks: 2 to 4 of them, chosen by the seed, so that an
/// exercise takes a minute or two and still meets the places where mistakes are made.
extension DrillGenerator {
  /// The step indices of the cells to ask, in row-major order: a corner first, then a cell
  /// away from the edges, then one whose window reads padding, then any others, until 2 to 4
  /// are chosen (all of them when the output has fewer).
  mutating func askedCells(of steps: CallSteps) -> [Int] {
    let wanted = min(int(2...4), steps.count)
    let shape = steps.output.shape
    let columns = max(shape.last ?? 1, 1)
    let rows = shape.count >= 2 ? max(shape[shape.count - 2], 1) : 1
    let gridSize = rows * columns
    // One grid (channel, or batch entry) holds the corner and the middle.
    let base = int(0...(max(steps.count / gridSize, 1) - 1)) * gridSize
    var chosen: [Int] = []
    func choose(_ index: Int?) {
      if let index, chosen.count < wanted, !chosen.contains(index) { chosen.append(index) }
    }
    let corners = [0, columns - 1, (rows - 1) * columns, gridSize - 1]
    choose(base + pick(corners))
    // A middle cell: on no edge of a side of 3 or more, and not a corner.
    func inner(_ place: Int, _ count: Int) -> Bool { count < 3 || (place > 0 && place < count - 1) }
    let middles = (0..<gridSize).filter { cell in
      !corners.contains(cell) && inner(cell / columns, rows) && inner(cell % columns, columns)
    }
    if !middles.isEmpty { choose(base + pick(middles)) }
    let padded = steps.indices.filter { steps[$0].window.contains(where: \.isPadding) }
    if !padded.isEmpty { choose(pick(padded)) }
    var others = steps.indices.filter { !chosen.contains($0) }
    while chosen.count < wanted, !others.isEmpty {
      choose(others.remove(at: int(0...(others.count - 1))))
    }
    return chosen.sorted()
  }
}
