internal import GRDB
import Quiz

/// Reviews as rows of the `review` and `answer` tables (``ProgressSchema``), and back.
///
/// Reading takes whatever a hand editor left: an unknown exercise is skipped, an unknown skill
/// reads as none, an answer with an unknown mark or question is skipped, counts are clamped
/// to 0 and up, times to 1970 through 9999 (``StoredValue``).
enum ReviewRows {
  /// The exercise column's words.
  static let lessonStep = "lesson-step"
  static let drill = "drill"

  /// Inserts `review` and its answers (inside the caller's transaction).
  static func insert(_ review: Review, into db: Database) throws {
    var lessonId: String?
    var stepIndex: Int?
    var seed: String?
    var number: Int?
    var layer: String?
    let exercise: String
    switch review.exercise {
    case .lessonStep(let id, let index):
      exercise = lessonStep
      (lessonId, stepIndex) = (id, index)
    case .drill(let drillSeed, let drillNumber, let drillLayer):
      exercise = drill
      (seed, number, layer) = (String(drillSeed), drillNumber, drillLayer)
    }
    let score = review.score
    try db.execute(
      sql: """
        INSERT INTO review (time, exercise, lesson_id, step_index, drill_seed, drill_number,
          layer, skill, level, questions, right_first_try, right_later, revealed, gave_up,
          hints_used, wrong_tries, seconds, is_finished, mistakes)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        StoredValue.time(review.time), exercise, lessonId, stepIndex, seed, number, layer,
        review.skill?.rawValue, review.level, score.questions, score.rightFirstTry,
        score.rightLater, score.revealed, score.gaveUp, score.hintsUsed, score.wrongTries,
        StoredValue.seconds(score.seconds), review.isFinished,
        review.mistakes.map(\.rawValue).joined(separator: " "),
      ])
    let id = db.lastInsertedRowID
    for (position, answer) in review.answers.enumerated() {
      let (question, cell): (String, Int?) =
        switch answer.question {
        case .shape: ("shape", nil)
        case .cell(let index): ("cell", index)
        }
      try db.execute(
        sql: """
          INSERT INTO answer (review_id, position, question, cell, name, mark, wrong_tries,
            hints, seconds)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          id, position, question, cell, answer.name, word(for: answer.mark), answer.wrongTries,
          answer.hints, StoredValue.seconds(answer.seconds),
        ])
    }
  }

  /// The reviews whose rows match `condition` (all when nil), in time order (by `id` among
  /// equal times), with their answers when `withAnswers`.
  static func reviews(
    in db: Database, where condition: String? = nil, arguments: StatementArguments = [],
    withAnswers: Bool = true
  ) throws -> [Review] {
    let filter = condition.map { " WHERE " + $0 } ?? ""
    var rows: [(id: Int64, review: Review)] = []
    let cursor = try Row.fetchCursor(
      db, sql: "SELECT * FROM review" + filter + " ORDER BY id", arguments: arguments)
    while let row = try cursor.next() {
      guard let review = review(from: row) else { continue }
      rows.append((StoredValue(row, "id").whole(atLeast: .min).map(Int64.init) ?? 0, review))
    }
    if withAnswers, !rows.isEmpty {
      var answers: [Int64: [QuestionResult]] = [:]
      let cursor = try Row.fetchCursor(
        db,
        sql: "SELECT * FROM answer WHERE review_id IN (SELECT id FROM review" + filter
          + ") ORDER BY review_id, position", arguments: arguments)
      while let row = try cursor.next() {
        guard let id = StoredValue(row, "review_id").whole(atLeast: .min),
          let answer = answer(from: row)
        else { continue }
        answers[Int64(id), default: []].append(answer)
      }
      for index in rows.indices { rows[index].review.answers = answers[rows[index].id] ?? [] }
    }
    // Stable: equal times keep the order of their ids.
    return rows.map(\.review).enumerated()
      .sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
      .map(\.element)
  }

  /// The review in `row` (without its answers), or nil when its exercise is unknown.
  static func review(from row: Row) -> Review? {
    let exercise: Review.Exercise
    switch StoredValue(row, "exercise").text {
    case lessonStep:
      guard let lessonId = StoredValue(row, "lesson_id").text,
        let stepIndex = StoredValue(row, "step_index").whole(atLeast: 0)
      else { return nil }
      exercise = .lessonStep(lessonId: lessonId, stepIndex: stepIndex)
    case drill:
      exercise = .drill(
        seed: StoredValue(row, "drill_seed").unsigned ?? 0,
        number: StoredValue(row, "drill_number").whole(atLeast: 1) ?? 1,
        layer: StoredValue(row, "layer").text ?? "")
    default:
      return nil
    }
    var score = QuizScore()
    score.questions = StoredValue(row, "questions").count
    score.rightFirstTry = StoredValue(row, "right_first_try").count
    score.rightLater = StoredValue(row, "right_later").count
    score.revealed = StoredValue(row, "revealed").count
    score.gaveUp = StoredValue(row, "gave_up").count
    score.hintsUsed = StoredValue(row, "hints_used").count
    score.wrongTries = StoredValue(row, "wrong_tries").count
    score.seconds = StoredValue(row, "seconds").seconds
    let mistakes = (StoredValue(row, "mistakes").text ?? "").split(separator: " ")
      .compactMap { Skill(rawValue: String($0)) }
    return Review(
      time: StoredValue(row, "time").time, exercise: exercise,
      skill: StoredValue(row, "skill").text.flatMap(Skill.init(rawValue:)),
      level: StoredValue(row, "level").whole(atLeast: 1) ?? 1, score: score,
      isFinished: StoredValue(row, "is_finished").isTrue, mistakes: mistakes, answers: [])
  }

  /// The answer in `row`, or nil when its question or mark is unknown.
  static func answer(from row: Row) -> QuestionResult? {
    let question: QuizSession.Question
    switch StoredValue(row, "question").text {
    case "shape": question = .shape
    case "cell":
      guard let cell = StoredValue(row, "cell").whole(atLeast: 0) else { return nil }
      question = .cell(cell)
    default: return nil
    }
    guard let mark = StoredValue(row, "mark").text.flatMap(mark(named:)) else { return nil }
    return QuestionResult(
      question: question, name: StoredValue(row, "name").text ?? "", mark: mark,
      wrongTries: StoredValue(row, "wrong_tries").count, hints: StoredValue(row, "hints").count,
      seconds: StoredValue(row, "seconds").seconds)
  }

  /// The mark column's word for `mark`.
  static func word(for mark: CellMark) -> String {
    switch mark {
    case .rightFirstTry: "right-first-try"
    case .right: "right"
    case .revealed: "revealed"
    case .gaveUp: "gave-up"
    }
  }

  /// The mark a word of the mark column names, or nil.
  static func mark(named word: String) -> CellMark? {
    [CellMark.rightFirstTry, .right, .revealed, .gaveUp].first { self.word(for: $0) == word }
  }
}
