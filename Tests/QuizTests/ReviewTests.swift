import ConvCore
import Testing

@testable import Quiz

/// What the review log keeps of an attempt: each answer, its time, the grade, the skill.
@Suite struct ReviewTests {
  @Test func eachAnswerIsKeptWithItsTriesHintsAndTime() {
    var session = QuizSession(item: LessonData.item(1), startedAt: 100)
    session.respond(to: "2x4", at: 103)
    session.respond(to: "5", at: 110)
    session.respond(to: "?", at: 111)
    session.respond(to: "4", at: 120)
    session.respond(to: "7 5 8", at: 130)
    #expect(session.results.count == 5)
    #expect(
      session.results[0]
        == QuestionResult(
          question: .shape, name: "Shape of the output", mark: .rightFirstTry, wrongTries: 0,
          hints: 0, seconds: 3))
    #expect(
      session.results[1]
        == QuestionResult(
          question: .cell(0), name: "Row 0, column 0", mark: .right, wrongTries: 1, hints: 1,
          seconds: 17))
    // A row typed at once: each cell of it, sharing the line's time.
    #expect(
      session.results[2...].map(\.name) == [
        "Row 0, column 1", "Row 0, column 2", "Row 0, column 3",
      ])
    #expect(session.results[2...].allSatisfy { $0.seconds == 10 && $0.mark == .rightFirstTry })
  }

  @Test func theGradeFollowsTheOutcome() {
    var score = QuizScore()
    score.questions = 4
    score.rightFirstTry = 4
    score.seconds = 40
    #expect(Grade(score: score, isFinished: true) == .easy)
    score.seconds = 41
    #expect(Grade(score: score, isFinished: true) == .good)
    score.hintsUsed = 1
    #expect(Grade(score: score, isFinished: true) == .hard)
    score.hintsUsed = 0
    score.rightFirstTry = 3
    score.rightLater = 1
    score.wrongTries = 1
    #expect(Grade(score: score, isFinished: true) == .hard)
    score.rightLater = 0
    score.gaveUp = 1
    #expect(Grade(score: score, isFinished: true) == .again)
    // Left before the end: a question shown is still a lapse; nothing shown says nothing.
    #expect(Grade(score: score, isFinished: false) == .again)
    score.gaveUp = 0
    #expect(Grade(score: score, isFinished: false) == nil)
  }

  @Test func aLessonStepPractisesTheSkillOfItsLayer() {
    // Exercise 1: a plain convolution; 2: padding; 3: a bias; 4: pooling; 5: edges.
    let skills = (1...5).map { Skill.practised(by: LessonData.item($0).steps) }
    #expect(skills == [.conv, .padding, .bias, .maxpool, .conv])
    #expect(Skill.practised(by: LessonData.item(1).steps, asksCells: false) == .shape)
    let session = QuizSession(item: LessonData.item(3))
    let review = Review(of: session, exercise: .lessonStep(lessonId: "x", stepIndex: 1), at: 5)
    #expect(review.skill == .bias)
    #expect(review.grade == nil)
  }
}
