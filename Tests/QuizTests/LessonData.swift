import ConvCore
import Lessons

@testable import Quiz

/// The shipped exercises' quiz steps, as the tests use them.
enum LessonData {
  /// Quiz `quiz` (counted from 0) of exercise `exercise`.
  static func item(_ exercise: Int, quiz: Int = 0) -> QuizItem {
    let lesson = LessonLibrary.shipped.lesson(named: "\(exercise)")!
    return QuizItem.items(of: lesson)[quiz].item
  }

  /// `item` with the author hints `hints` (none by default), asking the shape and the cells
  /// as `asksShape` and `asksCells` say (as `item` does by default), only the cells
  /// `askedCells` when given, and with `item`'s errata when `errata`.
  static func variant(
    _ item: QuizItem, hints: [LessonHint] = [], asksShape: Bool? = nil, asksCells: Bool? = nil,
    askedCells: [Int]? = nil, errata: Bool = false
  ) -> QuizItem {
    QuizItem(
      title: item.title, narration: item.narration, layerText: item.layerText,
      steps: item.steps, asksShape: asksShape ?? item.asksShape,
      asksCells: asksCells ?? item.asksCells, askedCells: askedCells, authorHints: hints,
      errata: errata ? item.errata : [])
  }

  /// The step index of the output cell at (`row`, `column`), counted from 0.
  static func index(_ item: QuizItem, row: Int, column: Int) -> Int {
    let shape = item.steps.output.shape
    return item.steps.index(
      ofOutputPosition: Array(repeating: 0, count: shape.count - 2) + [row, column])!
  }

  /// What answering `text` at (`row`, `column`) is named.
  static func named(_ item: QuizItem, _ text: String, row: Int, column: Int) -> Misconception? {
    MistakeFinder(steps: item.steps).misconception(
      for: AnswerReader.number(text)!, at: index(item, row: row, column: column))
  }
}
