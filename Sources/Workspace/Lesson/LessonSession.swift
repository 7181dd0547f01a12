import Lessons
import Quiz

/// A lesson open in the workspace, and which of its steps is on screen.
struct LessonSession {
  let lesson: Lesson
  /// The step on screen (0-based).
  private(set) var stepIndex = 0

  init(lesson: Lesson) {
    self.lesson = lesson
  }

  /// The step on screen.
  var step: LessonStep { lesson.steps[stepIndex] }

  /// "step 3 of 7".
  var placeText: String { "step \(stepIndex + 1) of \(lesson.steps.count)" }

  var isAtEnd: Bool { stepIndex + 1 >= lesson.steps.count }

  /// Moves to the next step; false at the last one.
  mutating func next() -> Bool {
    guard !isAtEnd else { return false }
    stepIndex += 1
    return true
  }

  /// Moves to the previous step; false at the first one.
  mutating func previous() -> Bool {
    guard stepIndex > 0 else { return false }
    stepIndex -= 1
    return true
  }

  /// The narration of the step on screen, with its errata about the operation as a whole
  /// and, when `cell` is the output cell on screen, the erratum about that cell; for a quiz,
  /// the question. During a `quiz` only the errata its rule makes visible are there
  /// (``Quiz/QuizSession/isVisible(_:)``: each waits for its question to be answered).
  func narration(atCell cell: Int? = nil, quiz: QuizSession? = nil) -> [String] {
    var paragraphs: [String] = []
    if let text = step.narration { paragraphs.append(text) }
    if case .quiz(let quiz) = step {
      let question =
        switch quiz.ask {
        case .shape: "Your turn: what is the shape of the output? Type it at the prompt."
        case .cells: "Your turn: compute each output cell and type it at the prompt."
        case .both: "Your turn: type the output's shape, then each of its cells, at the prompt."
        }
      paragraphs.append(question)
    }
    for erratum in step.operation?.errata ?? [] {
      if let quiz, !quiz.isVisible(erratum) { continue }
      // A cell's erratum stands beside its cell, when that cell is on screen.
      if case .cell(let index) = erratum.subject, index != cell { continue }
      paragraphs.append("Erratum: " + erratum.message)
    }
    return paragraphs
  }

  /// The narration alone (no errata, no question), for the transcript.
  var narrationText: String? { step.narration }

  /// The erratum about the output cell of step `index` of the operation, if the slide got
  /// that cell wrong.
  func erratum(forCell index: Int) -> Erratum? {
    step.operation?.errata.first { $0.subject == .cell(index) }
  }
}
