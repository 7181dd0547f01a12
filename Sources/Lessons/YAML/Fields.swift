import ConvPrompt
@preconcurrency import Yams

/// The fields of one YAML mapping of a lesson, checked against the names it may have:
/// duplicates, keys that are not names, and unknown names (with "did you mean") are reported.
struct Fields {
  /// Where the mapping starts.
  let location: SourceLocation
  /// What the mapping is, for messages: "the lesson", "this quiz".
  let what: String
  private var entries: [String: (key: Node, value: Node)] = [:]
  /// The names in the order written.
  private(set) var names: [String] = []
  /// How many keys were refused (unknown, repeated or not a name).
  private(set) var refusedCount = 0

  /// Reads `node` as a mapping with the names in `allowed`; `misplaced` gives a reason for
  /// names that belong elsewhere (`ask` in a show step). `nil` when `node` is not a mapping.
  init?(
    _ node: Node, what: String, allowed: [String], misplaced: [String: String] = [:],
    context: ReadContext
  ) {
    guard case .mapping(let mapping) = node else {
      context.log.error(
        "\(what) must be a mapping of fields (\(allowed.map { "`\($0):`" }.joined(separator: ", "))), "
          + "but it holds \(node.kindName)", at: node.location)
      return nil
    }
    location = node.location
    self.what = what
    for (key, value) in mapping {
      guard context.spend(at: key.location), !context.shouldStop else { break }
      guard case .scalar(let scalar) = key else {
        context.log.error(
          "a field's name must be a plain word, not \(key.kindName)", at: key.location)
        refusedCount += 1
        continue
      }
      let name = scalar.string
      if let first = entries[name] {
        context.log.error(
          "`\(name)` is given twice in \(what) (first at \(first.key.location))", at: key.location)
        refusedCount += 1
        continue
      }
      guard allowed.contains(name) else {
        var message = "unknown field `\(name)` in \(what)"
        if let reason = misplaced[name] {
          message += "; \(reason)"
        } else if let guess = Suggestion.closest(to: name, among: allowed) {
          message += "; did you mean `\(guess)`?"
        } else {
          message += " (its fields are \(allowed.map { "`\($0)`" }.joined(separator: ", ")))"
        }
        context.log.error(message, at: key.location)
        refusedCount += 1
        continue
      }
      entries[name] = (key, value)
      names.append(name)
    }
  }

  /// The value of a field, or `nil` when it is not given.
  subscript(name: String) -> Node? { entries[name]?.value }

  /// Where a field's name is written.
  func keyLocation(_ name: String) -> SourceLocation? { entries[name]?.key.location }

  /// The value of a field that must be given; reports it missing otherwise.
  func required(_ name: String, context: ReadContext, hint: String = "") -> Node? {
    if let value = self[name] { return value }
    context.log.error("\(what) has no `\(name):`\(hint)", at: location)
    return nil
  }
}
