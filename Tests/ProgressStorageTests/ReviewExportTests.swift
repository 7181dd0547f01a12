import Foundation
import Quiz
import Testing

@testable import ProgressStorage

/// The review log for a teacher: JSON that parses back, CSV by RFC 4180, times in ISO 8601.
@Suite struct ReviewExportTests {
  /// A review of a lesson whose id needs quoting in CSV, with two answers, and a drill left
  /// with none.
  static let reviews: [Review] = [
    Review(
      time: 1_735_831_800.75, exercise: .lessonStep(lessonId: "a \"b\", c\nd", stepIndex: 2),
      skill: .padding, level: 1,
      score: {
        var score = QuizScore()
        score.questions = 2
        score.rightFirstTry = 1
        score.rightLater = 1
        score.hintsUsed = 1
        score.seconds = 65.5
        return score
      }(), isFinished: true, mistakes: [.bias, .conv],
      answers: [
        QuestionResult(
          question: .shape, name: "Shape of the output", mark: .rightFirstTry, wrongTries: 0,
          hints: 0, seconds: 5.25),
        QuestionResult(
          question: .cell(3), name: "Row 1, column 1", mark: .right, wrongTries: 1, hints: 1,
          seconds: 60.25),
      ]),
    Review(
      time: 0, exercise: .drill(seed: .max, number: 3, layer: "nn.MaxPool2d(2)"), skill: .maxpool,
      level: 2, score: QuizScore(), isFinished: false, mistakes: [], answers: []),
  ]

  @Test func csvHasOneRowPerAnswerQuotedByRFC4180() {
    let csv = ReviewExport.text(of: Self.reviews, as: .csv)
    let lines = csv.components(separatedBy: "\r\n")
    #expect(lines.first == ReviewExport.csvHeader.joined(separator: ","))
    #expect(csv.hasSuffix("\r\n"))
    #expect(
      csv.contains(
        "\r\n1,2025-01-02T15:30:00Z,lesson-step,\"a \"\"b\"\", c\nd\",2,,,,padding,1,Hard,yes,2,"
          + "1,1,0,0,1,0,65.5,bias conv,1,shape,,Shape of the output,right-first-try,0,0,5.25\r\n"))
    #expect(
      csv.contains(
        "\r\n1,2025-01-02T15:30:00Z,lesson-step,\"a \"\"b\"\", c\nd\",2,,,,padding,1,Hard,yes,2,"
          + "1,1,0,0,1,0,65.5,bias conv,2,cell,3,\"Row 1, column 1\",right,1,1,60.25\r\n"))
    #expect(
      csv.hasSuffix(
        "\r\n2,1970-01-01T00:00:00Z,drill,,,18446744073709551615,3,nn.MaxPool2d(2),maxpool,2,,no,"
          + "0,0,0,0,0,0,0,0,,,,,,,,,\r\n"))
    // Header, three rows, and the empty string after the last CRLF; the quoted line feed
    // splits none of them (components splits on CRLF only).
    #expect(lines.count == 5)
    #expect(lines.allSatisfy { $0.isEmpty || $0.filter { $0 == "\"" }.count % 2 == 0 })
  }

  @Test func jsonIsAnArrayOfReviewsWithTheirAnswers() throws {
    let json = ReviewExport.text(of: Self.reviews, as: .json)
    let parsed = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(parsed.count == 2)
    #expect(parsed[0]["time"] as? String == "2025-01-02T15:30:00Z")
    #expect(parsed[0]["lessonId"] as? String == "a \"b\", c\nd")
    #expect(parsed[0]["grade"] as? String == "Hard")
    #expect(parsed[0]["mistakes"] as? [String] == ["bias", "conv"])
    let answers = try #require(parsed[0]["answers"] as? [[String: Any]])
    #expect(answers.map { $0["mark"] as? String } == ["right-first-try", "right"])
    #expect(answers[1]["cell"] as? Int == 3)
    #expect((parsed[0]["score"] as? [String: Any])?["seconds"] as? Double == 65.5)
    #expect(parsed[1]["exercise"] as? String == "drill")
    #expect(parsed[1]["grade"] is NSNull)
    #expect(json.contains("\"drillSeed\" : 18446744073709551615"))
    #expect(
      ReviewExport.text(of: [], as: .json) == "[\n\n]\n"
        || ReviewExport.text(of: [], as: .json) == "[]\n")
  }

  @Test func timesAreISO8601InUTC() {
    #expect(ISOTime.text(0) == "1970-01-01T00:00:00Z")
    #expect(ISOTime.text(1_735_831_800.999) == "2025-01-02T15:30:00Z")
    #expect(ISOTime.text(-1) == "1970-01-01T00:00:00Z")
    #expect(ISOTime.text(.infinity) == "9999-12-31T23:59:59Z")
    #expect(ISOTime.text(.nan) == "1970-01-01T00:00:00Z")
  }
}
