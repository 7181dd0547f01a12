@preconcurrency import Yams

/// Reads text fields of a lesson: titles, summaries, narration and hints.
enum TextReader {
  /// The longest text field, in characters.
  static let maximumLength = 20_000

  /// The text in `node` without trailing blank space, or `nil` after reporting why not: it
  /// must be text (not a list or a mapping) and not empty.
  static func text(_ node: Node, what: String, context: ReadContext) -> String? {
    guard case .scalar(let scalar) = node, !node.isNull else {
      context.log.error("\(what) must be text, but it holds \(node.kindName)", at: node.location)
      return nil
    }
    guard context.spend(1 + scalar.string.utf8.count / 16, at: node.location) else { return nil }
    guard scalar.string.utf8.count <= 4 * maximumLength else {
      context.log.error(
        "\(what) is longer than \(maximumLength) characters; split it over several steps",
        at: node.location)
      return nil
    }
    var text = scalar.string
    while let last = text.last, last.isWhitespace { text.removeLast() }
    guard !text.isEmpty else {
      context.log.error("\(what) is empty", at: node.location)
      return nil
    }
    guard text.count <= maximumLength else {
      context.log.error(
        "\(what) is longer than \(maximumLength) characters; split it over several steps",
        at: node.location)
      return nil
    }
    return text
  }
}
