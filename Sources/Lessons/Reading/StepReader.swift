import ConvPrompt
@preconcurrency import Yams

/// Reads a lesson's `steps:`, a list whose items are each one of
///
///     - say: narration
///     - show: { layer: …, input: …, weight: …, bias: …, say: …, expect: …, slide: … }
///     - quiz: { the same, and ask: shape | cells | both, hints: [ … ] (``HintReader``) }
struct StepReader {
  /// The most steps of one lesson.
  static let maximumSteps = 200
  /// The fields of `quiz:`.
  static let quizFields = OperationReader.showFields + ["ask", "hints"]

  let context: ReadContext

  /// The steps, or `nil` when any has an error (all reported).
  func read(_ node: Node) -> [LessonStep]? {
    guard case .sequence(let items) = node, !items.isEmpty else {
      context.log.error(
        "`steps:` must be a list of steps (`- say: …`, `- show: …`, `- quiz: …`), but it holds "
          + (node.kindName == "a list" ? "an empty list" : node.kindName), at: node.location)
      return nil
    }
    guard items.count <= Self.maximumSteps else {
      context.log.error(
        "the lesson has \(items.count) steps; a lesson has at most \(Self.maximumSteps), "
          + "so split it", at: node.location)
      return nil
    }
    let errorsBefore = context.log.errorCount
    var steps: [LessonStep] = []
    var previous = PreviousOperation.none
    for item in items {
      guard !context.shouldStop, context.spend(at: item.location) else { break }
      guard
        let fields = Fields(
          item, what: "a step", allowed: ["say", "show", "quiz"], context: context)
      else { continue }
      guard let kind = fields.names.first else {
        if fields.refusedCount == 0 {
          context.log.error("a step needs one of `say:`, `show:` or `quiz:`", at: fields.location)
        }
        previous = .failed
        continue
      }
      if fields.names.count > 1 {
        let second = fields.names[1]
        var message =
          "a step is one of `say:`, `show:` or `quiz:`, but this one also has `\(second):`; "
          + "give each its own `- ` item"
        if fields.names.contains("say") {
          message += " (to narrate an operation, put `say:` inside its `show:` or `quiz:`)"
        }
        context.log.error(message, at: fields.keyLocation(second))
        previous = .failed
        continue
      }
      let value = fields[kind]!
      switch kind {
      case "say":
        if let text = TextReader.text(value, what: "`say:`", context: context) {
          steps.append(.say(text))
        }
      default:
        let step = readOperation(value, isQuiz: kind == "quiz", previous: previous)
        if let step, let operation = step.operation {
          steps.append(step)
          previous = .operation(operation)
        } else {
          previous = .failed
        }
      }
    }
    return context.log.errorCount == errorsBefore && !context.shouldStop ? steps : nil
  }

  private func readOperation(_ node: Node, isQuiz: Bool, previous: PreviousOperation)
    -> LessonStep?
  {
    let fields: Fields?
    if isQuiz {
      fields = Fields(node, what: "this quiz", allowed: Self.quizFields, context: context)
    } else {
      let reason = "a show step has no question; make it a `quiz:` to ask"
      fields = Fields(
        node, what: "this show step", allowed: OperationReader.showFields,
        misplaced: ["ask": reason, "hints": reason], context: context)
    }
    guard let fields else { return nil }
    let errorsBefore = context.log.errorCount
    var ask = LessonQuiz.Ask.both
    if isQuiz, let node = fields["ask"] {
      if case .scalar(let scalar) = node, let value = LessonQuiz.Ask(rawValue: scalar.string) {
        ask = value
      } else {
        context.log.error(
          "`ask:` is `shape`, `cells` or `both`, not \(askText(node))", at: node.location)
      }
    }
    let operation = OperationReader(context: context).read(fields, previous: previous)
    // The hints are read against the call: a hint may name one of its output cells.
    var hints: [LessonHint] = []
    if isQuiz, let node = fields["hints"], let operation {
      hints = HintReader(context: context).read(node, ask: ask, steps: operation.steps)
    }
    guard let operation, context.log.errorCount == errorsBefore else { return nil }
    return isQuiz
      ? .quiz(LessonQuiz(operation: operation, ask: ask, hints: hints)) : .show(operation)
  }

  private func askText(_ node: Node) -> String {
    guard case .scalar(let scalar) = node, !node.isNull else { return node.kindName }
    return "`\(scalar.string.prefix(40))`"
  }
}
