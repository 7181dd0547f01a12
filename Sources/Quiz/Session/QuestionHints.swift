import ConvCore
import Foundation
import Lessons

/// The hints of one question, general first: the tutor's rule, the lesson's hints that state
/// no value, this question's numbers, the products, the lesson's hints that state a value,
/// and the result.
///
/// A lesson hint belongs to a question (``LessonHint/Question``): the shape's are given only
/// at the shape, a cell's only at that cell, and the cells' (for any cell) at the first cell
/// where the learner asks, each once in the quiz. A lesson hint states a value when a number
/// in it is the question's answer (all the output's grid sizes, for the shape) or, for a
/// cell, the sum of its products or of one channel's products; such a hint comes after the
/// tutor's products, so that the hints never say the answer before the last ones.
struct QuestionHints: Sendable {
  /// One hint, and whether the lesson wrote it.
  struct Hint: Sendable, Equatable {
    let text: String
    let isLesson: Bool
  }

  /// The hints, in the order they are given.
  let hints: [Hint]
  /// The indices (into the item's lesson hints) of the lesson hints among ``hints``, by place.
  let lessonIndices: [Int: Int]

  /// The hints of `question` of `item`; the lesson's hints for any cell that were given at an
  /// earlier question (`given`) are left out.
  init(question: QuizSession.Question, item: QuizItem, given: Set<Int>) {
    let steps = item.steps
    let engine: [String]
    let own: [(offset: Int, element: LessonHint)]
    switch question {
    case .shape:
      engine = HintWriter.shapeHints(of: steps)
      own = item.authorHints.enumerated().filter { $0.element.question == .shape }
    case .cell(let index):
      engine = HintWriter.cellHints(step: index, of: steps)
      // The hints for any cell before those for this one: general before specific.
      let general = item.authorHints.enumerated().filter {
        $0.element.question == .cells && !given.contains($0.offset)
      }
      let specific = item.authorHints.enumerated().filter {
        $0.element.question == .cell(index)
      }
      own = general + specific
    }
    let values = own.filter { QuestionHints.statesValue($0.element.text, question, steps) }
    let plain = own.filter { !QuestionHints.statesValue($0.element.text, question, steps) }
    var hints: [Hint] = []
    var lessonIndices: [Int: Int] = [:]
    func add(lesson: [(offset: Int, element: LessonHint)]) {
      for entry in lesson {
        lessonIndices[hints.count] = entry.offset
        hints.append(Hint(text: QuestionHints.oneLine(entry.element.text), isLesson: true))
      }
    }
    func add(engine level: Int) {
      if level < engine.count { hints.append(Hint(text: engine[level], isLesson: false)) }
    }
    add(engine: 0)
    add(lesson: plain)
    add(engine: 1)
    add(engine: 2)
    add(lesson: values)
    add(engine: 3)
    self.hints = hints
    self.lessonIndices = lessonIndices
  }

  /// Hint `number` (from 1) of `count`, labelled: `Hint 2 of 6 (the lesson's): …`,
  /// `Hint 6 of 6 (the last): …`.
  func labelled(_ number: Int) -> String {
    let hint = hints[number - 1]
    var label = "Hint \(number) of \(hints.count)"
    if hint.isLesson { label += " (the lesson's)" }
    if number == hints.count { label += " (the last)" }
    return label + ": " + hint.text
  }

  /// Whether `text` states the value `question` asks (see the type's summary).
  static func statesValue(_ text: String, _ question: QuizSession.Question, _ steps: CallSteps)
    -> Bool
  {
    let numbers = numbers(in: text)
    switch question {
    case .shape:
      let grid = steps.output.shape.suffix(steps.geometry.window?.formulas.count ?? 1)
      let sizes = Set(grid.map(Double.init))
      return !sizes.isEmpty && sizes.allSatisfy { size in numbers.contains { $0.matches(size) } }
    case .cell(let index):
      guard let step = steps.step(at: index) else { return false }
      var values = [step.result]
      switch step.operation {
      case .weightedSum(let sum):
        values.append(sum.sum)
        let channels = Dictionary(grouping: sum.terms) { step.window[$0.cell].channel }
        if channels.count > 1 {
          values += channels.values.map { $0.reduce(0) { $0 + $1.product } }
        }
      case .average(let average):
        values.append(average.sum)
      default:
        break
      }
      return values.contains { value in numbers.contains { $0.matches(value) } }
    }
  }

  /// The words after which a number names a place, not a value: `channel 1`, `row 0`.
  static let placeWords: Set<String> = [
    "channel", "channels", "row", "rows", "column", "columns", "position", "positions", "step",
    "hint", "exercise", "stage", "dimension", "dim",
  ]

  /// Whether the number starting at `index` follows a place word (`channel 1`, `row 0`).
  static func namesAPlace(_ characters: [Character], before index: Int) -> Bool {
    var end = index
    while end > 0, characters[end - 1] == " " { end -= 1 }
    var start = end
    while start > 0, characters[start - 1].isLetter { start -= 1 }
    return placeWords.contains(String(characters[start..<end]).lowercased())
  }

  /// The numbers written in `text`: `11`, `−52`, `1.6667` (a minus counts when it stands
  /// right before the digits, as in `(−1)`, not as in `7 − 3`).
  static func numbers(in text: String) -> [AnswerNumber] {
    var numbers: [AnswerNumber] = []
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      let isSign =
        (character == "-" || character == "−") && index + 1 < characters.count
        && characters[index + 1].isASCIIDigit
        && (index == 0 || !characters[index - 1].isLetter && !characters[index - 1].isASCIIDigit)
      guard character.isASCIIDigit || isSign else {
        index += 1
        continue
      }
      var end = index + 1
      while end < characters.count,
        characters[end].isASCIIDigit
          || (characters[end] == "." && end + 1 < characters.count
            && characters[end + 1].isASCIIDigit)
      {
        end += 1
      }
      if let number = AnswerReader.number(String(characters[index..<end])),
        !namesAPlace(characters, before: index)
      {
        numbers.append(number)
      }
      index = end
    }
    return numbers
  }

  /// The text on one line: its lines, trimmed, joined by spaces. Only line feeds end a line:
  /// other controls (a lone `\r`) stay, for the escaping to show.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
      .joined(separator: " ")
  }
}

extension Character {
  /// `0`…`9` only.
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
