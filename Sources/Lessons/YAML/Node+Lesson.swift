import ConvPrompt
@preconcurrency import Yams

extension Node {
  /// Where the node starts in the file (1:1 when the parser gave no place).
  var location: SourceLocation {
    mark.map { SourceLocation(line: $0.line, column: $0.column) }
      ?? SourceLocation(line: 1, column: 1)
  }

  /// What kind of node this is, for messages: "text", "a list", "a mapping".
  var kindName: String {
    switch self {
    case .scalar: isNull ? "nothing" : "text"
    case .sequence: "a list"
    case .mapping: "a mapping"
    }
  }

  /// Whether the node is YAML's null: an empty value, `~` or `null`.
  var isNull: Bool {
    guard case .scalar(let scalar) = self, scalar.style == .plain || scalar.style == .any else {
      return false
    }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }
}

extension Node.Mapping {
  /// Where the mapping starts in the file.
  var location: SourceLocation { Node.mapping(self).location }
}
