import ConvPrompt
@preconcurrency import Yams

/// A look over a lesson file's document tree before it is read, for what a lesson file may
/// not do: hold YAML tags, or repeat much of itself through YAML aliases.
///
/// A lesson file only describes data, so an explicit tag (`!include other.yaml`, `!!binary`,
/// `!!python/object/apply:os.system`, `!file /etc/passwd`) is refused with its place rather
/// than taken as plain text: nothing is ever included, decoded or run. (`!!str` is let through
/// on a quoted or block text, where the parser cannot tell it from no tag.)
///
/// An alias (`*name`) shares the node of its anchor (`&name`); the parser gives every node
/// it makes its own tag object, so a node met again is recognised by that object. Each node is
/// visited once and the size the aliases add is counted without expanding them, so a "billion
/// laughs" file (anchors that repeat anchors, growing tenfold at each level) is refused in the
/// time it takes to look at its few lines.
enum DocumentScan {
  /// The most values YAML aliases may add to a file: a node counts 1, and a text 1 for every
  /// 16 bytes more (as the reader's work budget counts them).
  static let maximumAliasExpansion = 500_000

  /// Whether `root` may be read as a lesson; reports every tag, or the first alias that makes
  /// the file too large, otherwise.
  static func check(_ root: Node, log: ProblemLog) -> Bool {
    var scan = Walk(log: log)
    let expanded = scan.size(of: root)
    guard scan.tagCount == 0 else { return false }
    if expanded - scan.distinctSize > maximumAliasExpansion {
      log.error(
        "the YAML aliases (`*name`) of this file repeat the value anchored here (`&name`) so "
          + "often that the file expands to more than \(maximumAliasExpansion) values; a lesson "
          + "is small, so repeat less", at: scan.firstRepeat ?? root.location)
      return false
    }
    return true
  }

  /// The size of one node without its children: 1, and 1 more for every 16 bytes of a text.
  static func ownSize(_ node: Node) -> Int {
    if case .scalar(let scalar) = node { return 1 + scalar.string.utf8.count / 16 }
    return 1
  }

  /// How a tag is written: `!!binary` for YAML's own tags, the tag itself otherwise.
  static func written(_ tag: Tag) -> String {
    let name = tag.description
    let yamlPrefix = "tag:yaml.org,2002:"
    return name.hasPrefix(yamlPrefix) ? "!!" + name.dropFirst(yamlPrefix.count) : name
  }

  private struct Walk {
    let log: ProblemLog
    /// The expanded size of each node seen, by its tag object.
    var sizes: [ObjectIdentifier: Int] = [:]
    /// The size of the file's nodes, each counted once.
    var distinctSize = 0
    var tagCount = 0
    /// Where the first node that is used again (through an alias) is anchored.
    var firstRepeat: SourceLocation?

    /// The size of `node` with every alias expanded (capped, so that it never overflows).
    ///
    /// The walk goes in the file's order, and an anchor comes before its aliases, so a node is
    /// first met where it is written: the walk nests no deeper than the text, which
    /// ``NestingScan`` has bounded.
    mutating func size(of node: Node) -> Int {
      let tag = Self.tag(of: node)
      if let known = sizes[ObjectIdentifier(tag)] {
        if firstRepeat == nil { firstRepeat = node.location }
        return known
      }
      if Self.isExplicit(tag, of: node) {
        tagCount += 1
        log.error(
          "YAML tags such as `\(DocumentScan.written(tag))` are not part of a lesson: a lesson "
            + "file only describes data, so nothing in it is included, decoded or run; "
            + "remove the tag", at: node.location)
      }
      let own = DocumentScan.ownSize(node)
      distinctSize += own
      var total = own
      switch node {
      case .scalar: break
      case .sequence(let sequence):
        for item in sequence { total = Self.capped(total + size(of: item)) }
      case .mapping(let mapping):
        for (key, value) in mapping {
          total = Self.capped(total + size(of: key) + size(of: value))
        }
      }
      sizes[ObjectIdentifier(tag)] = total
      return total
    }

    /// Whether the file writes a tag on `node`. The parser gives a quoted or block text
    /// YAML's text tag (`!!str`) of its own, so on those that one is taken as no tag.
    private static func isExplicit(_ tag: Tag, of node: Node) -> Bool {
      let name = tag.description
      if case .scalar(let scalar) = node, scalar.style != .plain, name == Tag.Name.str.rawValue {
        return false
      }
      return !name.isEmpty
    }

    private static func capped(_ size: Int) -> Int { min(size, 1 << 40) }

    /// The node's tag object as the parser made it (not resolved, so an implicit tag is empty).
    private static func tag(of node: Node) -> Tag {
      switch node {
      case .scalar(let scalar): scalar.tag
      case .sequence(let sequence): sequence.tag
      case .mapping(let mapping): mapping.tag
      }
    }
  }
}
