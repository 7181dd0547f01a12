import ConvPrompt

/// The `layer:` of an operation, checked before anything is built: one call of a PyTorch
/// layer (`nn.Conv2d(1, 1, kernel_size=3, padding=1)`) whose arguments are plain values.
///
/// A lesson file only describes data, so nothing else of the prompt language is allowed here:
/// no variables, no other calls, no arithmetic beyond a sign.
enum LayerExpression {
  /// The layers a lesson can show: every layer ``LayerConstructor`` builds.
  static let layerNames = LayerConstructor.names
  /// The longest `layer:` text.
  static let maximumLength = 1000

  /// The layer's class name, the call's arguments and where the call is written, or `nil`
  /// after reporting what is wrong.
  static func parse(_ text: ScalarText, context: ReadContext)
    -> (name: String, arguments: [CallArgument], range: SourceRange)?
  {
    let example = "such as `nn.Conv2d(1, 1, kernel_size=3)`"
    guard text.value.unicodeScalars.count <= maximumLength else {
      context.log.error(
        "`layer:` is longer than \(maximumLength) characters; it is one layer call, \(example)",
        at: text.location)
      return nil
    }
    let script: Script
    do {
      script = try Parser.parse(text.value)
    } catch {
      context.log.error(
        "`layer:` is not valid Python: \(error.message)", at: text.location(of: error.range.start))
      return nil
    }
    guard script.statements.count == 1, case .expression(let call) = script.statements[0].kind,
      case .call(let callee, let arguments) = call.kind
    else {
      context.log.error(
        "`layer:` must be one layer call as the slides write it, \(example)", at: text.location)
      return nil
    }
    guard let name = layerName(callee) else {
      context.log.error(
        "`layer:` must call a layer of `nn`, \(example)", at: text.location(of: callee.range.start))
      return nil
    }
    guard layerNames.contains(name) else {
      var message = "`nn.\(name)` is not a layer a lesson can show"
      if let guess = Suggestion.closest(to: name, among: layerNames) {
        message += "; did you mean `nn.\(guess)`?"
      } else {
        message += " (it can show \(layerNames.map { "nn.\($0)" }.joined(separator: ", ")))"
      }
      context.log.error(message, at: text.location(of: callee.range.start))
      return nil
    }
    var valid = true
    for argument in arguments {
      if let problem = argument.value.firstNonPlainValue {
        context.log.error(
          "a layer's arguments in a lesson are plain values (numbers, strings, True, False, "
            + "None, tuples); this one is not", at: text.location(of: problem.range.start))
        valid = false
      }
    }
    return valid ? (name, arguments, call.range) : nil
  }

  /// `X` for `nn.X` or `torch.nn.X`.
  private static func layerName(_ callee: Expression) -> String? {
    guard case .attribute(let base, let name, _) = callee.kind else { return nil }
    switch base.kind {
    case .name("nn"): return name
    case .attribute(let root, "nn", _):
      if case .name("torch") = root.kind { return name }
      return nil
    default: return nil
    }
  }
}
