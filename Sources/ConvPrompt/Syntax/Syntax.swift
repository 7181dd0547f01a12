/// A parsed script: the statements in source order.
public struct Script: Sendable, Equatable {
  public var statements: [Statement]

  init(statements: [Statement]) {
    self.statements = statements
  }
}

/// One statement of the prompt language, with the source it came from.
public struct Statement: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// `import torch`, `import torch.nn as nn`: the dotted module path and the optional alias.
    case importModule(path: [String], alias: String?)
    /// `from torch import nn` or `from torch import nn as n, tensor`.
    case importFrom(module: [String], names: [ImportedName])
    /// `target = value`, or `a = b = value` (targets in source order). Each target is a name,
    /// an attribute (`conv.weight.data`) or a subscript.
    case assignment(targets: [Expression], value: Expression)
    /// A bare expression, echoed as a notebook echoes its last line.
    case expression(Expression)
    /// `pass`.
    case pass
  }

  public var kind: Kind
  var range: SourceRange

  init(_ kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

/// A name brought in by `from … import name as alias`.
public struct ImportedName: Sendable, Equatable {
  var name: String
  var alias: String?

  init(name: String, alias: String? = nil) {
    self.name = name
    self.alias = alias
  }
}

/// An expression, with the source it came from.
public indirect enum ExpressionKind: Sendable, Equatable {
  case name(String)
  case integer(Int)
  case float(Double)
  case string(String)
  case boolean(Bool)
  case none
  case list([Expression])
  case tuple([Expression])
  /// `base.name`; `nameRange` is where the attribute's name is written.
  case attribute(base: Expression, name: String, nameRange: SourceRange)
  case call(callee: Expression, arguments: [CallArgument])
  case `subscript`(base: Expression, items: [SubscriptItem])
  case unary(UnaryOperator, Expression)
  case binary(Expression, BinaryOperator, Expression)
}

/// An expression node.
public struct Expression: Sendable, Equatable {
  public var kind: ExpressionKind
  public var range: SourceRange

  init(_ kind: ExpressionKind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

/// One argument of a call: positional (`label == nil`) or keyword (`kernel_size=3`).
public struct CallArgument: Sendable, Equatable {
  var label: String?
  public var value: Expression
  /// From the label (if any) to the end of the value.
  var range: SourceRange

  init(label: String?, value: Expression, range: SourceRange) {
    self.label = label
    self.value = value
    self.range = range
  }
}

/// One item between the brackets of a subscript: `x[0, 1:3, :]`.
public enum SubscriptItem: Sendable, Equatable {
  case index(Expression)
  case slice(start: Expression?, stop: Expression?, step: Expression?, range: SourceRange)
}

public enum UnaryOperator: String, Sendable, Equatable {
  case negate = "-"
  case plus = "+"
  case not = "not"
}

public enum BinaryOperator: String, Sendable, Equatable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case floorDivide = "//"
  case remainder = "%"
  case power = "**"
  case matrixMultiply = "@"
}
