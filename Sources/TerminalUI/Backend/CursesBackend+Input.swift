import CNcurses

/// Reading events: keys from `wget_wch`, resizes, signals from the guard, and input that went
/// away (ncurses then returns ERR at once, forever).
extension CursesBackend {
  /// Consecutive early ERR results after which the input counts as gone.
  static let closedInputStreak = 3

  /// The next key, resize or signal, waiting at most `milliseconds` (forever when nil); nil
  /// when the time passed with nothing to report.
  public func nextEvent(timeout milliseconds: Int?) -> Event? {
    guard let window, !isShutDown else { return .inputClosed }
    let start = MonotonicClock.milliseconds()
    while true {
      if let event = SignalGuard.takeSignalEvent() { return event }
      if SignalGuard.takeResumed() { return resumed(window) }
      let elapsed = MonotonicClock.milliseconds() - start
      let remaining = milliseconds.map { max(0, $0 - elapsed) }
      wtimeout(window, Int32(clamping: remaining ?? -1))
      var code: wint_t = 0
      let readStart = MonotonicClock.milliseconds()
      let result = wget_wch(window, &code)
      if result == OK {
        errorStreak = 0
        if let key = Key(characterCode: UInt32(code)) { return .key(key) }
      } else if result == KEY_CODE_YES {
        errorStreak = 0
        if Int32(bitPattern: UInt32(code)) == Self.pasteStartCode { return readPaste(window) }
        if let event = event(forKeyCode: Int32(bitPattern: UInt32(code)), window: window) {
          return event
        }
      } else {
        if let event = SignalGuard.takeSignalEvent() { return event }
        if SignalGuard.takeResumed() { return resumed(window) }
        let waited = MonotonicClock.milliseconds() - readStart
        if let remaining, waited * 2 >= remaining {
          errorStreak = 0
          return nil
        }
        // ERR long before the timeout with no signal: end of input, or a stray interruption.
        errorStreak += 1
        if errorStreak >= Self.closedInputStreak { return .inputClosed }
      }
      if let milliseconds, MonotonicClock.milliseconds() - start >= milliseconds {
        return nil
      }
    }
  }

  /// After a stop and continue: repaint what was on the screen (unless continued in the
  /// background, where `draw` waits for the foreground) and report the current size.
  private func resumed(_ window: UnsafeMutablePointer<WINDOW>) -> Event {
    if let current = cn_curscr() { _ = clearok(current, true) }
    if isInForeground {
      turnBracketedPaste(on: true)
      _ = SignalGuard.duringOutput { wrefresh(window) }
    }
    return .resize(rows: Int(cn_getmaxy(window)), columns: Int(cn_getmaxx(window)))
  }

  /// The event for an ncurses key code, or nil for codes that mean nothing here.
  func event(forKeyCode code: Int32, window: UnsafeMutablePointer<WINDOW>) -> Event? {
    if code == KEY_RESIZE {
      return .resize(rows: Int(cn_getmaxy(window)), columns: Int(cn_getmaxx(window)))
    }
    return Self.key(forKeyCode: code).map(Event.key)
  }

  /// The key for an ncurses `KEY_*` code, or nil.
  static func key(forKeyCode code: Int32) -> Key? {
    switch code {
    case KEY_UP: .up
    case KEY_DOWN: .down
    case KEY_LEFT: .left
    case KEY_RIGHT: .right
    case KEY_HOME, KEY_A1: .home
    case KEY_END, KEY_C1: .end
    case KEY_PPAGE, KEY_A3: .pageUp
    case KEY_NPAGE, KEY_C3: .pageDown
    case KEY_DC: .delete
    case KEY_IC: .insert
    case KEY_BACKSPACE: .backspace
    case KEY_ENTER: .enter
    case KEY_BTAB: .backTab
    case cn_key_f(1)...cn_key_f(63): .function(Int(code - cn_key_f(0)))
    default: nil
    }
  }
}
