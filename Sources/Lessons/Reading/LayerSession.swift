import ConvCore
import ConvPrompt

/// A fresh session of the prompt language, used to build one operation of a lesson exactly
/// as the slides' code builds it: `layer = nn.Conv2d(…)`, the weight and bias set through
/// `.data`, then `layer(x)`. PyTorch's refusals come back as the prompt's own messages.
///
/// The statements are built as syntax trees, never as text, so no number is ever re-parsed.
final class LayerSession {
  private let interpreter = Interpreter { _ in }
  private static let nowhere = SourceRange(
    start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1))

  init() throws(Diagnostic) {
    try interpreter.run("import torch\nimport torch.nn as nn")
  }

  /// Runs `layer = <call>` and returns the layer's class name (`"Conv2d"`).
  func construct(_ call: Expression) throws(Diagnostic) -> String {
    try interpreter.execute(
      Statement(.assignment(targets: [name("layer")], value: call), range: call.range))
    return interpreter.variables["layer"]?.typeName ?? "layer"
  }

  /// The shape of the layer's weight, or `nil` for a layer without one.
  func parameterShape(_ parameter: String) -> [Int]? {
    guard (try? interpreter.execute(assign("probe", attribute(name("layer"), parameter)))) != nil,
      case .parameter(let object) = interpreter.variables["probe"]
    else { return nil }
    return object.data.shape
  }

  /// Sets `layer.<parameter>.data` to `tensor`.
  func setParameter(_ parameter: String, to tensor: Tensor) throws(Diagnostic) {
    let target = attribute(attribute(name("layer"), parameter), "data")
    try interpreter.execute(
      Statement(
        .assignment(targets: [target], value: tensorExpression(tensor)), range: Self.nowhere))
  }

  /// Runs `layer(x)` on `input` and returns the call as the session recorded it.
  func call(on input: Tensor) throws(Diagnostic) -> LayerCall? {
    try interpreter.execute(assign("x", tensorExpression(input)))
    let call = Expression(
      .call(
        callee: name("layer"),
        arguments: [CallArgument(label: nil, value: name("x"), range: Self.nowhere)]),
      range: Self.nowhere)
    try interpreter.execute(assign("y", call))
    return interpreter.lastLayerCallChain.last
  }

  private func name(_ text: String) -> Expression {
    Expression(.name(text), range: Self.nowhere)
  }

  private func attribute(_ base: Expression, _ member: String) -> Expression {
    Expression(.attribute(base: base, name: member, nameRange: Self.nowhere), range: Self.nowhere)
  }

  private func assign(_ variable: String, _ value: Expression) -> Statement {
    Statement(.assignment(targets: [name(variable)], value: value), range: Self.nowhere)
  }

  /// `torch.tensor([[…]])` holding `tensor`'s values as float literals, nested by its shape.
  private func tensorExpression(_ tensor: Tensor) -> Expression {
    func nested(_ dimension: Int, _ offset: Int) -> Expression {
      if dimension == tensor.rank {
        return Expression(.float(tensor.scalars[offset]), range: Self.nowhere)
      }
      let stride = tensor.strides[dimension]
      let items = (0..<tensor.shape[dimension]).map { nested(dimension + 1, offset + $0 * stride) }
      return Expression(.list(items), range: Self.nowhere)
    }
    let callee = attribute(name("torch"), "tensor")
    let argument = CallArgument(label: nil, value: nested(0, 0), range: Self.nowhere)
    return Expression(.call(callee: callee, arguments: [argument]), range: Self.nowhere)
  }
}
