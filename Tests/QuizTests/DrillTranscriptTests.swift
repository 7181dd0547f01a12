import ConvCore
import ConvText
import Foundation
import Testing

@testable import Quiz

/// Short drills in plain mode, answered right (cell by cell and in rows), wrong, given up and
/// with hints: the transcripts are compared with `Transcripts/drill-*.txt`.
/// `UPDATE_TRANSCRIPTS=1 swift test` rewrites them, to be read before committing.
@Suite struct DrillTranscriptTests {
  static let transcripts = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("Transcripts")

  /// How a transcript answers an exercise.
  enum Way: String, Sendable, CaseIterable {
    /// Every question right, one line each.
    case right
    /// Right, the asked cells side by side in a row on one line.
    case rows
    /// A wrong shape, then wrong tries and giving up, turn about.
    case wrong
    /// Two hints on each question, then the right answer.
    case hints
  }

  /// The right answer of each question of `item`: the shape, then each asked cell (with its
  /// neighbours in a row when `rows`).
  static func rightAnswers(_ item: QuizItem, rows: Bool) -> [String] {
    let steps = item.steps
    var answers = item.asksShape ? [ShapeText.tuple(steps.output.shape)] : []
    let columns = steps.output.shape.last ?? 1
    var previous: Int?
    for cell in item.cellsAsked {
      let value = NumberText.text(steps[cell].result, in: steps.notation.output)
      if rows, let last = previous, cell == last + 1, cell % columns != 0 {
        answers[answers.count - 1] += " " + value
      } else {
        answers.append(value)
      }
      previous = cell
    }
    return answers
  }

  /// The lines typed for `item` the `way` given.
  static func answers(_ item: QuizItem, _ way: Way) -> [String] {
    switch way {
    case .right: return rightAnswers(item, rows: false)
    case .rows: return rightAnswers(item, rows: true)
    case .wrong:
      let shape = item.asksShape ? ["1x1", "give up"] : []
      return shape
        + item.cellsAsked.enumerated().flatMap { offset, _ in
          offset.isMultiple(of: 2) ? ["100", "-1", "1000"] : ["give up"]
        }
    case .hints:
      return rightAnswers(item, rows: false).flatMap { ["?", "?", $0] }
    }
  }

  /// The exercises transcribed: a skill, its level, a seed, and how it is answered.
  static let cases: [(skill: Skill, level: Int, seed: UInt64, way: Way)] = [
    (.conv, 2, 3, .right),
    (.padding, 2, 4, .rows),
    (.avgpool, 2, 5, .wrong),
    (.flatten, 2, 6, .hints),
    (.stride, 1, 7, .rows),
  ]

  @Test(arguments: 0..<cases.count)
  func transcript(number: Int) throws {
    let (skill, level, seed, way) = Self.cases[number]
    var generator = DrillGenerator(seed: seed)
    let item = generator.next(skill, level: level)
    var lines = Self.answers(item, way)[...]
    var written = ""
    let runner = PlainQuizRunner(
      readLine: { lines.popFirst() }, write: { written += $0 }, clock: { 0 }, escape: { $0 })
    let (session, ended) = runner.run(item)
    #expect(!ended)
    #expect(session.isFinished)
    #expect(session.score.questions == item.cellsAsked.count + (item.asksShape ? 1 : 0))
    if way == .right || way == .rows {
      #expect(session.score.rightFirstTry == session.score.questions)
    }
    let file = Self.transcripts.appendingPathComponent(
      "drill-\(skill.rawValue)-level-\(level)-\(way.rawValue).txt")
    if ProcessInfo.processInfo.environment["UPDATE_TRANSCRIPTS"] != nil {
      try written.write(to: file, atomically: true, encoding: .utf8)
    }
    #expect(written == (try String(contentsOf: file, encoding: .utf8)), "\(file.lastPathComponent)")
  }
}
