/// Cutting and padding text to a number of columns, keeping grapheme clusters whole.
extension DisplayWidth {
  /// `text` cut to at most `width` columns; when it is cut, the last column shows `ellipsis`.
  ///
  /// The cut falls between grapheme clusters, so an emoji sequence, a letter with its marks or
  /// a character drawn escaped (`\u{202E}`, `\e`) is kept whole or left out whole.
  public static func truncate(_ text: String, to width: Int, ellipsis: Character = "…") -> String {
    guard width > 0 else { return "" }
    if of(text) <= width { return text }
    let limit = width - columns(of: ellipsis)
    guard limit >= 0 else { return "" }
    return String(text[..<end(of: text, within: limit)]) + String(ellipsis)
  }

  /// `text` followed by spaces up to `width` columns (text already as wide is unchanged).
  public static func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - of(text)))
  }

  /// `text` after spaces up to `width` columns, right-aligned as numbers in a grid are (text
  /// already as wide is unchanged).
  public static func rightAligned(_ text: String, to width: Int) -> String {
    String(repeating: " ", count: max(0, width - of(text))) + text
  }

  /// Where the longest start of `text` that fits in `width` columns ends.
  static func end(of text: Substring, within width: Int) -> String.Index {
    let utf8 = text.utf8
    if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      // Printable ASCII (code, numbers): one column a byte.
      return utf8.index(utf8.startIndex, offsetBy: max(0, min(width, utf8.count)))
    }
    var used = 0
    var end = text.startIndex
    for index in text.indices {
      used += columns(of: text[index])
      if used > width { break }
      end = text.index(after: index)
    }
    return end
  }

  static func end(of text: String, within width: Int) -> String.Index {
    end(of: text[...], within: width)
  }
}
