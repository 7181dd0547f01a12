import Testing

@testable import Quiz
@testable import TerminalUI
@testable import Workspace

/// `g` goes to any output cell, in any output channel, counting from 0 as the labels do; during
/// a quiz it never becomes an answer.
@Suite struct GoToTests {
  /// A workspace animating a conv with 2 output channels on a (2, 4, 4) input: output (2, 3, 3).
  static func twoChannels() -> WorkspaceProgram {
    WorkspaceUpdateTests.workspace(typing: [
      "import torch", "import torch.nn as nn", "torch.manual_seed(0)",
      "x = torch.arange(32.).reshape(2, 4, 4)", "conv = nn.Conv2d(2, 2, 2)", "y = conv(x)",
    ])
  }

  static func go(_ program: inout WorkspaceProgram, to typed: String) {
    if program.focus != .animation { _ = program.update(.key(.tab)) }
    _ = program.update(.key(.character("g")))
    for character in typed { _ = program.update(.key(.character(character))) }
    _ = program.update(.key(.enter))
  }

  @Test func rowAndColumnStayInTheChannelShown() throws {
    var program = Self.twoChannels()
    Self.go(&program, to: "1, 0, 0")
    let animation = try #require(program.animation)
    #expect(animation.step == 9)
    Self.go(&program, to: "2, 1")
    #expect(program.animation?.step == 9 + 2 * 3 + 1)
    var frame = Frame(rows: 24, columns: 80)
    program.render(into: &frame)
    #expect(frame.text.contains("output ch1 3×3"), "\(frame.text)")
    #expect(frame.text.contains("weight[1, 0]"), "\(frame.text)")
  }

  @Test func aCellThatIsNotThereSaysSo() {
    var program = Self.twoChannels()
    Self.go(&program, to: "2, 0, 0")
    #expect(program.status == "there is no output cell (2, 0, 0) in this stage")
    #expect(program.animation?.step == 0)
  }

  @Test func gAtAQuizPromptIsNoAnswer() throws {
    var program = try QuizWorkspaceTests.exerciseOneQuiz()
    program.type("2x4")
    program.type("g")
    let quiz = try #require(program.quizSession)
    #expect(quiz.question == .cell(0))
    #expect(quiz.triesLeft == 3)
    #expect(program.transcript.lines.last?.text.hasPrefix("At the prompt, g is a letter") == true)
    program.type("4")
    #expect(program.quizSession?.filledCells[0]?.isRight == true)
  }
}
