import CNcurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The ncurses backend: shows frames on the terminal and reads keys.
///
/// `draw` erases ncurses' copy of the screen, puts every cell with the wide-character API and
/// refreshes, so ncurses sends only the difference; a grapheme cluster that ncurses cannot
/// hold in one cell (👍🏽, 🇻🇳, a letter with many marks) is then written whole over its cells. `shutdown` (also run on deinit) always
/// calls `endwin`. Only one `CursesBackend` may be active at a time: ncurses' screen is global.
public final class CursesBackend: TerminalBackend {
  /// How colours and signals are handled.
  let options: CursesOptions
  /// Whether roles are drawn in colour (false: attributes only).
  public var usesColor: Bool { palette.usesColor }
  /// The bytes the last `draw` wrote to the terminal, when `options.measuresOutput` is on and
  /// the platform can count them (Linux).
  public private(set) var lastDrawByteCount: Int?
  /// The bytes all draws wrote, counted as for `lastDrawByteCount`.
  private(set) var totalDrawByteCount = 0

  var screen: OpaquePointer?
  var window: UnsafeMutablePointer<WINDOW>?
  /// The terminal's file descriptor (ncurses' output), for the foreground check.
  let outputDescriptor: Int32
  private(set) var palette: CursesPalette
  private var openedFiles: [UnsafeMutablePointer<FILE>] = []
  private var repaintPending = false
  /// The last frame drawn, to tell which rows ncurses rewrote (see `writeWhole`).
  var lastFrame: Frame?
  private var guardInstalled = false
  var errorStreak = 0
  private(set) var isShutDown = false

  /// Starts ncurses on the process's terminal (standard input and output).
  ///
  /// Checks first that both are terminals (ncurses would otherwise write escape codes into a
  /// pipe) and `TERM` is usable. Throws `TerminalError` when it cannot start.
  public convenience init(
    environment: [String: String], options: CursesOptions = CursesOptions()
  ) throws {
    let verdict = TerminalCheck.canUseFullScreen(environment: environment)
    if let reason = verdict.reason { throw TerminalError.unusable(reason: reason) }
    try self.init(
      input: cn_stdin(), output: cn_stdout(), terminalType: nil, environment: environment,
      options: options, size: nil, files: [])
  }

  /// Starts ncurses without a terminal: output goes to the file at `outputPath`, input comes
  /// from `inputPath` (for example `/dev/null`), and the screen has `rows` × `columns` cells.
  /// For tests and benchmarks.
  public convenience init(
    outputPath: String, inputPath: String = "/dev/null", terminalType: String = "xterm-256color",
    rows: Int, columns: Int, environment: [String: String] = [:],
    options: CursesOptions = CursesOptions()
  ) throws {
    guard let output = fopen(outputPath, "w") else {
      throw TerminalError.cannotOpen(path: outputPath)
    }
    guard let input = fopen(inputPath, "r") else {
      fclose(output)
      throw TerminalError.cannotOpen(path: inputPath)
    }
    try self.init(
      input: input, output: output, terminalType: terminalType, environment: environment,
      options: options, size: (rows, columns), files: [input, output])
  }

  private init(
    input: UnsafeMutablePointer<FILE>?, output: UnsafeMutablePointer<FILE>?,
    terminalType: String?, environment: [String: String], options: CursesOptions,
    size: (rows: Int, columns: Int)?, files: [UnsafeMutablePointer<FILE>]
  ) throws {
    self.options = options
    self.openedFiles = files
    self.outputDescriptor = output.map { fileno($0) } ?? -1
    self.palette = CursesPalette.monochrome
    TerminalLocale.prepare()
    if options.installsSignalGuard && !SignalGuard.isInstalled {
      SignalGuard.install()
      guardInstalled = true
    }
    // A headless screen takes the size it is given; a real one asks the terminal. A Ctrl-Z
    // during the start waits until the terminal's modes are all set.
    use_env(size == nil)
    use_tioctl(true)
    let started: OpaquePointer? = SignalGuard.duringOutput {
      let started: OpaquePointer? =
        if let terminalType { newterm(terminalType, output, input) } else {
          newterm(nil, output, input)
        }
      guard started != nil, let window = cn_stdscr() else { return nil }
      SignalGuard.setCursesActive(true)
      Self.setUp(window, size: size, escapeDelay: options.escapeDelay)
      return started
    }
    guard let started, let window = cn_stdscr() else {
      let type = terminalType ?? environment["TERM"] ?? ""
      release()
      throw TerminalError.cannotStart(terminalType: type)
    }
    screen = started
    self.window = window
    palette = CursesPalette(wanted: options.usesColor(environment: environment))
    Self.defineExtraKeys()
    if isatty(outputDescriptor) != 0 { turnBracketedPaste(on: true) }
  }

  /// The modes of a fresh screen: keys one at a time without echo, the cursor hidden.
  private static func setUp(
    _ window: UnsafeMutablePointer<WINDOW>, size: (rows: Int, columns: Int)?, escapeDelay: Int
  ) {
    if let size {
      _ = resizeterm(Int32(clamping: size.rows), Int32(clamping: size.columns))
      _ = flushinp()  // resizeterm queued a KEY_RESIZE for a size nobody has drawn at yet
    }
    _ = cbreak()
    _ = noecho()
    _ = nonl()
    _ = keypad(window, true)
    _ = set_escdelay(Int32(clamping: escapeDelay))
    _ = curs_set(0)
    _ = leaveok(window, true)  // the cursor is hidden: no move to park it after each refresh
  }

  deinit { shutdown() }

  /// The size of ncurses' screen.
  public var size: (rows: Int, columns: Int) {
    guard let window, !isShutDown else { return (0, 0) }
    return (Int(cn_getmaxy(window)), Int(cn_getmaxx(window)))
  }

  /// Shows `frame`: erase, put every cell, refresh (ncurses sends only what changed). In the
  /// background (continued after Ctrl-Z without `fg`) nothing is drawn until it is back.
  public func draw(_ frame: Frame) {
    guard let window, !isShutDown else { return }
    guard isInForeground else {
      repaintPending = true
      return
    }
    let before = options.measuresOutput ? OutputMeter.bytesWrittenByThisThread() : nil
    _ = werase(window)
    let rows = min(frame.rows, Int(cn_getmaxy(window)))
    let columns = min(frame.columns, Int(cn_getmaxx(window)))
    var character = cchar_t()
    var clusters: [WholeCluster] = []
    withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: Int(CCHARW_MAX) + 1) { text in
      for row in 0..<rows {
        for column in 0..<columns {
          let cell = frame[row, column]
          if cell.isContinuation || (cell.width == 2 && column + 1 >= columns) { continue }
          if cell.character == " " && cell.style == .plain { continue }
          var count = 0
          if Self.fitsOneCell(cell.character) {
            for scalar in cell.character.unicodeScalars {
              text[count] = wchar_t(bitPattern: scalar.value)
              count += 1
            }
          } else {
            // ncurses would keep only part of it: it holds a stand-in of the same width, and
            // the cluster is written whole over it after the refresh.
            clusters.append(WholeCluster(row: row, column: column, cell: cell))
            text[0] = Self.standIn(for: cell)
            count = 1
          }
          text[count] = 0
          let look = palette.look(of: cell.style)
          _ = setcchar(&character, text.baseAddress, look.attributes, look.pair, nil)
          _ = mvwadd_wch(window, Int32(row), Int32(column), &character)
        }
      }
    }
    let repainting = repaintPending
    if repaintPending, let current = cn_curscr() {
      _ = clearok(current, true)
      repaintPending = false
    }
    _ = SignalGuard.duringOutput { wrefresh(window) }
    writeWhole(clusters, of: frame, repainting: repainting)
    if let before, let after = OutputMeter.bytesWrittenByThisThread() {
      lastDrawByteCount = after - before
      totalDrawByteCount += after - before
    }
  }

  /// Makes the next draw clear the screen and send everything.
  public func requestFullRepaint() { repaintPending = true }

  /// Rings the terminal bell.
  public func bell() {
    guard !isShutDown, isInForeground else { return }
    _ = SignalGuard.duringOutput { beep() }
  }

  /// Ends curses (`endCurses`), frees the screen and removes the signal guard. Idempotent.
  public func shutdown() {
    guard !isShutDown else { return }
    isShutDown = true
    SignalGuard.setCursesActive(false)
    turnBracketedPaste(on: false)
    if screen != nil { endCurses() }
    release()
  }

  /// Frees the screen and files and removes the signal guard.
  private func release() {
    if let screen {
      delscreen(screen)
      self.screen = nil
    }
    window = nil
    for file in openedFiles { fclose(file) }
    openedFiles = []
    if guardInstalled {
      SignalGuard.uninstall()
      guardInstalled = false
    }
  }
}
