import ConvCore
import Lessons

/// One exercise to compute: a layer call, whether its shape and cells are asked, and the
/// words around it. Made from a lesson's quiz step or by the drill generator.
public struct QuizItem: Sendable {
  /// A title for the exercise (`Exercise 1: convolution, quiz 1 of 2`).
  public let title: String
  /// The narration before the questions, if any.
  let narration: String?
  /// The layer as PyTorch writes it (`nn.Conv2d(1, 1, kernel_size=3, bias=False)`).
  public let layerText: String
  /// The call, laid out as steps: the cells to compute.
  public let steps: CallSteps
  /// Whether the output's shape is asked first.
  let asksShape: Bool
  /// Whether the output's cells are asked.
  let asksCells: Bool
  /// The output cells asked (step indices, in row-major order), when not all of them are;
  /// `nil`: every cell, as a lesson's quiz asks them. A drill asks a few.
  let askedCells: [Int]?
  /// The lesson author's hints, if any, each with its question, in the order written.
  let authorHints: [LessonHint]
  /// Where the slide is wrong about this operation: shown as the learner meets each place.
  let errata: [Erratum]
  /// The values the slide prints for the output's cells, in row-major order, when the lesson
  /// gives the slide's grid at the output's size: a wrong answer that is the slide's value is
  /// named as such.
  let slideCells: [Double]?

  /// An item from its parts.
  init(
    title: String, narration: String?, layerText: String, steps: CallSteps, asksShape: Bool,
    asksCells: Bool, askedCells: [Int]? = nil, authorHints: [LessonHint] = [],
    errata: [Erratum] = [], slideCells: [Double]? = nil
  ) {
    self.title = title
    self.narration = narration
    self.layerText = layerText
    self.steps = steps
    self.asksShape = asksShape
    self.asksCells = asksCells
    // In order, each once, and only cells the output has.
    self.askedCells = askedCells.map { Set($0).filter(steps.indices.contains).sorted() }
    self.authorHints = authorHints
    self.errata = errata
    self.slideCells = slideCells
  }

  /// The cells the quiz asks, in row-major order: none when the cells are not asked.
  public var cellsAsked: [Int] {
    guard asksCells else { return [] }
    return askedCells ?? Array(steps.indices)
  }

  /// Whether the quiz asks some of the output's cells but not all of them.
  public var asksSomeCells: Bool {
    asksCells && askedCells.map { $0.count < steps.count } == true
  }

  /// Whether the quiz asks the output cell of step `index`.
  public func asks(cell index: Int) -> Bool {
    guard asksCells, steps.indices.contains(index) else { return false }
    guard let askedCells else { return true }
    return askedCells.contains(index)
  }

  /// The item of a lesson's quiz step.
  public init(quiz: LessonQuiz, title: String) {
    let slide = quiz.slide?.cells?.numbers.map(\.value)
    self.init(
      title: title, narration: quiz.operation.narration, layerText: quiz.operation.layerText,
      steps: quiz.operation.steps, asksShape: quiz.ask.asksShape, asksCells: quiz.ask.asksCells,
      authorHints: quiz.hints, errata: quiz.errata,
      slideCells: slide?.count == quiz.operation.steps.count ? slide : nil)
  }

  /// The quiz steps of `lesson`: (index of the step in the lesson, item).
  public static func items(of lesson: Lesson) -> [(stepIndex: Int, item: QuizItem)] {
    let quizzes = lesson.steps.enumerated().compactMap { index, step -> (Int, LessonQuiz)? in
      if case .quiz(let quiz) = step { return (index, quiz) }
      return nil
    }
    return quizzes.enumerated().map { number, entry in
      let title =
        quizzes.count > 1
        ? "\(lesson.title), quiz \(number + 1) of \(quizzes.count)" : lesson.title
      return (entry.0, QuizItem(quiz: entry.1, title: title))
    }
  }
}
