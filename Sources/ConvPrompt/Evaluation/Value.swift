import ConvCore

/// A value of the prompt language: a Python object of the kinds the slides' code uses.
enum Value {
  case none
  case boolean(Bool)
  case integer(Int)
  case float(Double)
  case string(String)
  case list(ValueList)
  case tuple(ValueList)
  case tensor(Tensor)
  /// An `nn.Parameter`: a tensor that requires gradients, shared by reference like Python's.
  case parameter(ParameterObject)
  /// A `torch.Size`.
  case size([Int])
  case dtype(DType)
  /// A layer object (`nn.Conv2d(…)`, `nn.Sequential(…)`), shared by reference.
  case module(ModuleObject)
  /// A module of the library: `torch`, `torch.nn`, `torch.nn.functional`.
  case namespace(Namespace)
  /// A function or a method bound to its object.
  case function(Function)

  /// The Python type name, as Python's messages write it (`int`, `Tensor`, `Conv2d`).
  var typeName: String {
    switch self {
    case .none: "NoneType"
    case .boolean: "bool"
    case .integer: "int"
    case .float: "float"
    case .string: "str"
    case .list: "list"
    case .tuple: "tuple"
    case .tensor: "Tensor"
    case .parameter: "Parameter"
    case .size: "torch.Size"
    case .dtype: "torch.dtype"
    case .module(let module): module.typeName
    case .namespace: "module"
    case .function: "builtin_function_or_method"
    }
  }

  /// The tensor this value stands for, if it is a tensor or a parameter.
  var tensorValue: Tensor? {
    switch self {
    case .tensor(let tensor): tensor
    case .parameter(let parameter): parameter.data
    default: nil
    }
  }
}

/// A namespace of the torch library that scripts import.
enum Namespace: String, Sendable {
  case torch
  case nn = "torch.nn"
  case functional = "torch.nn.functional"
}

/// A callable value: a library function, a layer constructor, or a method bound to an object.
struct Function {
  /// The name shown in messages and in its repr, e.g. `torch.tensor` or `Tensor.view`.
  let name: String
  let body: (Interpreter, CallArguments) throws(Diagnostic) -> Value

  init(
    _ name: String,
    _ body: @escaping (Interpreter, CallArguments) throws(Diagnostic) -> Value
  ) {
    self.name = name
    self.body = body
  }
}

/// An `nn.Parameter`. Python shares parameters by reference: after
/// `w = conv.weight; conv.weight.data = t`, `w` shows `t` too.
final class ParameterObject {
  /// The tensor (`.data`).
  var data: Tensor

  init(_ data: Tensor) {
    self.data = data
  }
}
