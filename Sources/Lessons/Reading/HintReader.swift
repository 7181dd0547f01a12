import ConvCore
import ConvPrompt
import ConvText
@preconcurrency import Yams

/// Reads a quiz's `hints:`: a list whose items are each a text, or (from format 2) a mapping
/// that names the hint's question:
///
///     hints:
///       - "A text: placed as in format 1 (with ask: both, the first is the shape's)."
///       - for: shape             # the shape question
///         text: "…"
///       - for: cells             # any cell: given at the first cell where one is asked
///         text: "…"
///       - for: [0, 1]            # one cell: row 0, column 1 (as PyTorch indexes the output)
///         text: "…"
///
/// A cell is its index in the output, counted from 0; the indices of leading dimensions of
/// size 1 may be left out (`[0, 1]` for `output[0, 0, 1]`). A hint for a question the quiz
/// does not ask, or for a cell the output does not have, is an error at its place.
struct HintReader {
  /// The most hints of one quiz.
  static let maximumHints = 20
  /// The fields of a hint written as a mapping.
  static let fields = ["for", "text"]

  let context: ReadContext

  /// The hints in `node`, for a quiz asking `ask` whose call is `steps`; `[]` after reporting
  /// any problem.
  func read(_ node: Node, ask: LessonQuiz.Ask, steps: CallSteps) -> [LessonHint] {
    guard case .sequence(let items) = node else {
      context.log.error(
        "`hints:` must be a list of texts, each on its own `- ` line, but it holds "
          + node.kindName, at: node.location)
      return []
    }
    guard items.count <= Self.maximumHints else {
      context.log.error(
        "the quiz has \(items.count) hints; a quiz has at most \(Self.maximumHints)",
        at: node.location)
      return []
    }
    var hints: [LessonHint] = []
    for (index, item) in items.enumerated() {
      let what = "hint \(index + 1)"
      if case .mapping = item {
        if let hint = readMapping(item, what: what, ask: ask, steps: steps) { hints.append(hint) }
      } else if let text = TextReader.text(item, what: what, context: context) {
        hints.append(LessonHint(text, for: Self.placed(index, ask: ask)))
      }
    }
    return hints
  }

  /// The question of a hint written as text alone, from its place (format 1's rule): with
  /// both questions asked, the first hint is the shape's and the others the cells'.
  static func placed(_ index: Int, ask: LessonQuiz.Ask) -> LessonHint.Question {
    switch ask {
    case .shape: .shape
    case .cells: .cells
    case .both: index == 0 ? .shape : .cells
    }
  }

  private func readMapping(
    _ node: Node, what: String, ask: LessonQuiz.Ask, steps: CallSteps
  ) -> LessonHint? {
    guard context.format >= 2 else {
      context.log.error(
        "\(what) is a mapping (`for:` and `text:`), which lesson format 2 reads; write "
          + "`format: 2` at the top of the file, or give the hint as a text", at: node.location)
      return nil
    }
    guard let fields = Fields(node, what: what, allowed: Self.fields, context: context),
      let textNode = fields.required("text", context: context),
      let forNode = fields.required(
        "for", context: context, hint: ": `shape`, `cells`, or a cell such as `[0, 1]`")
    else { return nil }
    let text = TextReader.text(textNode, what: "the `text:` of \(what)", context: context)
    guard let question = readQuestion(forNode, ask: ask, steps: steps), let text else {
      return nil
    }
    return LessonHint(text, for: question)
  }

  private func readQuestion(_ node: Node, ask: LessonQuiz.Ask, steps: CallSteps)
    -> LessonHint.Question?
  {
    switch node {
    case .scalar(let scalar) where scalar.string == "shape":
      return isAsked(shape: true, by: ask, hint: "a hint `for: shape`", at: node) ? .shape : nil
    case .scalar(let scalar) where scalar.string == "cells":
      return isAsked(shape: false, by: ask, hint: "a hint `for: cells`", at: node) ? .cells : nil
    case .sequence(let items):
      guard isAsked(shape: false, by: ask, hint: "a hint for a cell", at: node) else {
        return nil
      }
      var indices: [Int] = []
      for item in items.prefix(8) {
        guard case .scalar(let scalar) = item, let value = Int(scalar.string) else {
          context.log.error(Self.cellForm, at: item.location)
          return nil
        }
        indices.append(value)
      }
      guard !items.isEmpty, items.count <= 8 else {
        context.log.error(Self.cellForm, at: node.location)
        return nil
      }
      return cell(indices, at: node.location, steps: steps).map { .cell($0) }
    default:
      context.log.error(
        "`for:` is `shape`, `cells`, or a cell such as `[0, 1]` (row 0, column 1), not "
          + Self.shown(node), at: node.location)
      return nil
    }
  }

  /// What a hint's cell is, said when it is written otherwise.
  private static let cellForm =
    "a cell is a list of indices counted from 0, such as `[0, 1]` (row 0, column 1)"

  /// Whether the quiz asks what `hint` is for (the shape when `shape`, else the cells); when
  /// it does not, says so at `node`, naming the `ask:` that leaves it out.
  private func isAsked(shape: Bool, by ask: LessonQuiz.Ask, hint: String, at node: Node) -> Bool {
    if shape ? ask.asksShape : ask.asksCells { return true }
    let (question, other) = shape ? ("the shape", "cells") : ("the cells", "shape")
    context.log.error(
      "\(hint), but this quiz does not ask \(question) (`ask: \(other)`)", at: node.location)
    return false
  }

  /// The step index of the output cell `indices` names, or `nil` after saying why there is no
  /// such cell.
  private func cell(_ indices: [Int], at location: SourceLocation, steps: CallSteps) -> Int? {
    let shape = steps.output.shape
    let written = NumberText.index(indices)
    let output = "the output (shape \(ShapeText.tuple(shape)))"
    let leftOut = shape.count - indices.count
    guard leftOut >= 0 else {
      context.log.error(
        "there is no cell \(written): \(output) has \(shape.count) dimensions", at: location)
      return nil
    }
    guard shape.prefix(leftOut).allSatisfy({ $0 == 1 }) else {
      context.log.error(
        "\(written) leaves out the first \(leftOut) of the output's indices, but \(output) has "
          + "more than one entry there; give all \(shape.count), as in output[…]", at: location)
      return nil
    }
    let position = Array(repeating: 0, count: leftOut) + indices
    guard let index = steps.index(ofOutputPosition: position) else {
      let last = shape.suffix(indices.count).map { String($0 - 1) }.joined(separator: ", ")
      context.log.error(
        "there is no cell \(written): \(output) has indices up to [\(last)], counted from 0",
        at: location)
      return nil
    }
    return index
  }

  private static func shown(_ node: Node) -> String {
    guard case .scalar(let scalar) = node, !node.isNull else { return node.kindName }
    return "`\(scalar.string.prefix(40))`"
  }
}
