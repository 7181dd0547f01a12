import Testing

@testable import Quiz
@testable import Workspace

/// `n` or `p` typed as an answer: the lesson keys, said to be letters at the prompt, and not
/// counted as a try.
@Suite struct LessonKeyAsAnswerTests {
  @Test func nAloneSaysHowToMoveOnWithoutCostingATry() throws {
    var program = try QuizWorkspaceTests.exerciseOneQuiz()
    program.type("n")
    #expect(program.quizSession?.triesLeft == 3)
    #expect(program.quizSession?.question == .shape)
    #expect(program.lessonSession?.stepIndex == 1)
    let notice = program.transcript.lines.last { $0.kind == .notice }?.text
    #expect(
      notice == "At the prompt, n is a letter: Ctrl-N goes to the next lesson step. "
        + "Type a number to answer, or ? for a hint.")
    program.type("p")
    #expect(program.transcript.lines.last?.text.hasPrefix("At the prompt, p is a letter") == true)
    program.type("2x4")
    #expect(program.quizSession?.question == .cell(0))
  }
}
