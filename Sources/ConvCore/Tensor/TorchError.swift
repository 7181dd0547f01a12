/// An error raised by a tensor operation or a layer, as PyTorch would raise one.
///
/// The message says what is wrong and, where it can, what would be right. Where the error
/// happened in a script is added by the prompt language, which knows the source.
public struct TorchError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The Python exception class PyTorch raises for the same mistake.
  enum Kind: String, Sendable {
    case runtimeError = "RuntimeError"
    case valueError = "ValueError"
    case typeError = "TypeError"
    case indexError = "IndexError"
    case limitExceeded = "LimitError"
  }

  var kind: Kind
  public var message: String

  init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { "\(kind.rawValue): \(message)" }

  static func runtime(_ message: String) -> TorchError { TorchError(.runtimeError, message) }
  static func value(_ message: String) -> TorchError { TorchError(.valueError, message) }
  static func type(_ message: String) -> TorchError { TorchError(.typeError, message) }
  static func index(_ message: String) -> TorchError { TorchError(.indexError, message) }
}
