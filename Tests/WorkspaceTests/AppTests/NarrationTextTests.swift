import Foundation
import TerminalText
import Testing

@testable import Lessons
@testable import TerminalUI
@testable import Workspace

/// Narration in other scripts, drawn into frames in memory: every character is on screen,
/// each grapheme cluster whole in its cells. Seen before: an 89-character Chinese sentence
/// showed 62, a long word of escaped characters lost some, 👍🏽 became 👍, 🇻🇳 became 🇻 and
/// stacked combining marks were cut.
@Suite struct NarrationTextTests {
  /// 89 characters without a space (a sentence about the kernel sliding over the input).
  static let chinese = String(
    String(repeating: "卷积核在输入上滑动，每个位置计算一次乘积之和。", count: 4).prefix(89))
  static let marks = "e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}"
  static let emoji = "Thumbs 👍🏽, the flag 🇻🇳, a family 👨‍👩‍👧 and stacked marks \(marks) here."

  /// A lesson of three narration steps and one operation, its narration Chinese.
  static func lesson() throws -> Lesson {
    let result = LessonReader.read(text: lessonText(), fileName: "scripts.yaml")
    return try #require(result.lesson, "\(result.diagnostics)")
  }

  static func lessonText() -> String {
    """
    format: 1
    id: scripts
    title: "文字 👍🏽"
    summary: Narration in other scripts.
    steps:
      - say: "\(chinese)"
      - say: "A word of escapes: \(String(repeating: "\\e", count: 50)) ends here."
      - say: "\(emoji)"
      - show:
          say: "\(chinese)"
          layer: nn.Conv2d(1, 1, kernel_size=2, bias=False)
          input: |
            1 2 3
            4 5 6
            7 8 9
          weight: |
            1 0
            0 1
    """
  }

  /// The frame's rows from `column` on, each trimmed, joined without separators.
  static func joinedRows(_ frame: Frame, from column: Int = 0) -> String {
    var joined = ""
    for row in 0..<frame.rows {
      var line = ""
      for index in column..<frame.columns where !frame[row, index].isContinuation {
        line.append(frame[row, index].character)
      }
      joined += line.trimmingCharacters(in: .whitespaces)
    }
    return joined
  }

  static func rendered(_ program: WorkspaceProgram, rows: Int, columns: Int) -> Frame {
    var frame = Frame(rows: rows, columns: columns)
    program.render(into: &frame)
    return frame
  }

  @Test(arguments: [(24, 80), (40, 120), (50, 200)])
  func aChineseSentenceIsShownWhole(rows: Int, columns: Int) throws {
    var program = WorkspaceProgram(usesColor: false)
    program.open(try Self.lesson())
    let frame = Self.rendered(program, rows: rows, columns: columns)
    #expect(Self.joinedRows(frame).contains(Self.chinese), "\(frame.text)")
  }

  @Test func aLongWordOfEscapedCharactersKeepsThemAll() throws {
    var program = WorkspaceProgram(usesColor: false)
    program.open(try Self.lesson())
    _ = program.update(.key(.character("n")))
    let frame = Self.rendered(program, rows: 24, columns: 80)
    // 100 columns: cut between escapes onto two rows.
    #expect(Self.joinedRows(frame).contains(String(repeating: "\\e", count: 50) + " ends"))
    // No row ends in half an escape.
    for line in frame.lines() { #expect(!line.hasSuffix("\\"), "\(line)") }
  }

  @Test(arguments: [(24, 80), (40, 120)])
  func emojiSequencesAndStackedMarksAreWholeInTheirCells(rows: Int, columns: Int) throws {
    var program = WorkspaceProgram(usesColor: false)
    program.open(try Self.lesson())
    for _ in 0..<2 { _ = program.update(.key(.character("n"))) }
    let frame = Self.rendered(program, rows: rows, columns: columns)
    for (cluster, width) in [("👍🏽", 2), ("🇻🇳", 2), ("👨‍👩‍👧", 2), (Self.marks, 1)] {
      let cell = frame.cells.first { $0.character == Character(cluster) }
      #expect(cell?.width == width, "\(cluster) in\n\(frame.text)")
    }
    #expect(Self.joinedRows(frame).contains("stacked marks \(Self.marks) here."))
  }

  /// Beside an animation: in the column right of the `│` rule on a wide screen.
  @Test(arguments: [(40, 140), (50, 200)])
  func narrationBesideTheAnimationIsWhole(rows: Int, columns: Int) throws {
    var program = WorkspaceProgram(usesColor: false)
    program.open(try Self.lesson())
    for _ in 0..<3 { _ = program.update(.key(.character("n"))) }
    #expect(program.animation != nil)
    let frame = Self.rendered(program, rows: rows, columns: columns)
    // The rule between the view and the narration: a column of `│` below the title.
    let rule = try #require(
      (0..<columns).last { column in
        (1..<8).allSatisfy { frame[$0, column].character == "│" }
      }, "\(frame.text)")
    #expect(Self.joinedRows(frame, from: rule + 1).contains(Self.chinese), "\(frame.text)")
  }

  /// `%lessons` writes the lessons' table (``LessonTable``), padded by display columns: the
  /// titles start in one column, the steps in another, and a title is one row.
  @Test func theLessonListLinesUpTitlesOfAnyScript() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-scripts-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = Self.lessonText()
    try text.write(
      to: folder.appendingPathComponent("scripts.yaml"), atomically: true, encoding: .utf8)
    var program = WorkspaceProgram(usesColor: false)
    program.lessonCatalog = LessonLibrary.catalog(addingFolder: folder.path)
    program.type("%lessons")
    let lines = program.transcript.lines.map(\.text).filter { $0.hasPrefix("  ") }
    let header = try #require(lines.first)
    let titleColumn = DisplayWidth.of(String(header[..<header.range(of: "title")!.lowerBound]))
    let stepsColumn = DisplayWidth.of(String(header[..<header.range(of: "steps")!.lowerBound]))
    // After the widest id, padding-and-stride (18 columns), two spaces in and two apart.
    #expect(titleColumn == 2 + 18 + 2)
    for title in ["文字 👍🏽", "Exercise 1"] {
      let line = try #require(lines.first { $0.contains(title) })
      let start = try #require(line.range(of: title)).lowerBound
      #expect(DisplayWidth.of(String(line[..<start])) == titleColumn, "\(line)")
      let steps = try #require(line.lastIndex(of: " ").map(line.index(after:)))
      #expect(DisplayWidth.of(String(line[..<steps])) == stepsColumn, "\(line)")
      #expect(line[steps...].allSatisfy { $0.isNumber }, "\(line)")
    }
  }
}
