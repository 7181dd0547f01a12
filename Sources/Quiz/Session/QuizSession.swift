import ConvCore
import ConvText

/// A quiz as a pure state machine: the shape first when it is asked, then each output cell
/// asked (``QuizItem/cellsAsked``: all of them in a lesson, a few in a drill) in row-major
/// order. Each line the learner types goes to ``respond(to:at:)``; a line of several numbers
/// answers the current cell and the asked cells right after it in its row, side by side (a
/// cell not asked ends the run, so that a number is never taken for a cell it was not meant
/// for). The cells not asked are never shown during the quiz, nor named in its hints.
///
/// A right answer fills the cell (✓). A wrong one is marked ✗ without the value, naming the
/// mistake when the engine recognises it; after ``maximumTries`` wrong tries, or on
/// `give up`, the value is shown and the quiz moves on. `?` or `hint` gives the current
/// question's next hint, general first: the tutor's (``HintWriter``) with the lesson's for
/// this question among them (``QuestionHints``). Time comes in as numbers from the caller (seconds), so nothing
/// here reads a clock.
public struct QuizSession: Sendable {
  /// What is being asked.
  public enum Question: Sendable, Equatable {
    /// The output's shape.
    case shape
    /// The output cell computed by this step (row-major index of the output).
    case cell(Int)
  }

  /// Tries per question.
  static let maximumTries = 3

  /// The exercise.
  public let item: QuizItem
  /// The current question, or `nil` when the quiz is over.
  public private(set) var question: Question?
  /// How the shape question ended, once it has.
  private(set) var shapeMark: CellMark?
  /// The finished cells, by step index, with their marks (the value is the step's result).
  public private(set) var filledCells: [Int: CellMark] = [:]
  /// Tries left on the current question.
  private(set) var triesLeft = QuizSession.maximumTries
  /// Hints given on the current question: one makes a right answer not first-try.
  private(set) var hintsOnQuestion = 0
  /// The last reply.
  private(set) var lastFeedback: QuizFeedback?
  /// The score so far.
  public private(set) var score = QuizScore()
  /// The mistakes named so far, in order.
  public private(set) var misconceptions: [Misconception] = []
  /// How each answered question ended, in the order answered (the review log's answers).
  public private(set) var results: [QuestionResult] = []

  /// The lesson's hints (by index) given at the questions before the current one.
  private var lessonHintsGiven: Set<Int> = []
  /// The lesson's hints given at the current question.
  private var lessonHintsGivenHere: Set<Int> = []
  private let startTime: Double
  /// When the last question was answered (the start, before any): a question's time runs
  /// from there.
  private var lastAnswerTime: Double
  private let finder: MistakeFinder
  private let shapeCheck: ShapeCheck

  /// A quiz of `item`, started at `time` (seconds, any origin).
  public init(item: QuizItem, startedAt time: Double = 0) {
    self.item = item
    startTime = time
    lastAnswerTime = time
    finder = MistakeFinder(steps: item.steps)
    shapeCheck = ShapeCheck(steps: item.steps)
    let cells = item.asksCells ? (item.askedCells?.count ?? item.steps.count) : 0
    score.questions = cells + (item.asksShape ? 1 : 0)
    if item.asksShape {
      question = .shape
    } else if let first = askedCell(after: nil) {
      question = .cell(first)
    }
  }

  /// The first cell asked after step `index` (the first of all for `nil`), or `nil`.
  private func askedCell(after index: Int?) -> Int? {
    guard item.asksCells else { return nil }
    let start = (index ?? -1) + 1
    guard let asked = item.askedCells else { return start < item.steps.count ? start : nil }
    return asked.first { $0 >= start }
  }

  /// How many asked cells stand side by side in the row of step `index`, from it on: what a
  /// line of several numbers may answer (the rest of the row when every cell is asked).
  private func askedRun(from index: Int) -> Int {
    let columns = max(item.steps.output.shape.last ?? 1, 1)
    let rowEnd = index - index % columns + columns
    var run = 1
    while index + run < rowEnd, item.asks(cell: index + run) { run += 1 }
    return run
  }

  /// Whether the quiz is over.
  public var isFinished: Bool { question == nil }

  /// The step to highlight: the current cell's, or `nil` while the shape is asked or when over.
  public var currentStepIndex: Int? {
    if case .cell(let index) = question { return index }
    return nil
  }

  /// The current question in words, without the `? `, cells named from 0 as PyTorch
  /// indexes them (``CellName``): `Shape of the output`, `Row 0, column 1`,
  /// `Channel 1, row 0, column 0 — output[1, 0, 0]`, `Position 3`.
  public var prompt: String { question.map(name(of:)) ?? "" }

  /// A question in words, as ``prompt`` asks it.
  func name(of question: Question) -> String {
    switch question {
    case .shape: "Shape of the output"
    case .cell(let index): CellName(step: index, of: item.steps).capitalized
    }
  }

  /// Answers one line: an answer, `?`/`hint`, or `give up`; returns the reply.
  @discardableResult
  public mutating func respond(to line: String, at time: Double) -> QuizFeedback {
    let feedback: QuizFeedback
    let resultsBefore = results.count
    switch question {
    case nil:
      feedback = QuizFeedback(.notAnAnswer, "The quiz is over. " + score.summary)
    case .shape:
      feedback = respondToShape(AnswerReader.read(line, expectingShape: true))
    case .cell(let index):
      feedback = respondToCell(AnswerReader.read(line), index: index)
    }
    if feedback.kind != .notAnAnswer || question == nil {
      score.seconds = max(0, time - startTime)
    }
    if results.count > resultsBefore {
      // A whole row answered at once shares its time.
      let seconds = max(0, time - lastAnswerTime)
      for index in resultsBefore..<results.count { results[index].seconds = seconds }
      lastAnswerTime = time
    }
    lastFeedback = feedback
    return feedback
  }

  /// The hints of the current question, in the order they are given.
  var questionHints: QuestionHints? {
    question.map { QuestionHints(question: $0, item: item, given: lessonHintsGiven) }
  }

  /// The next hint for the current question (the last one again once all are given).
  mutating func hint() -> QuizFeedback {
    guard let hints = questionHints, !hints.hints.isEmpty else {
      return QuizFeedback(.notAnAnswer, "The quiz is over.")
    }
    if hintsOnQuestion < hints.hints.count {
      hintsOnQuestion += 1
      score.hintsUsed += 1
      if let lesson = hints.lessonIndices[hintsOnQuestion - 1] {
        lessonHintsGivenHere.insert(lesson)
      }
    }
    let feedback = QuizFeedback(.hint, hints.labelled(hintsOnQuestion))
    lastFeedback = feedback
    return feedback
  }

  /// Gives up on the current question: its value is shown and the quiz moves on.
  mutating func giveUp() -> QuizFeedback {
    guard let question else { return QuizFeedback(.notAnAnswer, "The quiz is over.") }
    let feedback = QuizFeedback(.revealed, "Given up. " + answerText(question))
    finish(question, mark: .gaveUp)
    lastFeedback = feedback
    return feedback
  }

  private mutating func respondToShape(_ answer: ReadAnswer) -> QuizFeedback {
    switch answer {
    case .shape(let sizes, let isLabel):
      return judgeShape(sizes, isLabel: isLabel)
    case .number(let number):
      guard number.decimals == nil, number.value >= 0, number.value < 1e9,
        number.value == number.value.rounded()
      else { return QuizFeedback(.notAnAnswer, "not a shape: \(number.text)") }
      return judgeShape([Int(number.value)], isLabel: true)
    case .numbers(let numbers):
      return QuizFeedback(
        .notAnAnswer,
        "not a shape: \(numbers.map(\.text).joined(separator: " ")); write it as 5x3 or (1, 5, 3)")
    default:
      return common(answer)
    }
  }

  /// Judges a shape, however it was written (`isLabel`: without brackets, as `2x4`).
  private mutating func judgeShape(_ sizes: [Int], isLabel: Bool) -> QuizFeedback {
    let shown = isLabel ? ShapeText.size(sizes) : ShapeText.tuple(sizes)
    switch shapeCheck.judge(sizes, written: shown) {
    case .right:
      let whole = ShapeText.tuple(item.steps.output.shape)
      finish(
        .shape,
        mark: hintsOnQuestion == 0 && triesLeft == QuizSession.maximumTries
          ? .rightFirstTry : .right)
      return QuizFeedback(.right, "Right: the output has shape \(whole).")
    case .incomplete(let explanation):
      return QuizFeedback(.notAnAnswer, explanation)
    case .wrong(let misconception):
      return wrong(.shape, misconception: misconception, shown: shown)
    }
  }

  private mutating func respondToCell(_ answer: ReadAnswer, index: Int) -> QuizFeedback {
    switch answer {
    case .number(let number):
      return judgeCell(number, index: index)
    case .numbers(let numbers):
      let left = askedRun(from: index)
      guard numbers.count <= left else {
        guard item.asksSomeCells else {
          return QuizFeedback(
            .notAnAnswer,
            "that is \(numbers.count) numbers, but this row has \(left) cell\(left == 1 ? "" : "s") "
              + "left; type one number or the rest of the row")
        }
        return QuizFeedback(
          .notAnAnswer,
          "that is \(numbers.count) numbers, but "
            + (left == 1
              ? "only this cell is asked here; type one number"
              : "only \(left) cells side by side are asked here; type one number or \(left)"))
      }
      var rightCount = 0
      for (offset, number) in numbers.enumerated() {
        let feedback = judgeCell(number, index: index + offset)
        guard feedback.kind == .right else {
          guard rightCount > 0 else { return feedback }
          let text =
            rightCount == 1
            ? "The first is right; then " : "The first \(rightCount) are right; then "
          return QuizFeedback(
            feedback.kind, text + feedback.text.prefix(1).lowercased() + feedback.text.dropFirst(),
            misconception: feedback.misconception)
        }
        rightCount += 1
      }
      return QuizFeedback(
        .right, numbers.count == 2 ? "Right: both cells." : "Right: all \(numbers.count) cells.")
    case .shape:
      return QuizFeedback(.notAnAnswer, "not a number: this question asks for one value")
    default:
      return common(answer)
    }
  }

  private mutating func judgeCell(_ number: AnswerNumber, index: Int) -> QuizFeedback {
    let step = item.steps[index]
    if number.matches(step.result) {
      let first = hintsOnQuestion == 0 && triesLeft == QuizSession.maximumTries
      finish(.cell(index), mark: first ? .rightFirstTry : .right)
      return QuizFeedback(.right, "Right: \(resultText(step)).")
    }
    let misconception = finder.misconception(for: number, at: index)
    var slideNote: String? = nil
    if let slide = item.slideCells, index < slide.count, number.matches(slide[index]) {
      slideNote =
        "Not \(AnswerReader.shown(number.text)): that is what the slide prints, but the slide "
        + "is wrong here."
    }
    return wrong(.cell(index), misconception: misconception, shown: number.text, note: slideNote)
  }

  /// A wrong try: the mistake named (or `note`), tries left, or the value shown after the last
  /// try.
  private mutating func wrong(
    _ question: Question, misconception: Misconception?, shown: String, note: String? = nil
  ) -> QuizFeedback {
    triesLeft -= 1
    score.wrongTries += 1
    if let misconception { misconceptions.append(misconception) }
    let named = misconception?.sentence ?? note ?? "Not \(AnswerReader.shown(shown))."
    guard triesLeft > 0 else {
      let feedback = QuizFeedback(
        .revealed, named + " " + answerText(question), misconception: misconception)
      finish(question, mark: .revealed)
      return feedback
    }
    let tries = triesLeft == 1 ? "1 try left" : "\(triesLeft) tries left"
    return QuizFeedback(
      .wrong, named + " \(tries); ? gives a hint.", misconception: misconception)
  }

  private mutating func common(_ answer: ReadAnswer) -> QuizFeedback {
    switch answer {
    case .hint: return hint()
    case .giveUp: return giveUp()
    case .unreadable(let message): return QuizFeedback(.notAnAnswer, message)
    default:
      return QuizFeedback(
        .notAnAnswer,
        "Type a number\(item.asksSomeCells ? "" : " (or a whole row)"), ? for a hint, or give up.")
    }
  }

  /// `It is 4: 2×1 + … = 4.` or `Rows … = 2, columns … = 4, so the shape is (1, 2, 4).`
  private func answerText(_ question: Question) -> String {
    switch question {
    case .shape:
      return HintWriter.shapeHints(of: item.steps).last ?? ""
    case .cell(let index):
      let step = item.steps[index]
      return "It is \(resultText(step)): " + ArithmeticText(for: step, in: item.steps).text + "."
    }
  }

  /// The step's result, as the output grid writes it.
  private func resultText(_ step: Step) -> String {
    NumberText.text(step.result, in: item.steps.notation.output)
  }

  private mutating func finish(_ finished: Question, mark: CellMark) {
    switch mark {
    case .rightFirstTry: score.rightFirstTry += 1
    case .right: score.rightLater += 1
    case .revealed: score.revealed += 1
    case .gaveUp: score.gaveUp += 1
    }
    results.append(
      QuestionResult(
        question: finished, name: name(of: finished), mark: mark,
        wrongTries: QuizSession.maximumTries - triesLeft, hints: hintsOnQuestion, seconds: 0))
    switch finished {
    case .shape:
      shapeMark = mark
      question = askedCell(after: nil).map(Question.cell)
    case .cell(let index):
      filledCells[index] = mark
      question = askedCell(after: index).map(Question.cell)
    }
    triesLeft = QuizSession.maximumTries
    hintsOnQuestion = 0
    lessonHintsGiven.formUnion(lessonHintsGivenHere)
    lessonHintsGivenHere = []
  }
}
