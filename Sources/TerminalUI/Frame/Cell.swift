import TerminalText

/// One column of a frame: a grapheme and its style.
///
/// A wide character (width 2) occupies two cells: the first holds the character with
/// `width == 2`, the second is a continuation (`width == 0`) that draws nothing. A cell never
/// holds a control character: the initializer replaces one with U+FFFD, and `Frame.put` draws
/// them escaped instead.
public struct Cell: Hashable, Sendable {
  /// The grapheme shown; a space for a blank or a continuation cell.
  public private(set) var character: Character
  /// How the cell is drawn.
  var style: Style
  /// 1 for a normal cell, 2 for the first half of a wide character, 0 for its second half.
  private(set) var width: Int

  /// A cell showing `character` (control or zero-width characters become U+FFFD).
  init(_ character: Character, style: Style = .plain) {
    if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
      self.character = character
      self.style = style
      self.width = 1
      return
    }
    let safe =
      character.unicodeScalars.contains(where: TerminalEscaping.isObeyed)
        || DisplayWidth.of(character) == 0
      ? "\u{FFFD}" : character
    self.character = safe
    self.style = style
    self.width = DisplayWidth.of(safe)
  }

  private init(continuationWith style: Style) {
    self.character = " "
    self.style = style
    self.width = 0
  }

  /// A space with no style.
  static let blank = Cell(" ")

  /// The second half of a wide character drawn with `style`.
  static func continuation(style: Style) -> Cell {
    Cell(continuationWith: style)
  }

  /// Whether this cell is the second half of a wide character.
  var isContinuation: Bool { width == 0 }
}
