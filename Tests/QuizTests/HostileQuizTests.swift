import Foundation
import TerminalText
import Testing

@testable import Lessons
@testable import Quiz

/// The plain quiz runner on a lesson that tries to take over the terminal
/// (`Fixtures/hostile.yaml`): every text that comes from the lesson, or from the learner's
/// answers, goes through the runner's `escape` before it is written.
@Suite struct HostileQuizTests {
  static func hostileItems() throws -> [QuizItem] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/hostile.yaml")
    let text = try String(contentsOf: url, encoding: .utf8)
    let lesson = try #require(LessonReader.read(text: text, fileName: "hostile.yaml").lesson)
    return QuizItem.items(of: lesson).map(\.item)
  }

  /// A stand-in for `TerminalEscaping.escaped` with the same rule but a form of its own: every
  /// character a terminal would obey becomes `<U+XXXX>`, so what reaches `write` unescaped is
  /// seen.
  static func escape(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar) {
        result += "<U+\(String(scalar.value, radix: 16, uppercase: true))>"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// What the lines of plain mode may not hold raw: what a terminal obeys, but line feeds and
  /// tabs.
  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    TerminalEscaping.isObeyed(scalar) && scalar != "\n" && scalar != "\t"
  }

  /// Runs the quiz of `item` on `answers` and returns everything written.
  static func run(_ item: QuizItem, answers: [String]) -> String {
    var remaining = answers[...]
    var written = ""
    var now = 0.0
    let runner = PlainQuizRunner(
      readLine: { remaining.popFirst() }, write: { written += $0 },
      clock: {
        now += 1
        return now
      }, escape: escape)
    _ = runner.run(item)
    return written
  }

  @Test func theLessonsTextIsWrittenOnlyEscaped() throws {
    let item = try #require(try Self.hostileItems().first)
    // The item does hold raw controls: the title, the narration and the layer's lesson.
    #expect(item.title.unicodeScalars.contains { Self.isUnsafe($0) })
    #expect(item.narration?.unicodeScalars.contains { Self.isUnsafe($0) } == true)
    let written = Self.run(item, answers: ["2x2", "?", "?", "7", "give up", "8", "14 16"])
    #expect(!written.unicodeScalars.contains { Self.isUnsafe($0) })
    #expect(
      written.contains(
        "== Hostile <U+1B>]0;PWNED<U+7> title <U+1B>]52;c;ZXZpbA==<U+7> end =="))
    #expect(written.contains("Your turn <U+1B>[2J<U+1B>[H: compute it <U+202E>now."))
    #expect(written.contains("Shape of the output? ✓ Right"))
    #expect(
      written.contains(
        "Row 0, column 0? Hint 2 of 6 (the lesson's): Hint <U+9B>10;10H two <U+0> with NUL, "
          + "<U+8> backspace and <U+D> return.\n"))
    #expect(written.contains("Score: "))
  }

  @Test func theLearnersAnswersAreEchoedEscaped() throws {
    let item = try #require(try Self.hostileItems().first)
    let written = Self.run(
      item, answers: ["\u{1B}]52;c;ZXZpbA==\u{07}", "2x2\u{1B}[2J", "\u{9B}6\u{202E}"])
    #expect(!written.unicodeScalars.contains { Self.isUnsafe($0) })
    #expect(written.contains("<U+1B>]52;c;ZXZpbA==<U+7>"))
    #expect(written.hasSuffix("\nEnd of input.\n"))
  }
}
