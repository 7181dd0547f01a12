import ConvCore
import ConvPrompt
import ConvText
import TerminalText

/// A whole lesson as plain text, for `convtutor show ID --plain`: the title and summary, then
/// each step with its narration; every operation's steps are written by the step writer the
/// caller passes (the workspace's plain step writer), quizzes with their hints and errata.
///
/// Every line goes through `TerminalEscaping` (the step writer's too), so a lesson cannot send escape
/// sequences to the terminal.
public enum LessonPlainText {
  /// Writes `lesson` to `output`, one line per call without the line break; `writeSteps`
  /// writes the steps of one call (`PlainStepWriter.write`).
  public static func write(
    _ lesson: Lesson, writeSteps: (CallChain, (String) -> Void) -> Void,
    to output: (String) -> Void
  ) {
    let count = lesson.steps.count
    output("\(safe(lesson.title)) (\(lesson.id), \(count) step\(count == 1 ? "" : "s"))")
    lines(lesson.summary, to: output)
    for (index, step) in lesson.steps.enumerated() {
      output("")
      var heading = "── Step \(index + 1) of \(lesson.steps.count) — \(step.kindName)"
      if let operation = step.operation { heading += ": \(safe(operation.layerText))" }
      output(heading)
      if let narration = step.narration { lines(narration, to: output) }
      guard let operation = step.operation else { continue }
      if operation.usesPreviousOutput {
        output("The input is the output of the operation before.")
      }
      if case .quiz(let quiz) = step {
        output("Question: \(question(quiz.ask))")
        for (number, hint) in quiz.hints.enumerated() {
          let question = questionName(hint.question, steps: operation.steps)
          output("Hint \(number + 1), for \(question): \(safe(hint.text))")
        }
      }
      output("")
      withoutActuallyEscaping(output) { output in
        writeSteps(operation.chain) { output(safe($0)) }
      }
      if case .quiz(let quiz) = step {
        output("Answer: shape \(ShapeText.tuple(quiz.answer.shape)).")
      }
      for erratum in operation.errata {
        output("Erratum: \(safe(erratum.message))")
      }
    }
  }

  private static func question(_ ask: LessonQuiz.Ask) -> String {
    switch ask {
    case .shape: "what is the output's shape?"
    case .cells: "what are the output's values?"
    case .both: "what is the output's shape, and what are its values?"
    }
  }

  /// `the shape`, `any cell`, `row 0, column 0`.
  private static func questionName(_ question: LessonHint.Question, steps: CallSteps) -> String {
    switch question {
    case .shape: "the shape"
    case .cells: "any cell"
    case .cell(let index): CellName(step: index, of: steps).text
    }
  }

  private static func lines(_ text: String, to output: (String) -> Void) {
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      output(safe(String(line)))
    }
  }

  private static func safe(_ text: String) -> String { TerminalEscaping.escaped(text) }
}
