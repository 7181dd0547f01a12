import Testing

@testable import TerminalText

/// The one escaping rule: each scalar a terminal would obey has one escaped form, the same for
/// text written as lines and text drawn into a row; only line feeds and tabs differ.
@Suite struct EscapingTests {
  @Test(
    arguments: [
      (0x00, #"\0"#), (0x09, #"\t"#), (0x0A, #"\n"#), (0x0D, #"\r"#), (0x1B, #"\e"#),
      (0x01, #"\x01"#), (0x07, #"\x07"#), (0x08, #"\x08"#), (0x0B, #"\x0B"#), (0x0C, #"\x0C"#),
      (0x1F, #"\x1F"#), (0x7F, #"\x7F"#), (0x80, #"\u{80}"#), (0x85, #"\u{85}"#),
      (0x9B, #"\u{9B}"#), (0x9F, #"\u{9F}"#), (0x061C, #"\u{61C}"#), (0x200E, #"\u{200E}"#),
      (0x200F, #"\u{200F}"#), (0x2028, #"\u{2028}"#), (0x2029, #"\u{2029}"#),
      (0x202A, #"\u{202A}"#), (0x202E, #"\u{202E}"#), (0x2066, #"\u{2066}"#),
      (0x2069, #"\u{2069}"#),
    ] as [(UInt32, String)])
  func eachObeyedScalarHasOneForm(value: UInt32, form: String) throws {
    let scalar = try #require(Unicode.Scalar(value))
    #expect(TerminalEscaping.isObeyed(scalar))
    #expect(TerminalEscaping.form(of: scalar) == form)
    #expect(TerminalEscaping.escapedForRow("a" + String(scalar) + "b") == "a" + form + "b")
    if value != 0x0A && value != 0x09 {
      #expect(TerminalEscaping.escaped("a" + String(scalar) + "b") == "a" + form + "b")
    }
  }

  @Test func linesKeepLineFeedsAndTabsARowEscapesThem() {
    let text = "one\ttwo\nthree\r\n"
    #expect(TerminalEscaping.escaped(text) == "one\ttwo\nthree\\r\n")
    #expect(TerminalEscaping.escapedForRow(text) == #"one\ttwo\nthree\r\n"#)
  }

  @Test func theScalarsNextToTheObeyedOnesPassThrough() {
    for value: UInt32 in [0x20, 0x7E, 0xA0, 0x061B, 0x061D, 0x200D, 0x2027, 0x202F, 0x2065, 0x206A]
    {
      let scalar = Unicode.Scalar(value)!
      #expect(!TerminalEscaping.isObeyed(scalar), "U+\(String(value, radix: 16))")
    }
  }

  /// Every scalar of the Basic Multilingual Plane (the obeyed ones are all in it), written
  /// either way: nothing obeyed is left but the line feeds and tabs of lines.
  @Test func noObeyedScalarSurvivesEscaping() {
    var all = ""
    for value in UInt32(0)...0xFFFF {
      if let scalar = Unicode.Scalar(value) { all.unicodeScalars.append(scalar) }
    }
    let row = TerminalEscaping.escapedForRow(all)
    #expect(!row.unicodeScalars.contains(where: TerminalEscaping.isObeyed))
    let lines = TerminalEscaping.escaped(all)
    #expect(
      !lines.unicodeScalars.contains { TerminalEscaping.isObeyed($0) && $0 != "\n" && $0 != "\t" }
    )
  }

  @Test func safeTextIsUnchanged() {
    let text = "plain ┌─┐ 日本 😀 👍🏽 🇻🇳 e\u{301}"
    #expect(TerminalEscaping.escaped(text) == text)
    #expect(TerminalEscaping.escapedForRow(text) == text)
  }

  @Test func aRowShowsCharactersWithoutAColumnOfTheirOwnEscaped() {
    #expect(TerminalEscaping.escapedForRow("a\u{200B}b") == #"a\u{200B}b"#)
    #expect(TerminalEscaping.escapedForRow("\u{301}a") == #"\u{301}a"#)
    // A mark on a letter is part of it; after an escape it does not stack on the `}`.
    #expect(TerminalEscaping.escapedForRow("e\u{301}") == "e\u{301}")
    #expect(TerminalEscaping.escapedForRow("\u{202E}\u{301}") == #"\u{202E}\u{301}"#)
    // Lines keep them: they obey nothing.
    #expect(TerminalEscaping.escaped("a\u{200B}b") == "a\u{200B}b")
  }
}
