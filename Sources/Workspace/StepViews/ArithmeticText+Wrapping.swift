import ConvCore
import ConvText
import Foundation
import TerminalText
import TerminalUI

/// Breaking the arithmetic into lines, only before the pieces that allow it, and never losing
/// a term silently.
extension ArithmeticText {
  /// The arithmetic in at most `maximumLines` lines of `width` columns. Each group starts a
  /// line when that fits. When the terms cannot fit, the lines hold a summary of the
  /// arithmetic's shape instead ("27 products (3 channels × 9) + 1 (bias) = 4.25"); when even
  /// that does not fit, the last line ends with `…`.
  func lines(width: Int, maximumLines: Int) -> [String] {
    guard width > 0, maximumLines > 0 else { return [] }
    if groups.count > 1, let lines = Self.perGroup(groups, width: width, limit: maximumLines) {
      return lines
    }
    if let whole = Self.greedy(groups, width: width, limit: maximumLines) { return whole }
    for summary in summaries {
      if let lines = Self.greedy([summary], width: width, limit: maximumLines) { return lines }
    }
    var lines = Array(
      (Self.greedy([summaries.last ?? []], width: width) ?? []).prefix(maximumLines))
    guard !lines.isEmpty else { return [] }
    lines[lines.count - 1] = DisplayWidth.truncate(lines[lines.count - 1] + " …", to: width)
    if !lines[lines.count - 1].hasSuffix("…") { lines[lines.count - 1] += "…" }
    return lines
  }

  /// Each group from a new line, or `nil` when that takes more than `limit` lines.
  private static func perGroup(_ groups: [[Piece]], width: Int, limit: Int) -> [String]? {
    var lines: [String] = []
    for group in groups {
      guard let more = greedy([group], width: width, limit: limit - lines.count) else {
        return nil
      }
      lines += more
    }
    return lines
  }

  /// The groups' pieces packed into lines of at most `width` columns, breaking only before a
  /// piece that allows it (a piece wider than a line is split), or `nil` as soon as that takes
  /// more than `limit` lines.
  private static func greedy(_ groups: [[Piece]], width: Int, limit: Int = .max) -> [String]? {
    var chunks: [(text: String, breaks: Bool)] = []
    for (index, group) in groups.enumerated() {
      for (offset, piece) in group.enumerated() {
        let separator = index > 0 && offset == 0 ? groupSeparator : ""
        let breaks = piece.breaksBefore || (index > 0 && offset == 0)
        if breaks || chunks.isEmpty {
          chunks.append((separator + piece.text, true))
        } else {
          chunks[chunks.count - 1].text += separator + piece.text
        }
      }
    }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for chunk in chunks.map(\.text) {
      let chunkWidth = DisplayWidth.of(chunk)
      if lineWidth > 0, lineWidth + chunkWidth <= width {
        line += chunk
        lineWidth += chunkWidth
        continue
      }
      if lineWidth > 0 { lines.append(line) }
      // A piece wider than a line is cut into rows by columns, between grapheme clusters.
      var rows = TextWrap.rows(String(chunk.drop { $0 == " " }), width: width)
      line = rows.removeLast()
      lines += rows
      lineWidth = DisplayWidth.of(line)
      if lines.count > limit { return nil }
    }
    if lineWidth > 0 { lines.append(line) }
    return lines.count > limit ? nil : lines
  }
}
