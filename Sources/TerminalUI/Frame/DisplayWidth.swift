/// The number of terminal columns text takes when drawn into a frame.
///
/// East Asian wide and fullwidth characters and emoji take 2 columns; everything else drawable
/// takes 1. Characters that would take 0 columns on their own (a lone combining mark, a
/// zero-width space) and control characters are drawn escaped, so they take the width of their
/// escaped form.
public enum DisplayWidth {
  /// The width of one grapheme as the terminal shows it: 0, 1 or 2.
  ///
  /// Control characters are not considered here; `Frame.put` escapes them first.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if scalars.count == 1, let width = knownWidth(first.value) { return width }
    if first.properties.isEmojiPresentation { return 2 }
    if scalars.count > 1, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    if isEastAsianWide(first.value) { return 2 }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1160...0x11FF).contains(first.value) { return 0 }
    return 1
  }

  /// The columns `text` takes when drawn with `Frame.put` (after escaping).
  public static func of(_ text: String) -> Int {
    if isPrintableASCII(text) { return text.utf8.count }
    var width = 0
    forEachDrawable(text) { _, characterWidth in width += characterWidth }
    return width
  }

  /// `text` cut to at most `width` columns; when it is cut, the last column shows `ellipsis`.
  public static func truncate(_ text: String, to width: Int, ellipsis: Character = "…") -> String {
    guard width > 0 else { return "" }
    if of(text) <= width { return TextEscaping.escaped(text) }
    var result = ""
    var used = 0
    let limit = width - of(ellipsis)
    forEachDrawable(text) { character, characterWidth in
      guard used + characterWidth <= limit else {
        used = width + 1
        return
      }
      result.append(character)
      used += characterWidth
    }
    result.append(ellipsis)
    return result
  }

  /// Calls `body` with each character as it will be drawn and its width (1 or 2): unsafe
  /// scalars escaped, zero-width characters replaced by their `\u{…}` form.
  static func forEachDrawable(_ text: String, _ body: (Character, Int) -> Void) {
    if isPrintableASCII(text) {
      // The common case (numbers, names): one column a byte, nothing to escape.
      for byte in text.utf8 { body(Character(Unicode.Scalar(byte)), 1) }
      return
    }
    for character in TextEscaping.escaped(text) {
      let width = of(character)
      if width > 0 {
        body(character, width)
      } else {
        for scalar in character.unicodeScalars {
          for escaped in "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" {
            body(escaped, 1)
          }
        }
      }
    }
  }

  /// The width of common single scalars without a Unicode property look-up (the hot path:
  /// digits, `·`, `×`, `−`, arrows, box drawing), or nil for the rest.
  @inline(__always)
  static func knownWidth(_ value: UInt32) -> Int? {
    switch value {
    case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x300: 1
    case 0x2010...0x2027, 0x2030...0x205F, 0x2070...0x20CF, 0x2100...0x2319: 1
    // Box drawing, block elements and geometric shapes, less two emoji squares.
    case 0x2500...0x25FC: 1
    default: nil
    }
  }

  /// Whether every byte of `text` is printable ASCII (space to `~`): one column each.
  @inline(__always)
  static func isPrintableASCII(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }

  /// East Asian Wide (W) and Fullwidth (F) ranges that are not emoji.
  static func isEastAsianWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
      0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
      0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD,
      0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
