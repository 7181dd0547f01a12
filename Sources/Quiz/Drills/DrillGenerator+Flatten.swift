import ConvCore

/// The recipes of ``Skill/flatten``'s levels, as ``Skill/levels`` words them: the shape, then
/// a few positions of the flattened output (where an input value lands).
extension DrillGenerator {
  /// ``Skill/flatten``.
  mutating func flatten(_ level: DrillLevel) throws(TorchError) -> QuizItem {
    let layer: Flatten
    let shape: [Int]
    switch level.number {
    case 1:
      // The slides' nn.Flatten() on one channel: (1, H, W) becomes (1, H·W).
      shape = [1, int(2...3), int(2...3)]
      layer = Flatten()
    case 2:
      // The lesson's start_dim=0: everything in one row, (C·H·W,).
      shape = [int(1...2), int(2...3), int(2...3)]
      layer = Flatten(startDimension: 0)
    default:
      // The old drills' Flatten: channels, a batch, start_dim and end_dim.
      shape = chance(50) ? [int(1...3), int(2...3), int(2...4)] : [2, int(1...2), 2, int(2...3)]
      let start = int(0...1)
      let end = chance(70) ? -1 : shape.count - 2
      layer = Flatten(startDimension: start, endDimension: end)
    }
    return try item(level, layer, grid(shape, 0...9), shape: true)
  }
}
