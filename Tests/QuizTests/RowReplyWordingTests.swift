import Testing

@testable import Quiz

/// The words of a reply to a whole row, and the kernel as plain mode writes it.
@Suite struct RowReplyWordingTests {
  @Test func oneRightNumberBeforeAMistakeReadsAsEnglish() {
    var session = QuizSession(item: LessonData.item(3))
    session.respond(to: "3x2", at: 0)
    // 8 is right; 8 for the next cell is the window one stride to the left.
    let reply = session.respond(to: "8 8", at: 1)
    #expect(reply.kind == .wrong)
    #expect(reply.text.hasPrefix("The first is right; then that is the window one stride"))
    var more = QuizSession(item: LessonData.item(1))
    more.respond(to: "2x4", at: 0)
    #expect(more.respond(to: "4 7 5 9", at: 1).text.hasPrefix("The first 3 are right; then "))
  }

  @Test func twoRightNumbersAreBothCells() {
    var session = QuizSession(item: LessonData.item(3))
    session.respond(to: "3x2", at: 0)
    #expect(session.respond(to: "8 10", at: 1).text == "Right: both cells.")
    #expect(session.respond(to: "8", at: 2).text == "Right: 8.")
  }

  @Test func aKernelWithNegativeWeightsIsWrittenInColumns() {
    var written = ""
    let runner = PlainQuizRunner(
      readLine: { nil }, write: { written += $0 }, clock: { 0 }, escape: { $0 })
    _ = runner.run(LessonData.item(5, quiz: 0))
    #expect(written.contains("kernel 3×3:\n   1  0 -1\n   1  0 -1\n   1  0 -1\n"))
  }
}
