import ConvPrompt
@preconcurrency import Yams

/// An `expect:` or `slide:` as written, with its places, before it is checked.
struct WrittenAnswer {
  var shape: [Int]?
  var shapeText = ""
  /// Whether the shape is a size label (`6 x 2`), compared with the output's last dimensions.
  var shapeIsLabel = false
  var shapeLocation = SourceLocation(line: 1, column: 1)
  var cells: PrintedCells?
  var weight: PrintedCells?
  var note: (text: String, location: SourceLocation)?

  var printed: PrintedAnswer {
    PrintedAnswer(shape: shape, shapeIsLabel: shapeIsLabel, cells: cells)
  }
  var slide: SlideAnswer {
    SlideAnswer(
      shape: shape, shapeIsLabel: shapeIsLabel, cells: cells, weight: weight, note: note?.text)
  }
}

/// Reads the answers of an operation:
///
///     expect:
///       shape: [1, 2, 4]       # or: 2 x 4 (the last dimensions)
///       cells: |
///         6  9 7 10
///         6 10 6 10
///     slide:                   # what the slide prints, where it is wrong
///       shape: 4 x 3
///       cells: |
///         …
///       weight: |              # the kernel the slide draws
///         …
///       note: the drawing shows another kernel than the code
///
/// `cells` is one grid, or a list of grids (one per channel) for an output of several.
enum AnswerReader {
  /// The fields of `expect:`.
  static let expectFields = ["shape", "cells"]
  /// The fields of `slide:`.
  static let slideFields = ["shape", "cells", "weight", "note"]

  /// The answer in `node`, or `nil` after reporting what is wrong.
  static func read(_ node: Node, key: String, context: ReadContext) -> WrittenAnswer? {
    let allowed = key == "slide" ? slideFields : expectFields
    let before = context.log.errorCount
    guard let fields = Fields(node, what: "`\(key):`", allowed: allowed, context: context) else {
      return nil
    }
    var answer = WrittenAnswer()
    if let shape = fields["shape"] {
      answer.shapeLocation = shape.location
      if let (dimensions, text, isLabel) = readShape(shape, key: key, context: context) {
        answer.shape = dimensions
        answer.shapeText = text
        answer.shapeIsLabel = isLabel
      }
    }
    if let cells = fields["cells"] {
      answer.cells = readCells(cells, what: "`\(key).cells`", context: context)
    }
    if let weight = fields["weight"],
      let grid = GridReader.read(weight, what: "`\(key).weight`", context: context)
    {
      answer.weight = PrintedCells(grid)
    }
    if let note = fields["note"],
      let text = TextReader.text(note, what: "`\(key).note`", context: context)
    {
      answer.note = (text, note.location)
    }
    if fields.names.isEmpty {
      context.log.error(
        "`\(key):` is empty; give \(allowed.map { "`\($0):`" }.joined(separator: ", "))",
        at: fields.location)
    }
    return context.log.errorCount == before ? answer : nil
  }

  /// One grid, or a list of grids of one size.
  static func readCells(_ node: Node, what: String, context: ReadContext) -> PrintedCells? {
    guard case .sequence(let items) = node else {
      return GridReader.read(node, what: what, context: context).map(PrintedCells.init)
    }
    var grids: [GridCells] = []
    for (index, item) in items.enumerated() {
      guard !context.shouldStop else { return nil }
      guard let grid = GridReader.read(item, what: "grid \(index + 1) of \(what)", context: context)
      else { return nil }
      if let first = grids.first, first.rows != grid.rows || first.columns != grid.columns {
        context.log.error(
          "grid \(index + 1) of \(what) is \(grid.sizeText) but grid 1 is \(first.sizeText)",
          at: grid.location)
        return nil
      }
      grids.append(grid)
    }
    guard let first = grids.first else {
      context.log.error("\(what) is an empty list; give a grid", at: node.location)
      return nil
    }
    return PrintedCells(
      grids: grids.count, rows: first.rows, columns: first.columns,
      numbers: grids.flatMap(\.numbers), locations: grids.flatMap(\.locations),
      location: node.location)
  }

  /// A shape: a whole shape as a list (`[1, 6, 2]`) or a tuple (`(1, 6, 2)`), or a size
  /// label (`6 x 2`) for the last dimensions, as the slides label their grids.
  private static func readShape(_ node: Node, key: String, context: ReadContext)
    -> ([Int], String, Bool)?
  {
    var parts: [String] = []
    var text = ""
    var isLabel = false
    switch node {
    case .sequence(let items):
      for item in items.prefix(8) {
        guard case .scalar(let scalar) = item else { parts.append("?"); continue }
        parts.append(scalar.string)
      }
      if items.count > 8 { parts.append("?") }
      text = "(" + parts.joined(separator: ", ") + ")"
    case .scalar(let scalar):
      text = scalar.string
      isLabel =
        text.contains(where: { "xX×".contains($0) }) && !text.contains("(")
        && !text.contains("[")
      var inner = text.replacingOccurrences(of: "torch.Size", with: "")
      for mark in ["(", ")", "[", "]"] { inner = inner.replacingOccurrences(of: mark, with: " ") }
      parts = inner.split { " ,xX×\t".contains($0) }.map(String.init)
    case .mapping:
      break
    }
    let sizes = parts.compactMap { Int($0) }.filter { $0 >= 0 }
    guard !parts.isEmpty, sizes.count == parts.count, sizes.count <= 6 else {
      context.log.error(
        "`\(key).shape` must be a list of sizes such as `[1, 2, 4]`, or a size such as `2 x 4`",
        at: node.location)
      return nil
    }
    return (sizes, text, isLabel)
  }
}

extension PrintedCells {
  /// A single grid.
  init(_ grid: GridCells) {
    self.init(
      grids: 1, rows: grid.rows, columns: grid.columns, numbers: grid.numbers,
      locations: grid.locations, location: grid.location)
  }
}
