import Foundation
import Testing

@testable import Lessons

/// Lessons that try to take over the terminal (`Fixtures/hostile/`): their text is kept as
/// written, and everything the reader and the plain text give a terminal shows it escaped.
@Suite struct HostileLessonTests {
  static func hostile() throws -> Lesson {
    let bytes = [UInt8](
      try Data(contentsOf: URL(fileURLWithPath: Fixture.path("hostile/hostile.yaml"))))
    let result = LessonReader.read(bytes, fileName: "hostile.yaml")
    #expect(!result.hasErrors, "\(result.diagnostics.map(\.rendered))")
    return try #require(result.lesson)
  }

  @Test func theHostileLessonKeepsItsControlCharactersAsData() throws {
    // The fixture does hold what a terminal would obey: else the other tests prove nothing.
    let lesson = try Self.hostile()
    #expect(lesson.title == "Hostile \u{1B}]0;PWNED\u{07} title \u{1B}]52;c;ZXZpbA==\u{07} end")
    for sequence in ["\u{1B}[2J\u{1B}[H", "\u{1B}[10;10H", "\u{9B}2J", "\0", "\u{07}", "\u{08}"] {
      #expect(lesson.summary.contains(sequence), "\(sequence.unicodeScalars.map(\.value))")
    }
    #expect(lesson.summary.unicodeScalars.contains("\r"))
    #expect(lesson.summary.contains("\u{1B}]2;OWNED\u{1B}\\"))
    for bidi in ["\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"] {
      #expect(lesson.summary.contains(bidi))
      #expect(lesson.steps[0].narration?.contains(bidi) == true, "raw in a `|` block")
    }
    let quiz = try #require(lesson.quizzes.first)
    #expect(quiz.hints[0].text == "Hint \u{1B}]52;c;ZXZpbA==\u{07} one.")
    #expect(quiz.hints[1].text.contains("\u{9B}10;10H") && quiz.hints[1].text.contains("\0"))
    #expect(lesson.errata.map(\.message).contains { $0.contains("\u{1B}]0;PWNED\u{07}") })
  }

  @Test func thePlainLessonShowsEverySequenceEscaped() throws {
    var lines: [String] = []
    LessonPlainText.write(
      try Self.hostile(), writeSteps: { _, output in output("<steps>") },
      to: { lines.append($0) })
    let text = lines.joined(separator: "\n")
    #expect(TerminalSafety.unsafeScalars(in: text).isEmpty, "\(TerminalSafety.describe(text))")
    #expect(
      lines.first
        == "Hostile \\e]0;PWNED\\x07 title \\e]52;c;ZXZpbA==\\x07 end (hostile, 4 steps)")
    #expect(
      lines[1]
        == "Clears \\e[2J\\e[H the screen, moves \\e[10;10H the cursor, C1 CSI \\u{9B}2J, NUL \\0, "
        + "bell \\x07, backspace \\x08, return \\r, title \\e]2;OWNED\\e\\ and bidi \\u{202E} "
        + "reversed \\u{2066} \\u{2067} \\u{2068} \\u{2069}.")
    #expect(
      lines.contains(
        "Narration with raw bidirectional controls: \\u{202E}reversed text, isolates "
          + "\\u{2066}a\\u{2069} \\u{2067}b\\u{2069} \\u{2068}c\\u{2069}."))
    #expect(lines.contains("Watch \\e]52;c;ZXZpbA==\\x07 the convolution \\e[10;10H here."))
    #expect(lines.contains("Hint 1, for the shape: Hint \\e]52;c;ZXZpbA==\\x07 one."))
    #expect(
      lines.contains(
        "Hint 2, for any cell: Hint \\u{9B}10;10H two \\0 with NUL, \\x08 backspace and \\r return."
      ))
    #expect(lines.contains("Erratum: A remark \\e]0;PWNED\\x07 with a raw \\u{202E}override."))
  }

  @Test func anErratumNoteIsRenderedEscaped() throws {
    let result = LessonReader.read(
      text: try Fixture.text("hostile/hostile.yaml"), fileName: "hostile.yaml")
    #expect(
      result.diagnostics.map(\.rendered) == [
        "hostile.yaml:28:14: note: the slide prints 99 for row 1, column 1; "
          + "5×1 + 6×0 + 8×0 + 9×1 = 14",
        "hostile.yaml:29:15: note: A remark \\e]0;PWNED\\x07 with a raw \\u{202E}override.",
      ])
    // The message itself keeps the text; only its rendering for a terminal escapes it.
    #expect(result.diagnostics[1].message.contains("\u{1B}]0;PWNED\u{07}"))
  }

  /// Each file of `Fixtures/hostile/errors/` and what `lesson check` prints for it.
  static let errors: [String: [String]] = [
    "ask.yaml": ["9:12: error: `ask:` is `shape`, `cells` or `both`, not `\\e]0;PWNED\\x07`"],
    "expect-cells.yaml": [
      "10:19: error: `\\e]52;c;ZXZpbA==\\x07` in `expect.cells` is not a number; write the rows "
        + "as plain numbers, without brackets"
    ],
    "grid-block.yaml": [
      "9:13: error: `\\u{202E}3` in the input is not a number",
      "10:11: error: `\\u{2066}5\\u{2069}` in the input is not a number",
    ],
    "grid-quoted.yaml": [
      "8:17: error: `\\e[2J` in the input is not a number; write the rows as plain numbers, "
        + "without brackets",
      "8:25: error: `\\u{9B}4` in the input is not a number",
      "8:33: error: `\\u{202E}5` in the input is not a number",
    ],
    "id.yaml": [
      "2:5: error: the id `bad\\e]0;PWNED\\x07\\u{202E}` may hold only lowercase letters, digits "
        + "and single hyphens, such as `edge-detection` (at most 64 characters)"
    ],
    "layer-bidi.yaml": [
      "7:23: error: `layer:` is not valid Python: invalid non-printable character U+202E"
    ],
    "layer-escape.yaml": [
      "7:22: error: `layer:` is not valid Python: invalid non-printable character U+001B"
    ],
    "layer-string.yaml": [
      "7:34: error: padding_mode must be 'zeros', 'reflect', 'replicate' or 'circular', got "
        + "'\\x1b[2J\\u202e'"
    ],
    "misspelt-hints.yaml": [
      "9:7: error: unknown field `hint\\x07` in this quiz; did you mean `hints`?"
    ],
    "unknown-step-field.yaml": [
      "6:5: error: unknown field `sya\\e[2J` in a step (its fields are `say`, `show`, `quiz`)"
    ],
    "unknown-top-field.yaml": [
      "7:1: error: unknown field `titel\\e]52;c;ZXZpbA==\\x07` in the lesson (its fields are "
        + "`format`, `id`, `title`, `summary`, `steps`)"
    ],
  ]

  /// The fixtures whose messages come from the prompt language, which escapes on its own.
  static let namedByThePromptLanguage: Set = [
    "layer-bidi.yaml", "layer-escape.yaml", "layer-string.yaml",
  ]

  @Test func everyErrorFixtureHasItsExpectation() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Fixture.path("hostile/errors"))
    #expect(Set(names) == Set(Self.errors.keys))
  }

  @Test(
    "a diagnostic that quotes hostile text renders it escaped, at its exact place",
    arguments: errors.keys.sorted())
  func diagnosticsQuoteEscaped(_ name: String) throws {
    let result = LessonReader.read(
      text: try Fixture.text("hostile/errors/\(name)"), fileName: name)
    #expect(result.lesson == nil)
    let rendered = result.diagnostics.map(\.rendered)
    #expect(rendered == Self.errors[name]!.map { "\(name):\($0)" })
    let quoted = result.diagnostics.contains {
      !TerminalSafety.unsafeScalars(in: $0.message).isEmpty
    }
    if Self.namedByThePromptLanguage.contains(name) {
      // The prompt language's messages name a character (`U+001B`) or print its repr.
      #expect(!quoted)
    } else {
      // The message quotes the hostile text: its rendering is what keeps it off the terminal.
      #expect(quoted)
    }
  }

  @Test func aFileNameIsRenderedEscapedToo() {
    let result = LessonReader.read(text: "format: 3\n", fileName: "\u{1B}]0;PWNED\u{07}.yaml")
    #expect(
      result.diagnostics.map(\.rendered) == [
        "\\e]0;PWNED\\x07.yaml:1:9: error: format 3 is not known to this convtutor, which "
          + "reads formats 1 and 2; a newer convtutor may read it"
      ])
  }

  /// A raw control character in a file, and how the refusal shows it.
  static let rawCharacters: [(String, String)] = [
    ("\0", "`\\0` (U+0000)"), ("\u{1B}", "`\\e` (U+001B)"), ("\u{07}", "`\\x07` (U+0007)"),
    ("\u{08}", "`\\x08` (U+0008)"), ("\u{9B}", "`\\u{9B}` (U+009B)"),
    ("\u{7F}", "`\\x7F` (U+007F)"),
  ]

  @Test(
    "a raw control character is refused where it is, shown escaped",
    arguments: rawCharacters.indices)
  func rawControlCharacters(_ index: Int) {
    let (character, shown) = Self.rawCharacters[index]
    let text = "format: 1\nid: raw\ntitle: \"A \(character)]0;PWNED title\"\nsummary: s\n"
    let result = LessonReader.read(text: text, fileName: "raw.yaml")
    #expect(
      result.diagnostics.map(\.rendered) == [
        "raw.yaml:3:11: error: YAML: control characters are not allowed: \(shown)"
      ])
    #expect(result.lesson == nil)
  }

  @Test func rawLineBreaksOtherThanLineFeedNeverReachAValue() throws {
    // YAML reads a raw carriage return or NEL (U+0085) as a line break: it folds into a space.
    for character in ["\r", "\u{85}"] {
      let text =
        "format: 1\nid: breaks\ntitle: \"A \(character) title\"\nsummary: |\n  a\(character)  b\n"
        + "steps:\n  - say: x\(character)      y\n"
      let lesson = try #require(LessonReader.read(text: text, fileName: "b.yaml").lesson)
      for value in [lesson.title, lesson.summary] + lesson.steps.compactMap(\.narration) {
        #expect(
          TerminalSafety.unsafeScalars(in: value).isEmpty, "\(value.unicodeScalars.map(\.value))")
      }
    }
  }
}
