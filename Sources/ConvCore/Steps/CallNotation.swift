/// The notation of each tensor a layer call reads or writes, so that every value of one
/// tensor is written alike wherever it appears: in its grid, in the arithmetic, in a hint.
///
/// Computed once per call from all of each tensor's values, as PyTorch's printer does.
public struct CallNotation: Sendable, Hashable {
  /// The input's values (the padding's zeros and −∞ do not change it).
  public let input: ElementNotation
  /// The kernel's weights (the input's notation for a layer without weights).
  public let weight: ElementNotation
  /// The biases (the output's notation for a layer without a bias).
  public let bias: ElementNotation
  /// The output's values, and the sums that lead to them.
  public let output: ElementNotation

  init(input: Tensor, output: Tensor, weight: [Double]? = nil, bias: [Double]? = nil) {
    self.input = ElementNotation(of: input)
    self.output = ElementNotation(of: output)
    self.weight = weight.map { ElementNotation(values: $0, dtype: output.dtype) } ?? self.input
    self.bias = bias.map { ElementNotation(values: $0, dtype: output.dtype) } ?? self.output
  }
}
