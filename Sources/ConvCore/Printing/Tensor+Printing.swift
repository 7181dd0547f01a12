/// The texts Python and PyTorch print for a tensor: its `repr`, `tolist()` and `item()`.
extension Tensor {
  /// Exactly `repr(tensor)` in PyTorch 2.x, e.g. `tensor([[ 9., 13.],\n        [14., 11.]])`.
  ///
  /// - Parameters:
  ///   - requiresGrad: whether the tensor requires a gradient; adds `requires_grad=True` (a
  ///     parameter prints as `"Parameter containing:\n"` followed by this text with `true`).
  ///   - gradFunction: the name of the function that made the tensor, e.g. `ConvolutionBackward0`;
  ///     adds `grad_fn=<…>` instead of `requires_grad=True`.
  public func pytorchDescription(requiresGrad: Bool = false, gradFunction: String? = nil)
    -> String
  {
    TensorPrinter(self).description(requiresGrad: requiresGrad, gradFunction: gradFunction)
  }

  /// `repr(tensor.tolist())`: nested Python lists of floats (`[[2.0, 4.0], [3.0, 1.0]]`) or of
  /// ints for `int64`; a 0-d tensor gives its number alone.
  func pythonListDescription() -> String {
    let strides = self.strides
    func list(_ dimension: Int, _ offset: Int) -> String {
      if dimension == rank { return PythonFormat.repr(scalars[offset], as: dtype) }
      let items = (0..<shape[dimension]).map {
        list(dimension + 1, offset + $0 * strides[dimension])
      }
      return "[" + items.joined(separator: ", ") + "]"
    }
    return list(0, 0)
  }

  /// `repr(tensor.item())`: the one element as a Python float (`2.0`) or int (`2`), or PyTorch's
  /// error when the tensor does not hold exactly one element.
  func pythonItemDescription() throws(TorchError) -> String {
    guard elementCount == 1 else {
      throw .runtime("a Tensor with \(elementCount) elements cannot be converted to Scalar")
    }
    return PythonFormat.repr(scalars[0], as: dtype)
  }

  /// `repr(tensor.shape)`, e.g. `torch.Size([1, 4, 4])`.
  var sizeDescription: String { PythonFormat.sizeDescription(shape) }
}
