import TerminalText

/// A key the user pressed.
public enum Key: Hashable, Sendable, CustomStringConvertible {
  /// A printable character (letters, digits, punctuation, space, any script).
  case character(Character)
  /// Enter / Return.
  case enter
  /// Tab.
  case tab
  /// Shift-Tab.
  case backTab
  /// Backspace.
  case backspace
  /// Escape (alone: ncurses waits the escape delay for a sequence).
  case escape
  /// Arrow up.
  case up
  /// Arrow down.
  case down
  /// Arrow left.
  case left
  /// Arrow right.
  case right
  /// Home.
  case home
  /// End.
  case end
  /// Page Up.
  case pageUp
  /// Page Down.
  case pageDown
  /// Delete (forward).
  case delete
  /// Insert.
  case insert
  /// Control plus a letter, in lower case (`.control("l")` is Ctrl-L), or one of `@ [ \ ] ^ _`.
  /// Ctrl-I, Ctrl-J, Ctrl-M, Ctrl-H and Ctrl-[ arrive as Tab, Enter, Enter, Backspace, Escape.
  case control(Character)
  /// Function key F1, F2, ….
  case function(Int)

  /// The key a terminal's character code stands for, or nil for codes that are not keys
  /// (C1 controls, surrogates).
  ///
  /// Both 13 and 10 are Enter, both 127 and 8 are Backspace.
  init?(characterCode code: UInt32) {
    switch code {
    case 9: self = .tab
    case 10, 13: self = .enter
    case 8, 127: self = .backspace
    case 27: self = .escape
    case 0: self = .control("@")
    case 1...26: self = .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
    case 28...31: self = .control(Character(Unicode.Scalar(UInt8(code) + 0x40)))
    case 0x80...0x9F: return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      self = .character(Character(scalar))
    }
  }

  /// A readable name: `a`, `Enter`, `Ctrl-C`, `F5`, `Left`. Characters are shown escaped.
  public var description: String {
    switch self {
    case .character(" "): "Space"
    case .character(let character): TerminalEscaping.escapedForRow(String(character))
    case .enter: "Enter"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .backspace: "Backspace"
    case .escape: "Esc"
    case .up: "Up"
    case .down: "Down"
    case .left: "Left"
    case .right: "Right"
    case .home: "Home"
    case .end: "End"
    case .pageUp: "PageUp"
    case .pageDown: "PageDown"
    case .delete: "Delete"
    case .insert: "Insert"
    case .control(let character): "Ctrl-" + String(character).uppercased()
    case .function(let number): "F\(number)"
    }
  }
}
