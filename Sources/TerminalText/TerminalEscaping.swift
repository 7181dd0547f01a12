/// The one rule that keeps text from files, scripts and arguments from acting on the terminal:
/// every scalar a terminal would obey instead of showing is written in its escaped form.
///
/// The scalars obeyed are the C0 controls, DEL, the C1 controls, the line and paragraph
/// separators (U+2028, U+2029) and the bidirectional marks, embeddings, overrides and isolates
/// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which reorder what the reader sees.
/// Each has one escaped form, used on every output path:
///
/// | scalar | form |
/// | --- | --- |
/// | NUL, tab, line feed, carriage return, ESC | `\0`, `\t`, `\n`, `\r`, `\e` |
/// | the other C0 controls and DEL | `\x01` … `\x1F`, `\x7F` (BEL is `\x07`) |
/// | everything above DEL | `\u{85}`, `\u{202E}`, `\u{2028}` |
///
/// Text written as lines (plain mode, messages) keeps its line feeds and tabs; text drawn into
/// one row of cells (the workspace, a table's cell) has them escaped too.
public enum TerminalEscaping {
  /// `text` safe to write as lines: every obeyed scalar escaped except line feeds and tabs.
  public static func escaped(_ text: String) -> String {
    escaping(text) { isObeyed($0) && $0 != "\n" && $0 != "\t" }
  }

  /// `text` as one row of cells shows it: every obeyed scalar escaped, line feeds and tabs
  /// too, and a character that takes no column of its own (a lone combining mark, a zero-width
  /// space) shown as its `\u{…}` form. `DisplayWidth.of(text)` is the width of this text.
  public static func escapedForRow(_ text: String) -> String {
    if DisplayWidth.isPrintableASCII(text) { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 8)
    DisplayWidth.forEachDrawable(text) { character, _ in result.append(character) }
    return result
  }

  /// Whether a terminal would act on `scalar` rather than show it (line feeds and tabs
  /// included).
  @inline(__always)
  public static func isObeyed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20..<0x7F: false
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// The escaped form of `scalar` (of any scalar, not only an obeyed one): `\e`, `\x07`,
  /// `\u{202E}`.
  static func form(of scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x00: "\\0"
    case 0x09: "\\t"
    case 0x0A: "\\n"
    case 0x0D: "\\r"
    case 0x1B: "\\e"
    case 0x00...0x7F: "\\x" + hex(scalar.value, digits: 2)
    default: "\\u{" + hex(scalar.value, digits: 1) + "}"
    }
  }

  /// `text` with the scalars `escapes` picks written in their escaped form.
  private static func escaping(_ text: String, _ escapes: (Unicode.Scalar) -> Bool) -> String {
    if DisplayWidth.isPrintableASCII(text) { return text }
    guard text.unicodeScalars.contains(where: escapes) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      if escapes(scalar) {
        result += form(of: scalar)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}
