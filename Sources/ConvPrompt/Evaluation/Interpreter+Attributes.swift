import ConvCore

/// Imports, attribute reads and writes, and subscripts.
extension Interpreter {
  func importModule(_ path: [String], alias: String?, at range: SourceRange) throws(Diagnostic) {
    let dotted = path.joined(separator: ".")
    guard let namespace = Namespace(rawValue: dotted) else {
      throw Diagnostic(
        "No module named '\(dotted)': convtutor knows torch, torch.nn and torch.nn.functional",
        at: range)
    }
    if let alias {
      rebind(alias, to: .namespace(namespace))
    } else {
      rebind("torch", to: .namespace(.torch))
    }
  }

  func importNames(_ names: [ImportedName], from path: [String], at range: SourceRange)
    throws(Diagnostic)
  {
    let dotted = path.joined(separator: ".")
    guard let namespace = Namespace(rawValue: dotted) else {
      throw Diagnostic(
        "No module named '\(dotted)': convtutor knows torch, torch.nn and torch.nn.functional",
        at: range)
    }
    for imported in names {
      let value = try attribute(imported.name, of: .namespace(namespace), at: range)
      rebind(imported.alias ?? imported.name, to: value)
    }
  }

  /// `value.name`.
  func attribute(_ name: String, of value: Value, at range: SourceRange) throws(Diagnostic)
    -> Value
  {
    switch value {
    case .namespace(let namespace):
      let (member, known): (Value?, [String]) =
        switch namespace {
        case .torch: (TorchLibrary.member(name), TorchLibrary.names)
        case .nn: (NeuralNetworkLibrary.member(name), NeuralNetworkLibrary.names)
        case .functional: (FunctionalLibrary.member(name), FunctionalLibrary.names)
        }
      if let member { return member }
      var message = "module '\(namespace.rawValue)' has no attribute '\(name)'"
      if let guess = closestName(to: name, among: known) {
        message += "; did you mean '\(guess)'?"
      } else {
        message += " in convtutor (it has: \(known.joined(separator: ", ")))"
      }
      throw Diagnostic(message, at: range)
    case .tensor(let tensor):
      return try tensorAttribute(name, of: tensor, requiresGrad: false, at: range)
    case .parameter(let parameter):
      if name == "data" { return .tensor(parameter.data) }
      return try tensorAttribute(name, of: parameter.data, requiresGrad: true, at: range)
    case .module(let module):
      return try moduleAttribute(name, of: module, at: range)
    case .size(let sizes):
      if name == "numel" {
        return .function(Function("Size.numel") { _, _ in .integer(sizes.reduce(1, *)) })
      }
    case .dtype(let type):
      if name == "is_floating_point" { return .boolean(type.isFloatingPoint) }
    default:
      break
    }
    throw Diagnostic("'\(value.typeName)' object has no attribute '\(name)'", at: range)
  }

  private func moduleAttribute(_ name: String, of module: ModuleObject, at range: SourceRange)
    throws(Diagnostic) -> Value
  {
    switch name {
    case "weight" where module.weight != nil:
      return .parameter(module.weight!)
    case "bias" where isConvolution(module):
      return module.bias.map { .parameter($0) } ?? .none
    case "parameters":
      let parameters = [module.weight, module.bias].compactMap { $0 }.map { Value.parameter($0) }
      return .function(Function("parameters") { _, _ in .list(ValueList(parameters)) })
    case "forward":
      return .function(
        Function("forward") { interpreter, arguments throws(Diagnostic) in
          try interpreter.callModule(module, with: arguments)
        })
    case "eval", "train":
      return .function(Function(name) { _, _ in .module(module) })
    default:
      if let setting = module.settings[name] { return setting }
      throw Diagnostic("'\(module.typeName)' object has no attribute '\(name)'", at: range)
    }
  }

  private func isConvolution(_ module: ModuleObject) -> Bool {
    if case .convolution = module.kind { return true }
    return false
  }

  /// `base.name = value`.
  func setAttribute(
    _ name: String, of baseExpression: Expression, to value: Value, at range: SourceRange
  ) throws(Diagnostic) {
    let base = try evaluate(baseExpression)
    switch base {
    case .parameter(let parameter) where name == "data":
      parameter.data = try dataTensor(value, at: range)
    case .tensor where name == "data":
      // `x.data = t` on a plain tensor variable: the variable now holds `t`.
      guard case .name(let variable) = baseExpression.kind else {
        throw Diagnostic("cannot set .data on a temporary tensor", at: range)
      }
      rebind(variable, to: .tensor(try dataTensor(value, at: range)))
    case .module(let module) where isConvolution(module) && (name == "weight" || name == "bias"):
      switch value {
      case .parameter(let parameter):
        if name == "weight" { module.weight = parameter } else { module.bias = parameter }
      case .none where name == "bias":
        module.bias = nil
      default:
        throw Diagnostic(
          "cannot assign '\(value.typeName)' as parameter '\(name)' (torch.nn.Parameter or "
            + "None expected); wrap it: nn.Parameter(...), or set \(name).data = ...",
          at: range)
      }
    case .module(let module):
      throw Diagnostic(
        "setting '\(name)' on a \(module.typeName) is not part of convtutor; create a new "
          + "layer with the setting you want",
        at: range)
    default:
      throw Diagnostic(
        "'\(base.typeName)' object attribute '\(name)' cannot be set here", at: range)
    }
  }

  private func dataTensor(_ value: Value, at range: SourceRange) throws(Diagnostic) -> Tensor {
    guard let tensor = value.tensorValue else {
      throw Diagnostic(
        "assigned data must be a Tensor, not \(value.typeName); use torch.tensor(...)",
        at: range)
    }
    return tensor
  }

  /// `base[items]`.
  func subscriptValue(_ base: Value, items: [SubscriptItem], at range: SourceRange)
    throws(Diagnostic) -> Value
  {
    switch base {
    case .tensor, .parameter:
      let tensor = base.tensorValue!
      var indices: [Tensor.Index] = []
      for item in items {
        switch item {
        case .index(let expression):
          indices.append(
            .single(
              try integerValue(
                try evaluate(expression), describing: "an index", at: expression.range)))
        case .slice(let start, let stop, let step, let sliceRange):
          func bound(_ expression: Expression?) throws(Diagnostic) -> Int? {
            guard let expression else { return nil }
            let value = try evaluate(expression)
            if case .none = value { return nil }
            return try integerValue(value, describing: "a slice bound", at: sliceRange)
          }
          indices.append(
            .slice(start: try bound(start), stop: try bound(stop), step: try bound(step)))
        }
      }
      do {
        return .tensor(try tensor.indexed(by: indices))
      } catch {
        throw Diagnostic(error.message, at: range)
      }
    case .list(let values), .tuple(let values):
      return try sequenceItem(
        values.items, items, isTuple: { if case .tuple = base { true } else { false } }(), at: range
      )
    case .size(let sizes):
      return try sequenceItem(sizes.map { .integer($0) }, items, isTuple: true, at: range)
    case .module(let module):
      guard case .sequential(let children) = module.kind, items.count == 1,
        case .index(let expression) = items[0]
      else { break }
      let index = try integerValue(
        try evaluate(expression), describing: "an index", at: expression.range)
      guard index >= -children.count, index < children.count else {
        throw Diagnostic(
          "index \(index) is out of range for this Sequential of \(children.count)", at: range)
      }
      return .module(children[index < 0 ? index + children.count : index])
    default:
      break
    }
    throw Diagnostic("'\(base.typeName)' object is not subscriptable", at: range)
  }

  private func sequenceItem(
    _ values: [Value], _ items: [SubscriptItem], isTuple: Bool, at range: SourceRange
  ) throws(Diagnostic) -> Value {
    guard items.count == 1, case .index(let expression) = items[0] else {
      throw Diagnostic("lists and tuples take a single index here", at: range)
    }
    let index = try integerValue(
      try evaluate(expression), describing: "an index", at: expression.range)
    guard index >= -values.count, index < values.count else {
      throw Diagnostic("\(isTuple ? "tuple" : "list") index out of range", at: range)
    }
    return values[index < 0 ? index + values.count : index]
  }
}
