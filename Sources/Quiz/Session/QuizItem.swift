import ConvCore
import Lessons

/// One exercise to compute: a layer call, whether its shape and cells are asked, and the
/// words around it. Made from a lesson's quiz step or by the drill generator.
public struct QuizItem: Sendable {
  /// A title for the exercise (`Exercise 1: convolution, quiz 1 of 2`).
  let title: String
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
    asksCells: Bool, authorHints: [LessonHint] = [], errata: [Erratum] = [],
    slideCells: [Double]? = nil
  ) {
    self.title = title
    self.narration = narration
    self.layerText = layerText
    self.steps = steps
    self.asksShape = asksShape
    self.asksCells = asksCells
    self.authorHints = authorHints
    self.errata = errata
    self.slideCells = slideCells
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
