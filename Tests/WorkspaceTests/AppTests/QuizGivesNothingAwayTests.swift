import Foundation
import Testing

@testable import Lessons
@testable import TerminalUI
@testable import Workspace

/// While a question is asked, nothing on screen reveals its answer or a part of it, and the
/// picture the learner needs (input, kernel, bias, layer) stays in view.
@Suite struct QuizGivesNothingAwayTests {
  /// The two-channel lesson of the fixtures, opened at its first quiz.
  static func twoChannels() throws -> WorkspaceProgram {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/two-channels.yaml")
    let read = LessonReader.read(
      text: try String(contentsOf: url, encoding: .utf8), fileName: "two-channels.yaml")
    let lesson = try #require(read.lesson, "\(read.diagnostics.map(\.rendered))")
    var program = WorkspaceProgram(usesColor: false)
    program.now = { 0 }
    program.open(lesson)
    return program
  }

  static func screen(_ program: WorkspaceProgram, rows: Int = 24, columns: Int = 80) -> String {
    var frame = Frame(rows: rows, columns: columns)
    program.render(into: &frame)
    return frame.text
  }

  @Test func theShapeQuestionShowsThePictureButNotTheOutputsSize() throws {
    let program = try Self.twoChannels()
    #expect(program.quizSession?.question == .shape)
    for (rows, columns) in [(24, 80), (40, 120)] {
      let text = Self.screen(program, rows: rows, columns: columns)
      #expect(text.contains("What is the shape of the output?"), "\(text)")
      #expect(text.contains("Conv2d(2, 2, kernel_size=(2, 2)"), "\(text)")
      #expect(text.contains("output ?"), "\(text)")
      // Neither the output's size, its formula, nor the number of steps (8 cells).
      for giveaway in ["2×2", "output 2", "= 2", "of 8", "/8"] {
        #expect(!text.contains(giveaway), "\(giveaway) in:\n\(text)")
      }
      #expect(text.contains("kernel"), "\(text)")
    }
  }

  @Test func aTwoChannelCellShowsNoPartialSum() throws {
    var program = try Self.twoChannels()
    program.type("2x2x2")
    program.type("(2, 2, 2)")
    #expect(program.quizSession?.question == .cell(0))
    // Output channel 0, row 0, column 0: channel 0 gives 1 + 0 + 6 + 1 = 8, channel 1 gives
    // 0 + 0 + 1 + 6 = 7; with the bias 3 the cell is 18. None of these may show.
    for (rows, columns) in [(24, 80), (40, 120), (50, 200)] {
      let text = Self.screen(program, rows: rows, columns: columns)
      #expect(text.contains("sum ?"), "\(text)")
      for giveaway in ["sum 8", "sum 7", "= 8", "= 7", "= 18", " 18"] {
        #expect(!text.contains(giveaway), "\(giveaway) in:\n\(text)")
      }
      #expect(text.contains("bias 3"), "\(text)")
    }
    program.type("18")
    #expect(program.quizSession?.filledCells[0]?.isRight == true)
  }

  @Test func anAveragePoolQuizHidesItsDivisor() throws {
    var program = try Self.twoChannels()
    _ = program.update(.key(.control("n")))
    #expect(program.quizSession?.question == .cell(0))
    let text = Self.screen(program)
    #expect(text.contains("mean of 3×3"), "\(text)")
    // The corner window holds 4 input cells; padding is not counted: ÷ 4 is the question.
    #expect(!text.contains("÷"), "\(text)")
    #expect(!text.contains("/ 4"), "\(text)")
  }
}
