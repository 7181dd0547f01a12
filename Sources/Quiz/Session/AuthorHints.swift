import Foundation

/// The lesson author's hints of a quiz (`hints:`), each given once, in order, before the
/// engine's hints.
///
/// With both the shape and the cells asked, the first hint is the shape question's and the
/// others are the cells'; with only one of them asked, every hint is that question's. The
/// cells' hints go to the first cells where the learner asks for a hint: a cell's `?` gives
/// the next one not yet given. A hint is one line (line feeds become spaces), labelled
/// `Lesson hint 1 of 2: `.
struct AuthorHints: Sendable {
  /// The shape question's hints.
  let shape: [String]
  /// The cells' hints.
  let cells: [String]
  /// How many of ``shape`` were given.
  private(set) var shapeGiven = 0
  /// How many of ``cells`` were given.
  private(set) var cellsGiven = 0

  /// The hints of `item`, split between its questions.
  init(item: QuizItem) {
    let hints = item.authorHints.map(AuthorHints.oneLine)
    switch (item.asksShape, item.asksCells) {
    case (true, true):
      shape = Array(hints.prefix(1))
      cells = Array(hints.dropFirst())
    case (true, false):
      shape = hints
      cells = []
    default:
      shape = []
      cells = hints
    }
  }

  /// The next hint for `question`, labelled, or `nil` once its hints are all given.
  mutating func next(for question: QuizSession.Question) -> String? {
    switch question {
    case .shape:
      guard shapeGiven < shape.count else { return nil }
      shapeGiven += 1
      return AuthorHints.labelled(shape[shapeGiven - 1], number: shapeGiven, of: shape.count)
    case .cell:
      guard cellsGiven < cells.count else { return nil }
      cellsGiven += 1
      return AuthorHints.labelled(cells[cellsGiven - 1], number: cellsGiven, of: cells.count)
    }
  }

  /// `Lesson hint 2 of 3: TEXT`.
  static func labelled(_ text: String, number: Int, of count: Int) -> String {
    "Lesson hint \(number) of \(count): \(text)"
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
