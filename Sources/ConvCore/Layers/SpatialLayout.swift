/// How a window layer reads its input: `batch` planes of `channels` grids of
/// `height × width` cells, whatever the rank the user passed.
///
/// 2-d layers take (C, H, W) or (N, C, H, W); 1-d layers take (C, L) or (N, C, L), read as
/// grids of one row. The output keeps the input's rank: unbatched in, unbatched out.
struct SpatialLayout: Sendable, Hashable {
  let batch: Int
  let channels: Int
  let height: Int
  let width: Int
  let isBatched: Bool
  let isOneDimensional: Bool

  /// Reads the layout of `input` for `layer`, refusing a rank or an empty size PyTorch refuses.
  init(of input: Tensor, layer: String, oneDimensional: Bool) throws(TorchError) {
    let shape = input.shape
    let shown = Tensor.bracketed(shape)
    if oneDimensional {
      guard shape.count == 2 || shape.count == 3 else {
        throw TorchError(
          .runtimeError,
          "expected 2-D (C, L) or 3-D (N, C, L) input to \(layer), got shape \(shown)")
      }
    } else {
      guard shape.count == 3 || shape.count == 4 else {
        throw TorchError(
          .runtimeError,
          "expected 3-D (C, H, W) or 4-D (N, C, H, W) input to \(layer), got shape \(shown)")
      }
    }
    let spatialRank = oneDimensional ? 1 : 2
    isBatched = shape.count == spatialRank + 2
    isOneDimensional = oneDimensional
    batch = isBatched ? shape[0] : 1
    channels = shape[shape.count - spatialRank - 1]
    height = oneDimensional ? 1 : shape[shape.count - 2]
    width = shape[shape.count - 1]
    guard channels > 0, height > 0, width > 0 else {
      let parts = oneDimensional ? "channel and element" : "channel, row and column"
      throw TorchError(
        .runtimeError,
        "\(layer) needs an input with at least one \(parts) (only the batch may be empty); "
          + "got shape \(shown)")
    }
  }

  /// A shape of the same rank as the input, with new channel and spatial sizes.
  func shape(channels: Int, height: Int, width: Int) -> [Int] {
    var shape: [Int] = isBatched ? [batch] : []
    shape.append(channels)
    if !isOneDimensional { shape.append(height) }
    shape.append(width)
    return shape
  }

  /// The input shape.
  var inputShape: [Int] { shape(channels: channels, height: height, width: width) }

  /// Number of (batch, channel) planes.
  var planeCount: Int { batch * channels }

  /// The input size as a (rows, columns) pair.
  var size: Pair { Pair(height, width) }
}
