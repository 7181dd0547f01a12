import CNcurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bracketed paste: the terminal wraps pasted text in `ESC [ 200 ~` … `ESC [ 201 ~`, which
/// ncurses is taught to report as two key codes, so that a paste arrives as one `.paste` event
/// instead of keys a program would obey (a paste starting with `q` must not quit).
extension CursesBackend {
  /// The key code ncurses gives for the start of a paste.
  static let pasteStartCode: Int32 = 0x2000
  /// The key code ncurses gives for the end of a paste.
  static let pasteEndCode: Int32 = 0x2001
  /// The most characters of one paste kept; the rest is read and dropped.
  static let maximumPasteCharacters = 1 << 20
  /// How long to wait for the rest of a paste before taking what came.
  static let pasteTimeout: Int32 = 2000

  /// Teaches ncurses the two sequences (once per screen), and the Home and End sequences
  /// terminals send whatever their terminal description says (`ESC [ 1 ~` under a `TERM` of
  /// `xterm-256color` in tmux), so that they move the cursor instead of typing `[1~`.
  static func defineExtraKeys() {
    _ = define_key("\u{1B}[200~", pasteStartCode)
    _ = define_key("\u{1B}[201~", pasteEndCode)
    let homeAndEnd: [(String, Int32)] = [
      ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME),
      ("\u{1B}OH", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END),
      ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
    ]
    for (sequence, code) in homeAndEnd where key_defined(sequence) == 0 {
      _ = define_key(sequence, code)
    }
  }

  /// Asks the terminal to mark pastes, or to stop; only in the foreground, where writing to
  /// the terminal cannot stop the process.
  func turnBracketedPaste(on: Bool) {
    guard isatty(outputDescriptor) != 0 else { return }
    if on {
      guard isInForeground else { return }
      SignalGuard.setBracketedPaste(outputDescriptor)
    } else {
      SignalGuard.setBracketedPaste(nil)
    }
  }

  /// Reads the rest of a paste (after its start code) up to its end code.
  func readPaste(_ window: UnsafeMutablePointer<WINDOW>) -> Event {
    var text = ""
    var count = 0
    var afterCarriageReturn = false
    wtimeout(window, Self.pasteTimeout)
    while true {
      var code: wint_t = 0
      let result = wget_wch(window, &code)
      if result == KEY_CODE_YES {
        let keyCode = Int32(bitPattern: UInt32(code))
        if keyCode == Self.pasteEndCode { break }
        if keyCode == KEY_ENTER { text.append("\n") }
        continue
      }
      guard result == OK else { break }  // the end never came: take what did
      guard count < Self.maximumPasteCharacters, let scalar = Unicode.Scalar(UInt32(code)) else {
        continue
      }
      count += 1
      // Terminals send a pasted line break as a carriage return (Windows text: both).
      if scalar == "\n", afterCarriageReturn {
        afterCarriageReturn = false
        continue
      }
      afterCarriageReturn = scalar == "\r"
      text.unicodeScalars.append(scalar == "\r" ? "\n" : scalar)
    }
    return .paste(text)
  }
}
