import Foundation
import Quiz

/// Made-up reviews, for measuring (a save's time, the database's size) and for the tests of
/// processes saving at once.
public enum SampleReviews {
  /// Review `number` of writer `writer`: exercise 1's first quiz step as lesson `writer`,
  /// step `number`, nine questions each with an answer, and a drill's seed past 2^63.
  public static func review(_ number: Int, writer: String) -> Review {
    var score = QuizScore()
    score.questions = 9
    score.rightFirstTry = 8
    score.rightLater = 1
    score.hintsUsed = 1
    score.wrongTries = 1
    score.seconds = 42.5
    let answers = (0..<9).map { cell in
      QuestionResult(
        question: cell == 0 ? .shape : .cell(cell - 1),
        name: cell == 0 ? "Shape of the output" : "Row \((cell - 1) / 4), column \((cell - 1) % 4)",
        mark: cell == 3 ? .right : .rightFirstTry, wrongTries: cell == 3 ? 1 : 0,
        hints: cell == 3 ? 1 : 0, seconds: 4.5)
    }
    return Review(
      time: Date().timeIntervalSince1970,
      exercise: number.isMultiple(of: 2)
        ? .lessonStep(lessonId: writer, stepIndex: number)
        : .drill(seed: UInt64.max - UInt64(number), number: number, layer: writer),
      skill: .conv, level: 1, score: score, isFinished: true, mistakes: [.bias],
      answers: answers)
  }

  /// Records `count` sample reviews into the database at `path`, one save each; the seconds
  /// each save took and the database's size after (its file with the write-ahead log), or the
  /// message that stopped it.
  public static func record(_ count: Int, into path: String) -> Result<
    (saveSeconds: [Double], bytes: Int), ProgressStoreError
  > {
    let opening = ProgressStore.open(at: path)
    guard let store = opening.store else {
      return .failure(ProgressStoreError(message: opening.messages.joined(separator: " ")))
    }
    var seconds: [Double] = []
    for number in 0..<count {
      let start = Date()
      if let warning = store.record(review(number, writer: "sample")) {
        return .failure(ProgressStoreError(message: warning))
      }
      seconds.append(Date().timeIntervalSince(start))
    }
    let bytes = [path, path + "-wal"].reduce(0) { total, file in
      total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
    }
    return .success((seconds, bytes))
  }
}
