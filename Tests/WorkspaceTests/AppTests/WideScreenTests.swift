import Foundation
import Testing

@testable import Lessons
@testable import TerminalUI
@testable import Workspace

/// Wide terminals use their width: a lesson's narration sits right after the step view (past a
/// rule), as wide as a comfortable line, or above the view when the view needs the whole width;
/// frames of a lesson of 4-decimal floats (`Fixtures/floats.yaml`) at 80×24, 120×40 and 200×50.
@Suite struct WideScreenTests {
  static func floats() throws -> Lesson {
    let url = HostileLessonWorkspaceTests.fixtures.appendingPathComponent("floats.yaml")
    let text = try String(contentsOf: url, encoding: .utf8)
    return try #require(LessonReader.read(text: text, fileName: "floats.yaml").lesson)
  }

  /// The workspace at the last cell of the lesson's convolution (its second step).
  static func convolution(_ lesson: Lesson) -> WorkspaceProgram {
    var program = WorkspaceProgram(usesColor: false)
    program.now = { 0 }
    program.open(lesson)
    _ = program.update(.key(.control("n")))
    _ = program.update(.key(.end))
    return program
  }

  static func frame(_ program: WorkspaceProgram, rows: Int, columns: Int) -> Frame {
    var frame = Frame(rows: rows, columns: columns)
    program.render(into: &frame)
    return frame
  }

  /// The animation area's lines of a workspace frame.
  static func animation(_ frame: Frame) -> [String] {
    let rect = WorkspaceLayout(rows: frame.rows, columns: frame.columns).animation
    return Array(frame.lines()[rect.row..<(rect.row + rect.rows)])
  }

  /// The column of the rule between the view and the narration beside it, when there is one.
  static func rule(_ lines: [String]) -> Int? {
    guard let first = lines.first, let index = first.firstIndex(of: "│") else { return nil }
    let column = first.distance(from: first.startIndex, to: index)
    return lines.allSatisfy { Array($0).count > column && Array($0)[column] == "│" }
      ? column : nil
  }

  @Test func atEightyByTwentyFourTheViewHoldsTheCellAndTheWholeArithmetic() throws {
    let program = Self.convolution(try Self.floats())
    let frame = Self.frame(program, rows: 24, columns: 80)
    let text = Self.animation(frame).joined(separator: "\n")
    #expect(text.contains("[-0.1748]"), "\(text)")
    #expect(text.contains("+ 0.0435×(-0.2437) - 0.1148 (bias) = -0.1748"), "\(text)")
    Snapshot.check(frame, named: "workspace-floats-lesson-80x24")
  }

  @Test func atOneTwentyByFortyTheNarrationGoesAboveWholeGrids() throws {
    let program = Self.convolution(try Self.floats())
    let frame = Self.frame(program, rows: 40, columns: 120)
    let lines = Self.animation(frame)
    // Beside, the view would have 77 columns and cut its grids: the narration goes above.
    #expect(Self.rule(lines) == nil, "\(frame.text)")
    #expect(lines[0].hasPrefix(" Every output cell is nine products"), "\(frame.text)")
    let view = lines.joined(separator: "\n")
    #expect(!view.contains("←") && !view.contains("↓"), "\(frame.text)")
    #expect(view.contains("[-0.1748]"), "\(frame.text)")
    Snapshot.check(frame, named: "workspace-floats-lesson-120x40")
  }

  @Test func atTwoHundredByFiftyTheNarrationFollowsTheWholeView() throws {
    let program = Self.convolution(try Self.floats())
    let frame = Self.frame(program, rows: 50, columns: 200)
    let lines = Self.animation(frame)
    let rule = try #require(Self.rule(lines), "\(frame.text)")
    let left = lines.map { String($0.prefix(rule)) }
    let right = lines.map { String($0.dropFirst(rule + 2)) }
    // The view is whole, and as wide as its widest line: no blank band before the rule.
    #expect(!left.joined().contains("←") && !left.joined().contains("↓"), "\(frame.text)")
    let widest = left.map { $0.reversed().drop { $0 == " " }.count }.max() ?? 0
    #expect(widest == rule - 1, "view \(widest) wide, rule at \(rule):\n\(frame.text)")
    // The narration takes the rest, wider than the old 40-column strip.
    let narration = right.map(\.count).max() ?? 0
    #expect(narration > 40 && narration <= WorkspaceProgram.readableWidth, "\(frame.text)")
    #expect(right[0].hasPrefix("Every output cell is nine products"), "\(frame.text)")
    Snapshot.check(frame, named: "workspace-floats-lesson-200x50")
  }

  @Test(arguments: [(40, 120), (50, 200)])
  func aSmallLessonsNarrationStartsRightAfterItsView(rows: Int, columns: Int) throws {
    var program = WorkspaceProgram(usesColor: false)
    program.open(try #require(LessonLibrary.shipped.lesson(named: "convolution")))
    while program.animation == nil { _ = program.update(.key(.control("n"))) }
    let frame = Self.frame(program, rows: rows, columns: columns)
    let lines = Self.animation(frame)
    let rule = try #require(Self.rule(lines), "\(frame.text)")
    // The 6×6 lesson's view needs about 70 columns (its heading): the narration follows.
    let widest = lines.map { String($0.prefix(rule)).reversed().drop { $0 == " " }.count }.max()
    #expect(widest == rule - 1, "\(frame.text)")
    let narration = lines.map { $0.dropFirst(rule + 2).count }.max() ?? 0
    #expect(
      narration > 40 && narration <= min(WorkspaceProgram.readableWidth, columns - rule - 2),
      "\(frame.text)")
    #expect(lines[0].dropFirst(rule + 2).hasPrefix("A 6×6 input"), "\(frame.text)")
  }
}
