/// Text made safe to write to a terminal: control characters and escape sequences are shown
/// escaped (`\e]52;…`, `\x07`, `\u{202E}`) instead of being obeyed by the terminal.
///
/// Newlines and tabs are kept. Everything that comes from a file or a script (source lines in
/// error messages, strings a script prints) goes through this before reaching the terminal.
public enum SafeText {
  /// `text` with every control character, escape sequence and bidirectional override escaped.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      guard needsEscape(scalar) else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalar.value {
      case 0x1B: result += "\\e"
      case 0x0D: result += "\\r"
      case 0x00: result += "\\0"
      case 0...0xFF: result += "\\x" + hex(scalar.value, digits: 2)
      default: result += "\\u{" + hex(scalar.value, digits: 4) + "}"
      }
    }
    return result
  }

  /// Whether a character would be obeyed by a terminal rather than shown.
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0x00...0x1F, 0x7F...0x9F: true
    // Bidirectional embeddings, overrides and isolates, which reorder what the reader sees.
    case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
    default: false
    }
  }

  private static func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}
