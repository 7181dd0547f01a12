/// `nn.Sequential(...)`: layers called one after the other.
struct Sequential: Layer {
  /// The layers, in call order.
  var layers: [any Layer]

  /// `nn.Sequential(layer, layer, …)`.
  init(_ layers: [any Layer]) {
    self.layers = layers
  }

  /// `"Sequential"`.
  var name: String { "Sequential" }

  /// PyTorch's repr: one numbered line per layer, nested layers indented.
  var description: String {
    guard !layers.isEmpty else { return "Sequential()" }
    var lines = ["Sequential("]
    for (index, layer) in layers.enumerated() {
      let child = layer.description.split(separator: "\n", omittingEmptySubsequences: false)
      let indented = child.enumerated().map {
        $0.offset == 0 ? String($0.element) : "  " + $0.element
      }
      lines.append("  (\(index)): " + indented.joined(separator: "\n"))
    }
    lines.append(")")
    return lines.joined(separator: "\n")
  }

  /// Calls each layer on the previous one's output.
  func forward(_ input: Tensor) throws(TorchError) -> Tensor {
    var value = input
    for layer in layers { value = try layer.forward(value) }
    return value
  }

  /// The work of every layer in turn; each layer but the last runs, to give the next its input.
  func work(for input: Tensor) throws(TorchError) -> Int {
    var value = input
    var total = 0
    for (index, layer) in layers.enumerated() {
      let (sum, overflow) = total.addingReportingOverflow(try layer.work(for: value))
      total = overflow ? .max : sum
      if index < layers.count - 1 { value = try layer.forward(value) }
    }
    return total
  }

  /// The steps of the last layer's call (the earlier layers run first to give its input); use
  /// ``chain(for:)`` for every stage.
  func steps(for input: Tensor) throws(TorchError) -> CallSteps {
    guard let last = layers.last else {
      throw TorchError(.runtimeError, "an empty Sequential has no steps: it returns its input")
    }
    var value = input
    for layer in layers.dropLast() { value = try layer.forward(value) }
    return try last.steps(for: value)
  }

  /// Every stage of the call: one ``CallSteps`` per layer.
  func chain(for input: Tensor) throws(TorchError) -> CallChain {
    try CallChain(layers: layers, input: input)
  }
}
