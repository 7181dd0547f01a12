import ConvCore

/// A layer object of a script (`nn.Conv2d(…)`, `nn.MaxPool2d(…)`, `nn.Sequential(…)`).
///
/// Python shares modules by reference, and `conv.weight.data = …` changes the module that
/// every name for it sees, so this is a class. The configuration lives in the core layer; the
/// weight and bias are parameter objects that scripts can replace or share.
final class ModuleObject {
  enum Kind {
    /// A convolution, whose weight and bias live in ``ModuleObject/weight`` and `bias`.
    case convolution(Conv2d)
    /// A layer without parameters: a pool, Flatten or ReLU.
    case layer(any Layer)
    case sequential([ModuleObject])
  }

  let kind: Kind
  /// The weight parameter (`conv.weight`), for a convolution.
  var weight: ParameterObject?
  /// The bias parameter (`conv.bias`), for a convolution with a bias.
  var bias: ParameterObject?
  /// The constructor's settings as PyTorch stores them (`kernel_size`, `stride`, …), readable
  /// as attributes.
  let settings: [String: Value]

  /// How deeply Sequentials nest in this module: 0 for a layer, 1 for a Sequential of layers.
  let nesting: Int
  /// How many layers a call of this module runs, a shared child counted each time it runs.
  let layerCount: Int

  init(_ kind: Kind, settings: [String: Value] = [:]) {
    self.kind = kind
    self.settings = settings
    if case .sequential(let children) = kind {
      nesting = 1 + (children.map(\.nesting).max() ?? 0)
      layerCount = children.reduce(0) { total, child in
        let (sum, overflow) = total.addingReportingOverflow(child.layerCount)
        return overflow ? .max : sum
      }
    } else {
      nesting = 0
      layerCount = 1
    }
  }

  /// PyTorch's class name, e.g. `Conv2d`.
  var typeName: String {
    switch kind {
    case .convolution: "Conv2d"
    case .layer(let layer): layer.name
    case .sequential: "Sequential"
    }
  }

  /// The core layer as it stands now, with the current weight and bias.
  func currentConvolution() -> Conv2d? {
    guard case .convolution(var convolution) = kind else { return nil }
    if let weight { convolution.weight = weight.data }
    convolution.bias = bias?.data
    return convolution
  }

  /// The core layer as it stands now (see ``currentConvolution()``), or `nil` for a
  /// Sequential.
  var coreLayer: (any Layer)? {
    switch kind {
    case .convolution: currentConvolution()
    case .layer(let layer): layer
    case .sequential: nil
    }
  }

  /// PyTorch's repr of the module.
  var description: String {
    switch kind {
    case .convolution: return currentConvolution()!.description
    case .layer(let layer): return layer.description
    case .sequential(let children):
      guard !children.isEmpty else { return "Sequential()" }
      var lines = ["Sequential("]
      for (index, child) in children.enumerated() {
        let childLines = child.description.split(separator: "\n", omittingEmptySubsequences: false)
        lines.append("  (\(index)): " + childLines[0])
        lines.append(contentsOf: childLines.dropFirst().map { "  " + $0 })
      }
      lines.append(")")
      return lines.joined(separator: "\n")
    }
  }
}

extension Interpreter {
  /// `module(input)`: runs the layer (each layer in turn for a Sequential) and records it.
  func callModule(_ module: ModuleObject, with arguments: CallArguments) throws(Diagnostic)
    -> Value
  {
    let bound = try arguments.bound(to: Signature("\(module.typeName).forward", ["input"]))
    let input = try bound.tensor("input")
    return try callModule(module, on: input, at: arguments.range)
  }

  /// Runs `module` on `input`, recording each layer call.
  func callModule(_ module: ModuleObject, on input: Tensor, at range: SourceRange)
    throws(Diagnostic) -> Value
  {
    .tensor(try run(module, on: input, at: range))
  }

  private func run(_ module: ModuleObject, on input: Tensor, at range: SourceRange)
    throws(Diagnostic) -> Tensor
  {
    switch module.kind {
    case .convolution:
      return try callLayer(module.currentConvolution()!, on: input, at: range)
    case .layer(let layer):
      return try callLayer(layer, on: input, at: range)
    case .sequential(let children):
      var value = input
      for child in children {
        value = try run(child, on: value, at: range)
      }
      return value
    }
  }
}
