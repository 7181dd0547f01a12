import Lessons
import Testing

@testable import TerminalUI
@testable import Workspace

/// The title bar keeps the lesson's place in sight on an 80-column screen: the layer's name
/// (also in the step view's header) goes first, then the lesson's title is shortened.
@Suite struct TitleBarTests {
  static func titleRow(_ program: WorkspaceProgram, columns: Int) -> String {
    var frame = Frame(rows: 24, columns: columns)
    program.render(into: &frame)
    return String(frame.text.prefix { $0 != "\n" })
  }

  @Test func aQuizStepKeepsItsPlaceAt80Columns() throws {
    let program = try QuizWorkspaceTests.exerciseOneQuiz()
    let title = Self.titleRow(program, columns: 80)
    #expect(title.contains("Exercise 1: con"))
    #expect(title.contains(" · step 2 of 5 "))
    // While the shape is asked, the number of steps (8, the output's cells) is not shown.
    #expect(title.hasSuffix("│ quiz: the output's shape"))
    #expect(!title.contains("of 8"))
  }

  @Test func aShowStepWithALongTitleKeepsItsPlace() throws {
    var program = WorkspaceProgram(usesColor: false)
    program.open(try #require(LessonLibrary.shipped.lesson(named: "convolution")))
    _ = program.update(.key(.character("n")))
    _ = program.update(.key(.character("n")))
    let narrow = Self.titleRow(program, columns: 80)
    #expect(narrow.contains("Convolution: a"))
    #expect(narrow.contains("… · step 3 of 7 │ step 1 of 16 │"))
    // Wide enough, everything is there, the layer too.
    let wide = Self.titleRow(program, columns: 120)
    #expect(wide.contains("Convolution: a kernel sliding over an input · step 3 of 7 │ Conv2d"))
  }

  @Test func aWrongShapeLeavesTheWindowAtTheFirstCell() throws {
    var program = try QuizWorkspaceTests.exerciseOneQuiz()
    program.type("3x4")
    #expect(program.quizSession?.question == .shape)
    #expect(program.animation?.location.step == 0)
    #expect(Self.titleRow(program, columns: 80).hasSuffix("│ quiz: the output's shape"))
    program.type("2x4")
    #expect(Self.titleRow(program, columns: 80).contains("│ step 1 of 8 │ ❚❚ paused"))
  }
}
