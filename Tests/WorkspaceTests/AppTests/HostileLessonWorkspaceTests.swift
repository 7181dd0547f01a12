import Foundation
import Testing

@testable import Lessons
@testable import TerminalUI
@testable import Workspace

/// A lesson that tries to take over the terminal (`Fixtures/hostile.yaml`, escape sequences
/// and bidirectional controls in every text), opened in the workspace and stepped through:
/// no frame holds a character a terminal would obey, and the escaped text is on screen.
@Suite struct HostileLessonWorkspaceTests {
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

  static func hostile() throws -> Lesson {
    let text = try String(
      contentsOf: fixtures.appendingPathComponent("hostile.yaml"), encoding: .utf8)
    return try #require(LessonReader.read(text: text, fileName: "hostile.yaml").lesson)
  }

  /// The characters of a frame that a terminal would obey: C0 and C1 controls, DEL and the
  /// bidirectional controls (checked here, not by the frame's own escaping).
  static func unsafeCells(_ frame: Frame) -> [String] {
    var found: [String] = []
    for row in 0..<frame.rows {
      for column in 0..<frame.columns {
        for scalar in frame[row, column].character.unicodeScalars {
          switch scalar.value {
          case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F,
            0x061C:
            found.append("U+\(String(scalar.value, radix: 16)) at \(row),\(column)")
          default: break
          }
        }
      }
    }
    return found
  }

  /// Renders `program` at a small and a large size, checks both frames, and returns their text.
  static func renderChecked(_ program: WorkspaceProgram) -> String {
    var text = ""
    for (rows, columns) in [(24, 80), (40, 140)] {
      var frame = Frame(rows: rows, columns: columns)
      program.render(into: &frame)
      let unsafe = unsafeCells(frame)
      #expect(unsafe.isEmpty, "\(unsafe)\n\(frame.text)")
      text += frame.text + "\n"
    }
    return text
  }

  @Test func everyFrameOfTheLessonShowsItsSequencesEscaped() throws {
    var program = WorkspaceProgram(usesColor: false)
    program.now = { 100 }
    program.open(try Self.hostile())
    var screens = Self.renderChecked(program)
    // Through every step: the narration, the animation step by step, then the quiz.
    while program.lessonSession?.isAtEnd == false {
      _ = program.update(.key(.control("n")))
      screens += Self.renderChecked(program)
      if program.focus == .animation {
        for _ in 0..<4 {
          _ = program.update(.key(.right))
          screens += Self.renderChecked(program)
        }
      }
    }
    #expect(program.quizSession != nil)
    for answer in ["?", "?", "2x2", "?", "?", "7", "give up", "8", "14 16"] {
      program.type(answer)
      screens += Self.renderChecked(program)
    }
    #expect(program.quizSession?.isFinished == true)
    for shown in [
      "Hostile \\e]0;PWNED\\x07 title \\e]52;c;ZXZpbA==\\x07 end",
      // Narration is wrapped at 80 columns at most, so each piece is one of its lines.
      "\\u{202E}reversed text, isolates",
      "\\u{2066}a\\u{2069} \\u{2067}b\\u{2069} \\u{2068}c\\u{2069}.",
      "Narration with OSC 52 \\e]52;c;ZXZpbA==\\x07, C1 CSI \\u{9B}2J, NUL \\0,",
      "backspace \\x08, return \\r, and \\e[2J written as \\x1b, \\e]0;PWNED\\x07 as \\u.",
      "Watch \\e]52;c;ZXZpbA==\\x07 the convolution \\e[10;10H here.",
      "Erratum: A remark \\e]0;PWNED\\x07 with a raw \\u{202E}override.",
      "Your turn \\e[2J\\e[H: compute it \\u{202E}now.",
      // The lesson's hints, the shape's then the first cell's.
      "Hint 2 of 5 (the lesson's): Hint \\e]52;c;ZXZpbA==\\x07 one.",
      "Hint 2 of 6 (the lesson's): Hint \\u{9B}10;10H two \\0 with NUL, \\x08 backspace and \\r "
        + "return.",
    ] {
      #expect(screens.contains(shown), "\(shown)")
    }
  }

  @Test func theLessonListAndOpeningByIdAreEscaped() throws {
    var program = WorkspaceProgram(usesColor: false)
    program.lessonCatalog = LessonLibrary.catalog(addingFolder: Self.fixtures.path)
    program.type("%lessons")
    var screen = Self.renderChecked(program)
    // The lessons' table, as `convtutor lessons` prints it: the title escaped in its column.
    #expect(
      screen.contains(
        "  hostile" + String(repeating: " ", count: 13)
          + "Hostile \\e]0;PWNED\\x07 title \\e]52;c;ZXZpbA==\\x07 end  4\n"))
    program.type("%open hostile")
    #expect(program.lessonSession?.lesson.id == "hostile")
    screen = Self.renderChecked(program)
    #expect(screen.contains("Opened Hostile \\e]0;PWNED\\x07 title \\e]52;c;ZXZpbA==\\x07 end"))
  }
}
