import TerminalText

/// Why a terminal backend could not start.
enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Standard input or output is not a terminal, or the terminal cannot do full screen.
  case unusable(reason: String)
  /// A file could not be opened.
  case cannotOpen(path: String)
  /// ncurses refused to start (unknown terminal type, or no terminal).
  case cannotStart(terminalType: String)

  /// A one-line message.
  var description: String {
    switch self {
    case .unusable(let reason): "cannot use the full-screen view: \(reason)"
    case .cannotOpen(let path): "cannot open \(TerminalEscaping.escapedForRow(path))"
    case .cannotStart(let type):
      "ncurses cannot start on terminal type \(TerminalEscaping.escapedForRow(type))"
    }
  }
}
