import ConvCore

/// What a run of the interpreter did: the text it printed, the layer calls of its latest
/// statement that called a layer, and the error it stopped at.
///
/// A run that stops at an error keeps what the statements before it printed, and what the
/// failing statement printed before it failed, so that a caller shows the output as Python
/// does before the traceback.
public struct RunResult {
  /// Everything the run printed, in order; each printed line ends in its newline.
  public var printed: String
  /// The layer calls of the latest statement that called a layer: one call, or a chain such
  /// as `pool(conv(x))`, in call order. Calls of earlier statements are let go, so that they
  /// hold no memory. Empty when no statement called a layer.
  public var layerCalls: [LayerCall]
  /// The error the run stopped at, or `nil` when it ran to the end.
  public var error: Diagnostic?

  /// A result of what was printed, called and failed.
  init(printed: String = "", layerCalls: [LayerCall] = [], error: Diagnostic? = nil) {
    self.printed = printed
    self.layerCalls = layerCalls
    self.error = error
  }

  /// Adds what a later statement of the same run did: its output after this output, its
  /// layer calls in place of these when it called a layer, and its error.
  mutating func append(_ later: RunResult) {
    printed += later.printed
    if !later.layerCalls.isEmpty { layerCalls = later.layerCalls }
    if let error = later.error { self.error = error }
  }

  /// The layer calls laid out as steps, one stage per call, for the animation; empty when no
  /// layer was called.
  public func callChain() throws(TorchError) -> CallChain {
    CallChain(
      stages: try layerCalls.map { (call) throws(TorchError) in
        try call.layer.steps(for: call.input)
      })
  }
}
