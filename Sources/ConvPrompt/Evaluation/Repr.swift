import ConvCore

/// How values print: `repr` for echoes, `str` for `print(…)`, as Python and PyTorch print them.
extension Interpreter {
  /// Python's `repr(value)`.
  func repr(_ value: Value) -> String {
    switch value {
    case .none: return "None"
    case .boolean(let flag): return flag ? "True" : "False"
    case .integer(let number): return PythonFormat.repr(number)
    case .float(let number): return PythonFormat.repr(number)
    case .string(let text): return PythonFormat.repr(text)
    case .list(let items): return "[" + items.map(repr).joined(separator: ", ") + "]"
    case .tuple(let items):
      return items.count == 1
        ? "(\(repr(items[0])),)"
        : "(" + items.map(repr).joined(separator: ", ") + ")"
    case .tensor(let tensor): return tensor.pytorchDescription()
    case .parameter(let parameter):
      return "Parameter containing:\n" + parameter.data.pytorchDescription(requiresGrad: true)
    case .size(let sizes): return PythonFormat.sizeDescription(sizes)
    case .dtype(let type): return type.torchName
    case .module(let module): return module.description
    case .namespace(let namespace): return "<module '\(namespace.rawValue)'>"
    case .function(let function): return "<built-in function \(function.name)>"
    }
  }

  /// Python's `str(value)`: like `repr`, but a string prints as its text.
  func str(_ value: Value) -> String {
    if case .string(let text) = value { return text }
    return repr(value)
  }
}
