import ConvCore

/// One tensor and the text PyTorch prints for it, for parameterised printing tests.
struct PrintingCase: Sendable, CustomStringConvertible {
  let name: String
  let tensor: Tensor
  var requiresGrad = false
  var gradFunction: String? = nil
  let expected: String

  init(
    _ name: String, _ tensor: Tensor, requiresGrad: Bool = false, gradFunction: String? = nil,
    _ expected: String
  ) {
    self.name = name
    self.tensor = tensor
    self.requiresGrad = requiresGrad
    self.gradFunction = gradFunction
    self.expected = expected
  }

  var description: String { name }

  /// What the printer gives for this case.
  var printed: String {
    tensor.pytorchDescription(requiresGrad: requiresGrad, gradFunction: gradFunction)
  }
}

/// Builders for the printing tests' tensors (in a namespace, so that other tests of the target
/// may use the same names).
enum PrintingFixtures {
  /// A tensor from its shape and row-major values (rounded to `dtype` as PyTorch stores them).
  static func tensor(_ shape: [Int], _ values: [Double], _ dtype: DType = .float32) -> Tensor {
    Tensor(shape: shape, scalars: values, dtype: dtype)
  }

  /// `torch.arange(count)` as `dtype`, reshaped to `shape` when given.
  static func arange(_ count: Int, _ dtype: DType = .float32, shape: [Int]? = nil) -> Tensor {
    Tensor(shape: shape ?? [count], scalars: (0..<count).map(Double.init), dtype: dtype)
  }
}
