import ConvPrompt
import ConvText
@preconcurrency import Yams

/// A grid of numbers read from a lesson, row-major, with the place of each number.
struct GridCells {
  let rows: Int
  let columns: Int
  let numbers: [PrintedNumber]
  let locations: [SourceLocation]
  /// Where the grid starts.
  let location: SourceLocation

  var values: [Double] { numbers.map(\.value) }
  var sizeText: String { ShapeText.size([rows, columns]) }
}

/// Reads a grid written as text, one row per line, numbers separated by spaces:
///
///     input: |
///       2 2 1 4
///       0 4 0 3
///
/// A grid of one row may stand on the key's line (`bias: 2`, `input: 1 0 1`). `#` starts a
/// comment; blank lines are skipped.
enum GridReader {
  /// The most rows and the most columns of one grid.
  static let maximumSide = 64

  /// The grid in `node`, or `nil` after reporting what is wrong. `what` names the grid in
  /// messages ("the input", "the kernel of output channel 2").
  static func read(_ node: Node, what: String, context: ReadContext) -> GridCells? {
    guard case .scalar(let scalar) = node, !node.isNull else {
      context.log.error(
        "\(what) must be a grid: rows of numbers, one row per line after `|`, but it holds "
          + node.kindName, at: node.location)
      return nil
    }
    guard context.spend(1 + scalar.string.utf8.count / 16, at: node.location) else { return nil }
    let text = ScalarText(scalar, source: context.source)
    if text.style == .folded {
      context.log.error(
        "\(what) is written with `>`, which folds its rows into one line; write `|` instead",
        at: text.location)
      return nil
    }
    if !text.isBlock, !text.isInline {
      context.log.error(
        "\(what) spreads over several lines without `|`, so YAML joins its rows into one; "
          + "write `|` after the colon and one row on each line below it", at: text.location)
      return nil
    }
    var rows: [[(number: PrintedNumber, location: SourceLocation)]] = []
    var failed = false
    for (lineIndex, line) in text.value.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      guard !context.shouldStop else { return nil }
      var row: [(number: PrintedNumber, location: SourceLocation)] = []
      for (token, column) in tokens(of: line) {
        let location = text.location(line: lineIndex, column: column)
        guard context.spend(at: location) else { return nil }
        if let number = PrintedNumber(token) {
          row.append((number, location))
        } else {
          context.log.error(problem(with: token, in: what), at: location)
          failed = true
        }
      }
      if !row.isEmpty { rows.append(row) }
    }
    guard !failed else { return nil }
    guard let first = rows.first else {
      context.log.error("\(what) is empty; write its rows of numbers", at: text.location)
      return nil
    }
    for (index, row) in rows.enumerated().dropFirst() where row.count != first.count {
      context.log.error(
        "row \(index) of \(what) has \(row.count) number\(row.count == 1 ? "" : "s") "
          + "but row 0 has \(first.count); every row needs the same count", at: row[0].location)
      return nil
    }
    guard rows.count <= maximumSide, first.count <= maximumSide else {
      context.log.error(
        "\(what) is \(ShapeText.size([rows.count, first.count])); a lesson grid has at most \(maximumSide) rows "
          + "and \(maximumSide) columns", at: text.location)
      return nil
    }
    let cells = rows.flatMap { $0 }
    return GridCells(
      rows: rows.count, columns: first.count, numbers: cells.map(\.number),
      locations: cells.map(\.location), location: text.location)
  }

  /// The words of a line before any `#` comment, with their columns (0-based, in scalars).
  static func tokens(of line: Substring) -> [(String, Int)] {
    var result: [(String, Int)] = []
    var current = ""
    var start = 0
    var column = 0
    for scalar in line.unicodeScalars {
      if scalar == "#" { break }
      if scalar == " " || scalar == "\t" || scalar == "\r" {
        if !current.isEmpty { result.append((current, start)) }
        current = ""
      } else {
        if current.isEmpty { start = column }
        current.unicodeScalars.append(scalar)
      }
      column += 1
    }
    if !current.isEmpty { result.append((current, start)) }
    return result
  }

  private static func problem(with token: String, in what: String) -> String {
    let shown = "`\(token.count > 20 ? String(token.prefix(20)) + "…" : token)`"
    if token.contains(",") {
      return "\(shown) in \(what) is not a number; separate numbers with spaces, not commas"
    }
    if token.contains(where: { "[]()".contains($0) }) {
      return "\(shown) in \(what) is not a number; write the rows as plain numbers, "
        + "without brackets"
    }
    if let value = Double(token), !value.isFinite || token.lowercased().contains("n") {
      return "\(shown) in \(what) is not a finite decimal number"
    }
    return "\(shown) in \(what) is not a number"
  }
}
