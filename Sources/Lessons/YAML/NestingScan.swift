import ConvPrompt

/// A quick look at a file's text, before the YAML parser sees it, for nesting so deep that
/// building the document tree could exhaust the stack.
///
/// It over-estimates: each new indentation level counts twice (a mapping and a sequence may
/// share one), each `- ` or `? ` that starts a line's content once more, and each open `[` or
/// `{` once. A lesson needs a handful of levels; the limit is far above that.
enum NestingScan {
  /// The deepest estimated nesting a lesson file may have.
  static let maximumDepth = 100

  /// The place where the estimate first goes over ``maximumDepth``, or `nil`.
  static func tooDeep(_ source: SourceText) -> SourceLocation? {
    var indentations: [Int] = []
    var flowDepth = 0
    for (index, line) in source.lines.enumerated() {
      let scalars = Array(line.unicodeScalars)
      let indent = scalars.prefix { $0 == " " }.count
      guard indent < scalars.count, scalars[indent] != "#" else { continue }
      while let last = indentations.last, last >= indent { indentations.removeLast() }
      indentations.append(indent)
      var position = indent
      var indicators = 0
      while position < scalars.count, scalars[position] == "-" || scalars[position] == "?",
        position + 1 == scalars.count || scalars[position + 1] == " "
      {
        indicators += 1
        position += 2
        while position < scalars.count, scalars[position] == " " { position += 1 }
      }
      var deepest = flowDepth
      var previous: Unicode.Scalar = " "
      for scalar in scalars[indent...] {
        if scalar == "#", previous == " " || previous == "\t" { break }
        switch scalar {
        case "[", "{":
          flowDepth += 1
          deepest = max(deepest, flowDepth)
        case "]", "}": flowDepth = max(0, flowDepth - 1)
        default: break
        }
        previous = scalar
      }
      if indentations.count * 2 + indicators + deepest > maximumDepth {
        return SourceLocation(line: index + 1, column: indent + 1)
      }
    }
    return nil
  }
}
