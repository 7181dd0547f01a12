import Foundation

@testable import ConvPrompt

/// Helpers of the lexer and parser tests (in a namespace, so other tests of the target may use
/// the same names).
enum SyntaxFixtures {
  /// `line:column-line:column`, as the tests write expected ranges.
  static func range(_ range: SourceRange) -> String {
    "\(range.start)-\(range.end)"
  }

  /// The diagnostic `source` gives, or nil when it parses.
  static func diagnostic(_ source: String) -> Diagnostic? {
    do {
      _ = try Parser.parse(source)
      return nil
    } catch {
      return error
    }
  }

  /// The statements of `source` rendered one a line, or `error: MESSAGE @RANGE`.
  static func rendered(_ source: String) -> String {
    do {
      return try Parser.parse(source).statements.map(render).joined(separator: "\n")
    } catch {
      return "error: \(error.message) @\(range(error.range))"
    }
  }

  /// The single expression of a one-statement source, or nil.
  static func expression(_ source: String) -> ConvPrompt.Expression? {
    guard let program = try? Parser.parse(source), program.statements.count == 1,
      case .expression(let expression) = program.statements[0].kind
    else { return nil }
    return expression
  }

  /// A statement in Python-like notation with every operation parenthesised.
  static func render(_ statement: Statement) -> String {
    switch statement.kind {
    case .importModule(let path, let alias):
      return "import \(path.joined(separator: "."))" + (alias.map { " as \($0)" } ?? "")
    case .importFrom(let module, let names):
      let list = names.map { $0.name + ($0.alias.map { " as \($0)" } ?? "") }
      return "from \(module.joined(separator: ".")) import \(list.joined(separator: ", "))"
    case .assignment(let targets, let value):
      return (targets + [value]).map(render).joined(separator: " = ")
    case .expression(let expression):
      return render(expression)
    case .pass:
      return "pass"
    }
  }

  /// An expression in Python-like notation with every operation parenthesised: `(1 + (2 * 3))`.
  static func render(_ expression: ConvPrompt.Expression) -> String {
    switch expression.kind {
    case .name(let name): return name
    case .integer(let value): return "\(value)"
    case .float(let value): return "\(value)"
    case .string(let value): return value.debugDescription
    case .boolean(let value): return value ? "True" : "False"
    case .none: return "None"
    case .list(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
    case .tuple(let items):
      return "(" + items.map(render).joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
    case .attribute(let base, let name, _): return render(base) + "." + name
    case .call(let callee, let arguments):
      let list = arguments.map { ($0.label.map { "\($0)=" } ?? "") + render($0.value) }
      return render(callee) + "(" + list.joined(separator: ", ") + ")"
    case .subscript(let base, let items):
      return render(base) + "[" + items.map(render).joined(separator: ", ") + "]"
    case .unary(let op, let operand):
      return "(" + op.rawValue + (op == .not ? " " : "") + render(operand) + ")"
    case .binary(let left, let op, let right):
      return "(\(render(left)) \(op.rawValue) \(render(right)))"
    }
  }

  static func render(_ item: SubscriptItem) -> String {
    switch item {
    case .index(let index):
      return render(index)
    case .slice(let start, let stop, let step, _):
      let bounds = (start.map(render) ?? "") + ":" + (stop.map(render) ?? "")
      return bounds + (step.map { ":" + render($0) } ?? "")
    }
  }

  /// The folder of this target's test data (read by path, beside the tests).
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
}

/// A deterministic random number generator (SplitMix64), so a failing fuzz case can be replayed.
struct SyntaxFuzzRandom: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
