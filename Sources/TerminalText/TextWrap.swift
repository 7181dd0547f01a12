/// Text into lines of at most a number of display columns, grapheme clusters kept whole.
///
/// Prose (narration, notices) wraps at spaces, and between the characters of text written
/// without spaces (Chinese, Japanese, emoji) — except before closing punctuation such as `。`
/// or after opening brackets such as `「`. A word longer than the line is cut between grapheme
/// clusters. Code and output are cut into rows at the column instead (`rows(_:width:)`).
public enum TextWrap {
  /// `text` wrapped into lines of at most `width` columns. Single line breaks are reflowed, as
  /// in the lesson files' `|` blocks; a blank line keeps paragraphs apart.
  public static func lines(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    let paragraphs = text.split(separator: "\n\n", omittingEmptySubsequences: false)
      .map { $0.split(separator: "\n").joined(separator: " ") }
    for (index, paragraph) in paragraphs.enumerated() {
      if index > 0 { lines.append("") }
      var line = Line(width: width)
      for word in paragraph.split(separator: " ") {
        for (offset, piece) in pieces(of: word).enumerated() {
          line.add(piece, afterSpace: offset == 0, finishing: &lines)
        }
      }
      lines.append(line.text)
    }
    return lines
  }

  /// `text` cut into rows of at most `width` columns, between any two grapheme clusters (for
  /// code and output, so that a caret stays under its place). Empty text is one empty row.
  public static func rows(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var rows: [String] = []
    var rest = text[...]
    repeat {
      let end = cut(rest, width: width)
      rows.append(String(rest[..<end]))
      rest = rest[end...]
    } while !rest.isEmpty
    return rows
  }

  /// The line being filled: its text and width.
  private struct Line {
    let width: Int
    var text = ""
    var used = 0

    init(width: Int) { self.width = width }

    /// Adds `piece` (after a space when `afterSpace`), first finishing the line into `lines`
    /// when it does not fit; a piece wider than a whole line is cut.
    mutating func add(_ piece: Substring, afterSpace: Bool, finishing lines: inout [String]) {
      let pieceWidth = DisplayWidth.of(String(piece))
      let gap = text.isEmpty || !afterSpace ? 0 : 1
      if used + gap + pieceWidth <= width {
        if gap == 1 { text += " " }
        text += piece
        used += gap + pieceWidth
        return
      }
      if !text.isEmpty { lines.append(text) }
      var rest = piece
      while DisplayWidth.of(String(rest)) > width {
        let end = TextWrap.cut(rest, width: width)
        lines.append(String(rest[..<end]))
        rest = rest[end...]
      }
      text = String(rest)
      used = DisplayWidth.of(text)
    }
  }

  /// Where a row of at most `width` columns cut from the start of `text` ends: after at least
  /// one cluster, so that a cluster wider than the row (a long escape) still moves on.
  private static func cut(_ text: Substring, width: Int) -> String.Index {
    let end = DisplayWidth.end(of: text, within: width)
    return end == text.startIndex && !text.isEmpty ? text.index(after: end) : end
  }

  /// A word split where a line may break inside it: around characters of text written without
  /// spaces (wide characters), keeping punctuation with the character it belongs to.
  static func pieces(of word: Substring) -> [Substring] {
    var pieces: [Substring] = []
    var start = word.startIndex
    var previous: Character? = nil
    for index in word.indices {
      let character = word[index]
      if let previous, mayBreak(between: previous, and: character) {
        pieces.append(word[start..<index])
        start = index
      }
      previous = character
    }
    pieces.append(word[start...])
    return pieces
  }

  /// Whether a line may break between two characters of one word.
  static func mayBreak(between before: Character, and after: Character) -> Bool {
    guard isWrittenWithoutSpaces(before) || isWrittenWithoutSpaces(after) else { return false }
    return !closing.contains(after) && !opening.contains(before)
  }

  /// Wide characters: ideographs, kana, Hangul, fullwidth forms, emoji.
  private static func isWrittenWithoutSpaces(_ character: Character) -> Bool {
    character.asciiValue == nil && DisplayWidth.of(character) == 2
  }

  /// Punctuation that never starts a line.
  private static let closing: Set<Character> = [
    "、", "。", "，", "．", "：", "；", "！", "？", "）", "」", "』", "】", "〕", "〉", "》", "〗",
    "〙", "ー", "々", "ゝ", "ゞ", "…", "‥", "’", "”", ",", ".", ";", ":", "!", "?", ")", "]", "}",
  ]

  /// Punctuation that never ends a line.
  private static let opening: Set<Character> = [
    "（", "「", "『", "【", "〔", "〈", "《", "〖", "〘", "‘", "“", "(", "[", "{",
  ]
}
