import ConvCore
import Foundation
import TerminalText
import TerminalUI

/// Breaking the arithmetic into lines, only between terms, and never losing a term silently.
extension ArithmeticText {
  /// `text` in lines of at most `width` columns, broken only between terms (before `+`, `−`,
  /// `=`, `→`, `/`, after a comma, and between groups). Each group starts a line when that
  /// fits in `maximumLines`. When the terms cannot fit in `maximumLines` lines, the lines
  /// hold a summary of the arithmetic's shape instead ("27 products (3 channels × 9) + 1 (bias)
  /// = 4.25"); when even that does not fit, the last line ends with `…`.
  public static func wrapped(_ text: String, width: Int, maximumLines: Int) -> [String] {
    lines(
      groups: groups(of: text), summaries: [summary(of: text)], width: width,
      maximumLines: maximumLines)
  }

  /// The arithmetic of `parts` in at most `maximumLines` lines of `width` columns.
  static func lines(for parts: Parts, width: Int, maximumLines: Int) -> [String] {
    lines(
      groups: parts.groups, summaries: parts.summaries, width: width,
      maximumLines: maximumLines)
  }

  private static func lines(
    groups: [String], summaries: [String], width: Int, maximumLines: Int
  ) -> [String] {
    guard width > 0, maximumLines > 0 else { return [] }
    if groups.count > 1, let lines = perGroup(groups, width: width, limit: maximumLines) {
      return lines
    }
    if let whole = greedy(chunks(of: groups), width: width, limit: maximumLines) { return whole }
    for summary in summaries {
      if let lines = greedy(chunks(of: [summary]), width: width, limit: maximumLines) {
        return lines
      }
    }
    var lines = Array(
      (greedy(chunks(of: [summaries.last ?? ""]), width: width) ?? []).prefix(maximumLines))
    lines[lines.count - 1] = DisplayWidth.truncate(lines[lines.count - 1] + " …", to: width)
    if !lines[lines.count - 1].hasSuffix("…") { lines[lines.count - 1] += "…" }
    return lines
  }

  /// Each group from a new line, or `nil` when that takes more than `limit` lines.
  private static func perGroup(_ groups: [String], width: Int, limit: Int) -> [String]? {
    var lines: [String] = []
    for group in groups {
      guard
        let more = greedy(chunks(of: [group]), width: width, limit: limit - lines.count)
      else { return nil }
      lines += more
    }
    return lines
  }

  /// The groups of an arithmetic text: split at ``groupSeparator``.
  static func groups(of text: String) -> [String] {
    var groups: [String] = []
    var rest = Substring(text)
    while let range = rest.range(of: groupSeparator) {
      groups.append(String(rest[..<range.lowerBound]))
      rest = rest[range.upperBound...].drop { $0 == " " }
    }
    groups.append(String(rest))
    return groups
  }

  /// The text cut into unbreakable chunks; a chunk after a break starts with its space.
  static func chunks(of groups: [String]) -> [String] {
    var chunks: [String] = []
    for (index, group) in groups.enumerated() {
      let characters = Array(group)
      var current = index > 0 ? groupSeparator : ""
      for (position, character) in characters.enumerated() {
        let next = position + 1 < characters.count ? characters[position + 1] : nil
        let afterNext = position + 2 < characters.count ? characters[position + 2] : nil
        if character == " ", let next, "+−=→/".contains(next), afterNext == nil || afterNext == " ",
          current.contains(where: { $0 != " " })
        {
          chunks.append(current)
          current = ""
        }
        current.append(character)
        if character == ",", next == " " {
          chunks.append(current)
          current = ""
        }
      }
      if !current.isEmpty { chunks.append(current) }
    }
    return chunks
  }

  /// Chunks packed into lines of at most `width` columns (a chunk wider than a line is split),
  /// or `nil` as soon as that takes more than `limit` lines.
  private static func greedy(_ chunks: [String], width: Int, limit: Int = .max) -> [String]? {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for chunk in chunks {
      let chunkWidth = DisplayWidth.of(chunk)
      if lineWidth > 0, lineWidth + chunkWidth <= width {
        line += chunk
        lineWidth += chunkWidth
        continue
      }
      if lineWidth > 0 { lines.append(line) }
      line = String(chunk.drop { $0 == " " })
      lineWidth = DisplayWidth.of(line)
      while lineWidth > width {
        let head = String(line.prefix(width))
        lines.append(head)
        line = String(line.dropFirst(head.count))
        lineWidth = DisplayWidth.of(line)
      }
      if lines.count > limit { return nil }
    }
    if lineWidth > 0 { lines.append(line) }
    return lines.count > limit ? nil : lines
  }

  /// A one-line account of an arithmetic text's shape, read from the text itself.
  static func summary(of text: String) -> String {
    let result =
      text.range(of: " = ", options: .backwards).map { String(text[$0.lowerBound...]) }
      ?? ""
    let words = text.split(separator: " ")
    if text.hasPrefix("max("), let close = text.range(of: ") = ") {
      let values = text[..<close.lowerBound].filter { $0 == "," }.count + 1
      return "max of \(values) values" + result
    }
    if text.hasPrefix("("), let close = text.range(of: ") / ") {
      let inside = text[text.index(after: text.startIndex)..<close.lowerBound]
      let values = inside.split(separator: " ").filter { $0 == "+" || $0 == "−" }.count + 1
      let divisor = text[close.upperBound...].prefix { $0.isNumber }
      return "sum of \(values) values / \(divisor)" + result
    }
    let products = words.filter { $0.contains("×") }.count
    guard products > 0 else {
      return trimmed(chunks(of: [text]).first ?? "") + " …" + result
    }
    let channels = words.filter { $0.hasPrefix("ch") && $0.hasSuffix(":") }.count
    let shape = channels > 1 ? " (\(channels) channels × \(products / channels))" : ""
    let bias =
      chunks(of: groups(of: text)).last { $0.contains("(bias)") }
      .map { " " + trimmed($0) } ?? ""
    return "\(products) products" + shape + bias + result
  }

  /// `text` without leading and trailing spaces.
  static func trimmed<Text: StringProtocol>(_ text: Text) -> String {
    String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
