import ConvCore

/// One call of a layer made by a script: the layer, what went in and came out, and where the
/// call is written.
public struct LayerCall: Sendable {
  public let layer: any Layer
  public let input: Tensor
  public let output: Tensor
  /// Where the call is written.
  let range: SourceRange
}
