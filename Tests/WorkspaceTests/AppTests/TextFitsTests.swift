import Testing

@testable import TerminalUI
@testable import Workspace

/// The keys overlay and the welcome: every line fits, so no text runs over a border or off the
/// screen.
@Suite struct TextFitsTests {
  @Test(arguments: [(24, 80), (40, 120)])
  func everyLineStaysInsideTheBox(rows: Int, columns: Int) throws {
    var program = WorkspaceUpdateTests.workspace(typing: WorkspaceUpdateTests.slidesConvolution)
    _ = program.update(.key(.character("?")))
    var frame = Frame(rows: rows, columns: columns)
    program.render(into: &frame)
    let text = frame.text.split(separator: "\n", omittingEmptySubsequences: false)
    let top = try #require(text.firstIndex { $0.contains("┌  Keys  ") })
    let bottom = try #require(text.lastIndex { $0.contains("└") })
    let line = text[top]
    let left = line.distance(from: line.startIndex, to: try #require(line.firstIndex(of: "┌")))
    let right = line.distance(from: line.startIndex, to: try #require(line.firstIndex(of: "┐")))
    #expect(bottom - top == 16)
    for row in top + 1..<bottom {
      #expect(frame[row, left].character == "│", "row \(row): \(text[row])")
      #expect(frame[row, right].character == "│", "row \(row): \(text[row])")
    }
    #expect(frame.text.contains("next / previous step, next drill item"))
    #expect(frame.text.contains("%open ID"))
    #expect(frame.text.contains("%drill conv --level 2"))
  }

  @Test func theWelcomeFitsEightyColumns() {
    var frame = Frame(rows: 24, columns: 80)
    WorkspaceProgram(usesColor: false).render(into: &frame)
    #expect(frame.text.contains("%open 1 opens exercise 1 (n / p go through it)."))
  }
}
