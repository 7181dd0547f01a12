/// A layer with PyTorch's semantics: it computes a call exactly as `torch.nn` does on the CPU,
/// refuses what PyTorch refuses, and can lay the call out as a sequence of steps.
public protocol Layer: Sendable, CustomStringConvertible {
  /// PyTorch's class name: `"Conv2d"`, `"MaxPool2d"`, …
  var name: String { get }
  /// Runs the layer on `input`, as calling the PyTorch module does.
  func forward(_ input: Tensor) throws(TorchError) -> Tensor
  /// The call on `input` laid out as one step per output element, for animation and quizzes.
  func steps(for input: Tensor) throws(TorchError) -> CallSteps
  /// The work of the call on `input`, without running it: multiply-adds for a convolution,
  /// window reads for a pool, elements for the others. ``CallLimits`` caps it per call.
  func work(for input: Tensor) throws(TorchError) -> Int
}

extension Layer {
  /// One operation per input element, the work of an element-wise layer.
  public func work(for input: Tensor) throws(TorchError) -> Int { input.elementCount }
}
