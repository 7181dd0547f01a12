import Lessons
import Testing

@testable import TerminalUI
@testable import Workspace

/// A quiz's replies are prose: on an 80-column screen they wrap at words, never inside a word
/// or a number, while code and errors still wrap at the column.
@Suite struct QuizReplyWrappingTests {
  static func rows(_ program: WorkspaceProgram) -> [String] {
    var frame = Frame(rows: 24, columns: 80)
    program.render(into: &frame)
    return frame.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func aWrongShapeReplyWrapsAtWords() throws {
    var program = try QuizWorkspaceTests.exerciseOneQuiz()
    program.type("4x6")
    let rows = Self.rows(program)
    let start = try #require(rows.firstIndex { $0.hasPrefix("✗ That is the input's own size") })
    let reply = rows[start...].prefix(2)
    #expect(
      reply.joined(separator: " ")
        == "✗ That is the input's own size: the output has one cell per place the window fits. "
        + "2 tries left; ? gives a hint.")
    #expect(rows[start].count > 60)
  }

  @Test func aGivenUpSumKeepsItsNumbersWhole() throws {
    var program = WorkspaceProgram(usesColor: false)
    program.now = { 0 }
    program.open(try #require(LessonLibrary.shipped.lesson(named: "5")))
    while program.quizSession == nil, program.lessonSession?.isAtEnd == false {
      _ = program.update(.key(.control("n")))
    }
    program.type("5x5")
    program.type("give up")
    let rows = Self.rows(program)
    let start = try #require(rows.firstIndex { $0.hasPrefix("✗ Given up. It is -250") })
    #expect(rows[start + 1].hasPrefix("250×(-1) = -250.") || rows[start].contains("250×(-1)"))
    #expect(!rows[start].hasSuffix(" 2"))
  }

  @Test func anErrorAtThePromptStillWrapsAtTheColumn() throws {
    var program = WorkspaceProgram(usesColor: false)
    program.type("x = " + String(repeating: "1 + ", count: 30) + "nothing_here")
    #expect(program.transcript.lines.last { $0.kind == .error }?.isProse == false)
    var frame = Frame(rows: 40, columns: 80)
    program.render(into: &frame)
    let rows = frame.text.split(separator: "\n").map(String.init)
    // The quoted source line fills the row to its last column, so the caret stays aligned.
    let source = try #require(rows.first { $0.hasPrefix("…1 + 1 + ") })
    #expect(source.count == 80)
  }
}
