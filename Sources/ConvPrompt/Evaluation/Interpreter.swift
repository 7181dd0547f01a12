import ConvCore

/// Runs programs of the prompt language, keeping variables between runs as a notebook does.
///
/// A run returns what it did as a ``RunResult``: the text it printed (bare expressions are
/// echoed as Python's REPL echoes them), the layer calls of its latest statement that called a
/// layer, for the workspace to animate, and the error it stopped at. Nothing of a run is kept
/// after it returns but the variables. ``start(_:)`` runs a script statement by statement, for
/// a caller that shows each statement's output as it comes.
public final class Interpreter {
  /// The variables of the session.
  private(set) var variables: [String: Value] = [:]

  /// Whether the session has a variable called `name`.
  public func hasVariable(named name: String) -> Bool { variables[name] != nil }
  /// The random generator behind `torch.randint`, `torch.rand` and layer initialisation.
  var generator = RandomGenerator()
  /// What the current run has spent, against ``RunLimits``.
  private var budget = RunBudget()
  /// Whether the current statement has made a tensor (and so may have grown the memory held).
  private var statementMadeTensor = false
  /// What the statement running now has printed and the layers it has called, handed to the
  /// caller in its ``RunResult`` when it ends.
  private var statementPrinted = ""
  private var statementLayerCalls: [LayerCall] = []
  /// The resident memory over which a statement that made a tensor is stopped.
  var memoryLimit = RunLimits.maximumResidentBytes
  /// How much memory the process holds now (the kernel's figure; tests give their own, since
  /// the process's figure moves with whatever else runs in it).
  var residentBytes: () -> Int? = MemoryGauge.residentBytes

  public init() {}

  /// Parses and runs `source` as one run, stopping at the first error (a syntax error runs
  /// nothing).
  public func run(_ source: String) -> RunResult {
    let script: Script
    do {
      script = try Parser.parse(source)
    } catch {
      return RunResult(error: error)
    }
    return run(script)
  }

  /// Runs the statements of `script` in order as one run, stopping at the first error.
  func run(_ script: Script) -> RunResult {
    var result = RunResult()
    for statementResult in start(script) {
      result.append(statementResult)
    }
    return result
  }

  /// Starts a run of `script` that the caller drives statement by statement: each step of the
  /// returned sequence runs one statement and gives what it did. The statements are one run,
  /// held to ``RunLimits`` together, and the run ends after a statement that fails.
  public func start(_ script: Script) -> StatementRun {
    budget = RunBudget()
    return StatementRun(interpreter: self, statements: script.statements)
  }

  /// Runs one statement of the current run and returns what it printed, the layers it called
  /// and its error.
  func run(_ statement: Statement) -> RunResult {
    statementPrinted = ""
    statementLayerCalls = []
    defer {
      statementPrinted = ""
      statementLayerCalls = []
    }
    do {
      try execute(statement)
      return RunResult(printed: statementPrinted, layerCalls: statementLayerCalls)
    } catch {
      return RunResult(printed: statementPrinted, layerCalls: statementLayerCalls, error: error)
    }
  }

  /// Runs one statement, throwing its error.
  private func execute(_ statement: Statement) throws(Diagnostic) {
    switch statement.kind {
    case .pass:
      break
    case .importModule(let path, let alias):
      try importModule(path, alias: alias, at: statement.range)
    case .importFrom(let module, let names):
      try importNames(names, from: module, at: statement.range)
    case .assignment(let targets, let valueExpression):
      statementMadeTensor = false
      let value = try evaluate(valueExpression)
      try checkMemory(at: valueExpression.range)
      for target in targets {
        try assign(value, to: target)
      }
    case .expression(let expression):
      statementMadeTensor = false
      let value = try evaluate(expression)
      try checkMemory(at: expression.range)
      if case .none = value { return }
      write(repr(value) + "\n")
    }
  }

  /// Prints `text` (which ends in its newline) as part of the current statement's output.
  func write(_ text: String) {
    statementPrinted += text
  }

  // MARK: - Expressions

  /// The value of an expression, held to ``RunLimits``.
  func evaluate(_ expression: Expression) throws(Diagnostic) -> Value {
    let value = try evaluateUnchecked(expression)
    switch (expression.kind, value) {
    case (.list, .list(let list)), (.tuple, .tuple(let list)),
      (.call, .list(let list)), (.call, .tuple(let list)),
      (.binary, .list(let list)), (.binary, .tuple(let list)):
      try RunLimits.check(list, at: expression.range)
    case (.call, .tensor(let tensor)), (.binary, .tensor(let tensor)),
      (.unary, .tensor(let tensor)), (.subscript, .tensor(let tensor)):
      statementMadeTensor = true
      try budget.create(tensor.elementCount, at: expression.range)
    default:
      break
    }
    return value
  }

  private func evaluateUnchecked(_ expression: Expression) throws(Diagnostic) -> Value {
    switch expression.kind {
    case .name(let name):
      return try lookUp(name, at: expression.range)
    case .integer(let number): return .integer(number)
    case .float(let number): return .float(number)
    case .string(let text): return .string(text)
    case .boolean(let flag): return .boolean(flag)
    case .none: return .none
    case .list(let items): return .list(ValueList(try evaluateAll(items)))
    case .tuple(let items): return .tuple(ValueList(try evaluateAll(items)))
    case .attribute(let base, let name, let nameRange):
      return try attribute(name, of: try evaluate(base), at: nameRange)
    case .call(let callee, let arguments):
      let function = try evaluate(callee)
      let call = try callArguments(arguments, at: expression.range)
      return try self.call(function, with: call, calleeRange: callee.range)
    case .subscript(let base, let items):
      return try subscriptValue(try evaluate(base), items: items, at: expression.range)
    case .unary(let op, let operand):
      return try unary(op, try evaluate(operand), at: expression.range)
    case .binary(let left, let op, let right):
      let leftValue = try evaluate(left)
      let rightValue = try evaluate(right)
      return try binary(leftValue, op, rightValue, at: expression.range)
    }
  }

  /// The arguments of a call written at `range`, evaluated in order.
  func callArguments(_ arguments: [CallArgument], at range: SourceRange) throws(Diagnostic)
    -> CallArguments
  {
    var positional: [CallArguments.Positional] = []
    var keyword: [CallArguments.Keyword] = []
    for argument in arguments {
      let value = try evaluate(argument.value)
      if let label = argument.label {
        keyword.append(.init(label: label, value: value, range: argument.range))
      } else {
        positional.append(.init(value: value, range: argument.range))
      }
    }
    return CallArguments(positional: positional, keyword: keyword, range: range)
  }

  private func evaluateAll(_ expressions: [Expression]) throws(Diagnostic) -> [Value] {
    var values: [Value] = []
    values.reserveCapacity(expressions.count)
    for expression in expressions {
      values.append(try evaluate(expression))
    }
    return values
  }

  private func lookUp(_ name: String, at range: SourceRange) throws(Diagnostic) -> Value {
    if let value = variables[name] { return value }
    if let builtin = Builtins.function(named: name) { return .function(builtin) }
    var message = "name '\(name)' is not defined"
    if ["torch", "nn", "F"].contains(name) {
      let line =
        switch name {
        case "torch": "import torch"
        case "nn": "import torch.nn as nn"
        default: "import torch.nn.functional as F"
        }
      message += " (add `\(line)` first)"
    } else if let guess = closestName(to: name, among: Array(variables.keys) + Builtins.names) {
      message += "; did you mean '\(guess)'?"
    }
    throw Diagnostic(message, at: range)
  }

  /// Calls a function value.
  func call(_ callee: Value, with arguments: CallArguments, calleeRange: SourceRange)
    throws(Diagnostic) -> Value
  {
    switch callee {
    case .function(let function):
      return try function.body(self, arguments)
    case .module(let module):
      return try callModule(module, with: arguments)
    default:
      throw Diagnostic("'\(callee.typeName)' object is not callable", at: calleeRange)
    }
  }

  // MARK: - Assignment

  private func assign(_ value: Value, to target: Expression) throws(Diagnostic) {
    switch target.kind {
    case .name(let name):
      variables[name] = value
    case .attribute(let base, let name, let nameRange):
      try setAttribute(name, of: base, to: value, at: nameRange)
    case .tuple(let targets), .list(let targets):
      let items: [Value]
      switch value {
      case .tuple(let values), .list(let values): items = values.items
      case .size(let sizes): items = sizes.map { .integer($0) }
      default:
        throw Diagnostic("cannot unpack non-iterable \(value.typeName) object", at: target.range)
      }
      guard items.count == targets.count else {
        throw Diagnostic(
          items.count > targets.count
            ? "too many values to unpack (expected \(targets.count))"
            : "not enough values to unpack (expected \(targets.count), got \(items.count))",
          at: target.range)
      }
      for (item, itemTarget) in zip(items, targets) {
        try assign(item, to: itemTarget)
      }
    case .subscript:
      throw Diagnostic(
        "assigning into part of a tensor is not part of convtutor's Python subset; "
          + "build a new tensor with torch.tensor(...) instead",
        at: target.range)
    default:
      throw Diagnostic("cannot assign to this expression", at: target.range)
    }
  }

  /// Rebinds a variable; used when `x.data = …` replaces a plain tensor.
  func rebind(_ name: String, to value: Value) {
    variables[name] = value
  }

  // MARK: - Layer calls

  /// Runs a layer on a tensor and records the call in the statement's result.
  func callLayer(_ layer: any Layer, on input: Tensor, at range: SourceRange)
    throws(Diagnostic) -> Tensor
  {
    // A call PyTorch refuses has no work to count: `forward` refuses it with its message.
    try budget.callLayer(work: (try? layer.work(for: input)) ?? 0, at: range)
    let output: Tensor
    do {
      output = try layer.forward(input)
    } catch {
      throw Diagnostic(error.message, at: range)
    }
    statementMadeTensor = true
    try budget.create(output.elementCount, at: range)
    statementLayerCalls.append(LayerCall(layer: layer, input: input, output: output, range: range))
    return output
  }

  /// Stops the statement when it made a tensor and the process now holds more than
  /// ``memoryLimit``.
  private func checkMemory(at range: SourceRange) throws(Diagnostic) {
    guard statementMadeTensor, let resident = residentBytes(), resident > memoryLimit
    else { return }
    let megabytes = { (bytes: Int) in bytes / (1024 * 1024) }
    throw Diagnostic(
      "convtutor is holding \(megabytes(resident)) MiB of values, over its limit of "
        + "\(megabytes(memoryLimit)) MiB; give names you no longer need a small value "
        + "(x = None) and run this again",
      at: range)
  }
}
