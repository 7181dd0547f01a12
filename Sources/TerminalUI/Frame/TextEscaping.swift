/// Makes text safe to draw: control characters and escape sequences are shown escaped.
///
/// C0 controls use their C escapes (`\e`, `\n`, `\t`, …) or `\xNN`; DEL is `\x7F`; C1 controls,
/// line and paragraph separators and bidirectional overrides are shown as `\u{…}`. Everything
/// else passes through unchanged.
public enum TextEscaping {
  /// `text` with every unsafe scalar replaced by its escaped form.
  public static func escaped(_ text: String) -> String {
    if DisplayWidth.isPrintableASCII(text) { return text }
    guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      if needsEscaping(scalar) {
        result += escape(scalar)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Whether `scalar` must never reach the terminal raw.
  public static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// The escaped form of one scalar, e.g. `\e` for ESC or `\u{202E}`.
  public static func escape(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x00: return "\\0"
    case 0x07: return "\\a"
    case 0x08: return "\\b"
    case 0x09: return "\\t"
    case 0x0A: return "\\n"
    case 0x0B: return "\\v"
    case 0x0C: return "\\f"
    case 0x0D: return "\\r"
    case 0x1B: return "\\e"
    case 0x00...0x1F, 0x7F: return "\\x" + hex(scalar.value, digits: 2)
    default: return "\\u{" + hex(scalar.value, digits: 1) + "}"
    }
  }

  private static func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}
