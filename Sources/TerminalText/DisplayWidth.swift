/// The number of terminal columns text takes, counted by grapheme cluster.
///
/// East Asian wide and fullwidth characters and emoji take 2 columns: an emoji with its
/// skin-tone modifier, a flag (a pair of regional indicators), a ZWJ sequence (👩‍💻) or a
/// character asking for emoji presentation (❤️) is one cluster of 2 columns; a letter with
/// combining marks takes the letter's width. Text drawn in one row shows what the terminal
/// would obey, and a cluster that takes no column of its own (a lone combining mark, a
/// zero-width space), in its escaped form (`TerminalEscaping`), so such a cluster takes the
/// width of that form: `of(_:)` for text is the width of `TerminalEscaping.escapedForRow`.
public enum DisplayWidth {
  /// The width of one grapheme cluster as a terminal shows it: 0, 1 or 2.
  ///
  /// Controls are not considered here (they are drawn escaped); see `columns(of:)`.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    let second = scalars.index(after: scalars.startIndex)
    let single = second == scalars.endIndex
    if single, let width = knownWidth(first.value) { return width }
    let properties = first.properties
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark:
      // Marks with nothing to stand on (a cluster starting with a mark is only marks).
      return 0
    case .format:
      // A zero-width space or joiner alone; a prepended mark takes what follows it.
      return single ? 0 : of(Character(scalars[second]))
    default:
      break
    }
    if properties.isEmojiPresentation { return 2 }
    if !single,
      scalars.contains(where: { $0.value == 0xFE0F || $0.properties.isEmojiModifier })
    {
      return 2
    }
    if isEastAsianWide(first.value) { return 2 }
    // Hangul vowels and final consonants alone join a syllable that is not there.
    if (0x1160...0x11FF).contains(first.value) { return 0 }
    return 1
  }

  /// The columns `text` takes drawn in one row of cells (after escaping).
  public static func of(_ text: String) -> Int {
    if isPrintableASCII(text) { return text.utf8.count }
    var width = 0
    for character in text { width += columns(of: character) }
    return width
  }

  /// The columns one grapheme cluster takes drawn in a row: its own width (1 or 2), or the
  /// width of its escaped form when it is not drawn as itself.
  public static func columns(of character: Character) -> Int {
    if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
    let width = drawnWidth(of: character)
    return width > 0 ? width : escapedForm(of: character).utf8.count
  }

  /// Calls `body` with each character as it is drawn in a row, and its width: a cluster
  /// drawn as itself (width 1 or 2), or one by one the ASCII characters of the escaped form of
  /// a cluster that is not (width 1 each).
  public static func forEachDrawable(_ text: String, _ body: (Character, Int) -> Void) {
    if isPrintableASCII(text) {
      // The common case (numbers, names): one column a byte, nothing to escape.
      for byte in text.utf8 { body(Character(Unicode.Scalar(byte)), 1) }
      return
    }
    for character in text {
      if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
        body(character, 1)
        continue
      }
      let width = drawnWidth(of: character)
      if width > 0 {
        body(character, width)
      } else {
        for byte in escapedForm(of: character).utf8 { body(Character(Unicode.Scalar(byte)), 1) }
      }
    }
  }

  /// The width of a cluster drawn as itself, or 0 when it is drawn escaped: it holds a scalar
  /// a terminal would obey, or it has no width of its own.
  @inline(__always)
  static func drawnWidth(of character: Character) -> Int {
    character.unicodeScalars.contains(where: TerminalEscaping.isObeyed) ? 0 : of(character)
  }

  /// A cluster written scalar by scalar in escaped form (printable ASCII as itself): how one
  /// that holds an obeyed scalar (only CR LF holds two) or has no width is drawn.
  static func escapedForm(of character: Character) -> String {
    var form = ""
    for scalar in character.unicodeScalars {
      if scalar.value >= 0x20 && scalar.value < 0x7F {
        form.unicodeScalars.append(scalar)
      } else {
        form += TerminalEscaping.form(of: scalar)
      }
    }
    return form
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
