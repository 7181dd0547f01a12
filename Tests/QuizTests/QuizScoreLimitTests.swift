import Testing

@testable import Quiz

/// Scores read back from a file edited by hand may hold any count: adding, grading and
/// summarising them never traps.
@Suite struct QuizScoreLimitTests {
  static var huge: QuizScore {
    var score = QuizScore()
    score.questions = .max
    score.rightFirstTry = .max
    score.rightLater = .max
    score.revealed = .max
    score.gaveUp = .max
    score.hintsUsed = .max
    score.wrongTries = .max
    score.seconds = 1e300
    return score
  }

  @Test func sumsSaturate() {
    var total = Self.huge
    total.add(Self.huge)
    #expect(total.questions == .max && total.wrongTries == .max && total.hintsUsed == .max)
    #expect(total.answered == .max)
    var low = QuizScore()
    low.questions = .min
    low.add(low)
    #expect(low.questions == .min)
    var small = QuizScore()
    small.questions = 2
    small.add(small)
    #expect(small.questions == 4)
  }

  @Test func gradeAndSummaryOfHugeCounts() {
    #expect(Grade(score: Self.huge, isFinished: true) == .again)
    #expect(Self.huge.summary.hasPrefix("Score: 9223372036854775807 of 9223372036854775807"))
    #expect(QuizScore.time(1e300) == "16666666666666 min 40 s")
    #expect(QuizScore.time(-5) == "0 s" && QuizScore.time(.nan) == "0 s")
  }
}
