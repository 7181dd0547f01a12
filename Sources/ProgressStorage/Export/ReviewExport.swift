import Foundation
import Quiz

/// The review log written out for a teacher or a spreadsheet (`convtutor progress --export`).
///
/// - JSON: an array of the reviews in time order, each an object with its answers in order.
/// - CSV (RFC 4180: comma-separated, CRLF line ends, a field with a comma, a quote or a line
///   break in double quotes, quotes doubled): a header, then one row per answered question
///   with its review's fields repeated, so that a spreadsheet can filter and sum by any
///   column; a review without answers (left at once, or imported from `progress.json`) is one
///   row whose answer columns are empty. The `review` column numbers the reviews from 1.
///
/// Times are ISO 8601 in UTC (`2025-01-02T15:30:00Z`); seconds taken are numbers, to the
/// millisecond.
public enum ReviewExport {
  /// A format to write.
  public enum Format: String, Sendable, CaseIterable {
    case json
    case csv
  }

  /// `reviews` written in `format`, ending with a line break.
  public static func text(of reviews: [Review], as format: Format) -> String {
    switch format {
    case .json: json(reviews)
    case .csv: csv(reviews)
    }
  }

  // MARK: - JSON

  private static func json(_ reviews: [Review]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Every value is finite (the store clamps them), so encoding cannot fail.
    guard let data = try? encoder.encode(reviews.map(ExportedReview.init)) else { return "[]\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// A review as the JSON export writes it.
  private struct ExportedReview: Encodable {
    var time: String
    var exercise: String
    var lessonId: String?
    var stepIndex: Int?
    var drillSeed: UInt64?
    var drillNumber: Int?
    var layer: String?
    var skill: String?
    var level: Int
    var grade: String?
    var finished: Bool
    var score: ExportedScore
    var mistakes: [String]
    var answers: [ExportedAnswer]

    init(_ review: Review) {
      time = ISOTime.text(review.time)
      switch review.exercise {
      case .lessonStep(let id, let index):
        exercise = ReviewRows.lessonStep
        (lessonId, stepIndex) = (id, index)
      case .drill(let seed, let number, let layer):
        exercise = ReviewRows.drill
        (drillSeed, drillNumber, self.layer) = (seed, number, layer)
      }
      skill = review.skill?.rawValue
      level = review.level
      grade = review.grade?.name
      finished = review.isFinished
      score = ExportedScore(review.score)
      mistakes = review.mistakes.map(\.rawValue)
      answers = review.answers.map(ExportedAnswer.init)
    }

    func encode(to encoder: any Encoder) throws {
      // Absent fields are written as null, so that every review has the same keys.
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(time, forKey: .time)
      try container.encode(exercise, forKey: .exercise)
      try container.encode(lessonId, forKey: .lessonId)
      try container.encode(stepIndex, forKey: .stepIndex)
      try container.encode(drillSeed, forKey: .drillSeed)
      try container.encode(drillNumber, forKey: .drillNumber)
      try container.encode(layer, forKey: .layer)
      try container.encode(skill, forKey: .skill)
      try container.encode(level, forKey: .level)
      try container.encode(grade, forKey: .grade)
      try container.encode(finished, forKey: .finished)
      try container.encode(score, forKey: .score)
      try container.encode(mistakes, forKey: .mistakes)
      try container.encode(answers, forKey: .answers)
    }

    enum CodingKeys: String, CodingKey {
      case time, exercise, lessonId, stepIndex, drillSeed, drillNumber, layer, skill, level
      case grade, finished, score, mistakes, answers
    }
  }

  /// A score as the JSON export writes it.
  private struct ExportedScore: Encodable {
    var questions, rightFirstTry, rightLater, revealed, gaveUp, hintsUsed, wrongTries: Int
    var seconds: Double

    init(_ score: QuizScore) {
      (questions, rightFirstTry, rightLater, revealed) =
        (score.questions, score.rightFirstTry, score.rightLater, score.revealed)
      (gaveUp, hintsUsed, wrongTries, seconds) =
        (score.gaveUp, score.hintsUsed, score.wrongTries, ReviewExport.milliseconds(score.seconds))
    }
  }

  /// An answer as the JSON export writes it.
  private struct ExportedAnswer: Encodable {
    var question: String
    var cell: Int?
    var name: String
    var mark: String
    var wrongTries: Int
    var hints: Int
    var seconds: Double

    init(_ answer: QuestionResult) {
      switch answer.question {
      case .shape: (question, cell) = ("shape", nil)
      case .cell(let index): (question, cell) = ("cell", index)
      }
      name = answer.name
      mark = ReviewRows.word(for: answer.mark)
      (wrongTries, hints, seconds) =
        (answer.wrongTries, answer.hints, ReviewExport.milliseconds(answer.seconds))
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(question, forKey: .question)
      try container.encode(cell, forKey: .cell)
      try container.encode(name, forKey: .name)
      try container.encode(mark, forKey: .mark)
      try container.encode(wrongTries, forKey: .wrongTries)
      try container.encode(hints, forKey: .hints)
      try container.encode(seconds, forKey: .seconds)
    }

    enum CodingKeys: String, CodingKey {
      case question, cell, name, mark, wrongTries, hints, seconds
    }
  }

  /// `seconds` rounded to the millisecond (0 when not finite).
  static func milliseconds(_ seconds: Double) -> Double {
    let rounded = (seconds * 1000).rounded() / 1000
    return rounded.isFinite ? rounded : 0
  }

  // MARK: - CSV

  /// The CSV columns: the review's, then the answer's.
  static let csvHeader = [
    "review", "time", "exercise", "lesson_id", "step_index", "drill_seed", "drill_number",
    "layer", "skill", "level", "grade", "finished", "questions", "right_first_try",
    "right_later", "revealed", "gave_up", "hints_used", "wrong_tries", "seconds", "mistakes",
    "answer", "question", "cell", "answer_name", "mark", "answer_wrong_tries", "answer_hints",
    "answer_seconds",
  ]

  private static func csv(_ reviews: [Review]) -> String {
    var lines = [CSVField.line(csvHeader)]
    for (index, review) in reviews.enumerated() {
      let fields = reviewFields(review, number: index + 1)
      if review.answers.isEmpty {
        lines.append(CSVField.line(fields + Array(repeating: "", count: 8)))
      }
      for (position, answer) in review.answers.enumerated() {
        lines.append(CSVField.line(fields + answerFields(answer, number: position + 1)))
      }
    }
    return lines.joined()
  }

  private static func reviewFields(_ review: Review, number: Int) -> [String] {
    var exercise = [ReviewRows.lessonStep, "", "", "", "", ""]
    switch review.exercise {
    case .lessonStep(let id, let index):
      exercise = [ReviewRows.lessonStep, id, String(index), "", "", ""]
    case .drill(let seed, let drillNumber, let layer):
      exercise = [ReviewRows.drill, "", "", String(seed), String(drillNumber), layer]
    }
    let score = review.score
    return [String(number), ISOTime.text(review.time)] + exercise + [
      review.skill?.rawValue ?? "", String(review.level), review.grade?.name ?? "",
      review.isFinished ? "yes" : "no", String(score.questions), String(score.rightFirstTry),
      String(score.rightLater), String(score.revealed), String(score.gaveUp),
      String(score.hintsUsed), String(score.wrongTries), CSVField.number(score.seconds),
      review.mistakes.map(\.rawValue).joined(separator: " "),
    ]
  }

  private static func answerFields(_ answer: QuestionResult, number: Int) -> [String] {
    let (question, cell): (String, String) =
      switch answer.question {
      case .shape: ("shape", "")
      case .cell(let index): ("cell", String(index))
      }
    return [
      String(number), question, cell, answer.name, ReviewRows.word(for: answer.mark),
      String(answer.wrongTries), String(answer.hints), CSVField.number(answer.seconds),
    ]
  }
}
