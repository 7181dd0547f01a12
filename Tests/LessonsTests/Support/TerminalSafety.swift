/// What a terminal would obey rather than show, found in text meant for it: C0 controls
/// (but line feed and tab), DEL, C1 controls (U+0080 to U+009F, such as the one-character CSI
/// U+009B) and the bidirectional controls that reorder what the reader sees.
///
/// Written apart from the program's own escaping, so that the tests do not trust what they
/// check.
enum TerminalSafety {
  /// The characters of `text` a terminal would obey, in order.
  static func unsafeScalars(in text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { scalar in
      switch scalar.value {
      case 0x0A, 0x09: false
      case 0x00...0x1F, 0x7F...0x9F: true
      case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
      default: false
      }
    }
  }

  /// `unsafeScalars(in:)` as `U+001B U+0007`, for failure messages.
  static func describe(_ text: String) -> String {
    unsafeScalars(in: text).map { "U+" + String($0.value, radix: 16, uppercase: true) }
      .joined(separator: " ")
  }
}
