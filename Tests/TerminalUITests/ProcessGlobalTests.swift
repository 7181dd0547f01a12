import Foundation
import Testing

@testable import TerminalUI

#if canImport(Glibc)
  import Glibc
#endif

/// Tests that touch process-wide state (ncurses' screen, terminfo, signal handlers) run one at a
/// time, in this suite and its extensions.
@Suite(.serialized) struct ProcessGlobalTests {
  static func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("terminalui-\(UUID().uuidString)-\(name)").path
  }

  static let quiet = CursesOptions(measuresOutput: true, installsSignalGuard: false)

  @Test func terminfoKnowsCursorAddressing() {
    #expect(TerminalCheck.terminfoHasCursorAddressing("xterm-256color"))
    #expect(!TerminalCheck.terminfoHasCursorAddressing("dumb"))
    #expect(!TerminalCheck.terminfoHasCursorAddressing("no-such-terminal-type"))
  }

  @Test func headlessCursesDrawsAndRestores() throws {
    let path = Self.temporaryPath("smoke.out")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let backend = try CursesBackend(outputPath: path, rows: 30, columns: 100, options: Self.quiet)
    #expect(backend.size == (30, 100))
    #expect(backend.usesColor)

    var frame = Frame(rows: 30, columns: 100)
    frame.box(Rect(row: 0, column: 0, rows: 30, columns: 100), title: "smoke")
    frame.put("hello 日本 😀 \u{1B}[2J", row: 2, column: 2, style: .highlight)
    frame.put("bottom-right", row: 29, column: 88)
    backend.draw(frame)
    let first = try #require(backend.lastDrawByteCount)
    #expect(first > 100)

    var moved = frame
    moved.restyle(Rect(row: 2, column: 2, rows: 1, columns: 5), style: .plain)
    moved.restyle(Rect(row: 4, column: 2, rows: 1, columns: 5), style: .highlight)
    backend.draw(moved)
    let changed = FrameDiff(from: frame, to: moved).count
    let second = try #require(backend.lastDrawByteCount)
    #expect(second > 0 && second <= 3 * changed + 24, "\(second) bytes for \(changed) cells")

    backend.draw(moved)
    #expect(backend.lastDrawByteCount == 0)
    #expect(backend.totalDrawByteCount == first + second)

    backend.shutdown()
    backend.shutdown()
    #expect(backend.size == (0, 0))
    backend.draw(frame)  // ignored after shutdown
    #expect(backend.nextEvent(timeout: 10) == .inputClosed)

    let output = try String(contentsOfFile: path, encoding: .utf8)
    #expect(output.contains("hello"))
    #expect(output.contains("日本") && output.contains("😀") && output.contains("┌ smoke ─"))
    #expect(output.contains("😀 \\e[2J"), "the escape sequence is drawn escaped")
    #expect(output.contains("\u{1B}[?1049h"), "entered the alternate screen")
    let last = try #require(output.range(of: "bottom-righ"))
    #expect(output[last.upperBound...].contains("\u{1B}[?1049l"), "left it at the end")
  }

  @Test func colourAndMonochromeLooks() throws {
    let path = Self.temporaryPath("colour.out")
    defer { try? FileManager.default.removeItem(atPath: path) }
    var frame = Frame(rows: 3, columns: 10)
    frame.put("hi", row: 1, column: 1, style: .highlight)

    let colour = try CursesBackend(outputPath: path, rows: 3, columns: 10, options: Self.quiet)
    colour.draw(frame)
    colour.shutdown()
    let coloured = try String(contentsOfFile: path, encoding: .utf8)
    #expect(coloured.contains("43m"), "yellow background")
    #expect(!coloured.contains("\u{1B}[7m"))

    let plain = try CursesBackend(
      outputPath: path, rows: 3, columns: 10, environment: ["NO_COLOR": "1"], options: Self.quiet)
    #expect(!plain.usesColor)
    plain.draw(frame)
    plain.shutdown()
    let monochrome = try String(contentsOfFile: path, encoding: .utf8)
    #expect(monochrome.contains(";7mhi") || monochrome.contains("[7mhi"), "reverse video")
    #expect(!monochrome.contains("43m"))
  }

  @Test(arguments: [nil, 1000] as [Int?])
  func inputThatIsGoneEndsTheRunQuickly(timeout: Int?) throws {
    let path = Self.temporaryPath("closed.out")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let backend = try CursesBackend(outputPath: path, rows: 5, columns: 20, options: Self.quiet)
    defer { backend.shutdown() }
    let start = MonotonicClock.milliseconds()
    #expect(backend.nextEvent(timeout: timeout) == .inputClosed)
    #expect(MonotonicClock.milliseconds() - start < 500)
  }

  @Test func aRunnerOnCursesEndsWhenInputIsGone() throws {
    let path = Self.temporaryPath("runner.out")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let backend = try CursesBackend(outputPath: path, rows: 24, columns: 80, options: Self.quiet)
    var runner = Runner(backend: backend, minimumSize: .standard)
    var program = DemoProgram(playing: true, interval: 5)
    #expect(runner.run(&program) == .inputClosed)
    let output = try String(contentsOfFile: path, encoding: .utf8)
    #expect(output.contains("step 1/10 playing"))
  }

  /// Runs `body` with a headless backend reading a FIFO, and the FIFO's writer. The writer
  /// keeps the pipe open, so reads wait instead of seeing end of file.
  func withFIFOInput(
    _ name: String, _ body: (CursesBackend, _ writer: Int32) throws -> Void
  ) throws {
    let fifo = Self.temporaryPath(name + ".fifo")
    let path = Self.temporaryPath(name + ".out")
    defer {
      unlink(fifo)
      try? FileManager.default.removeItem(atPath: path)
    }
    #expect(mkfifo(fifo, 0o600) == 0)
    let writer = open(fifo, O_RDWR)
    defer { close(writer) }
    let backend = try CursesBackend(
      outputPath: path, inputPath: fifo, rows: 5, columns: 20, options: Self.quiet)
    defer { backend.shutdown() }
    try body(backend, writer)
  }

  @Test func aTimeoutWithNothingToReadIsNotTheEndOfInput() throws {
    try withFIFOInput("timeout") { backend, writer in
      let start = MonotonicClock.milliseconds()
      #expect(backend.nextEvent(timeout: 60) == nil)
      #expect(MonotonicClock.milliseconds() - start >= 50)
      _ = "q\u{1B}OA".withCString { write(writer, $0, 4) }
      #expect(backend.nextEvent(timeout: 1000) == .key(.character("q")))
      #expect(backend.nextEvent(timeout: 1000) == .key(.up))
    }
  }

  /// A bracketed paste arrives as one event, whatever it holds; Home and End arrive as keys
  /// in the forms terminals send them.
  @Test func pastesAndHomeEndSequences() throws {
    try withFIFOInput("paste") { backend, writer in
      let input = "\u{1B}[200~q = 3\r\nprint(q)\r\u{1B}[201~\u{1B}[1~\u{1B}[4~x"
      _ = input.withCString { write(writer, $0, strlen($0)) }
      #expect(backend.nextEvent(timeout: 1000) == .paste("q = 3\nprint(q)\n"))
      #expect(backend.nextEvent(timeout: 1000) == .key(.home))
      #expect(backend.nextEvent(timeout: 1000) == .key(.end))
      #expect(backend.nextEvent(timeout: 1000) == .key(.character("x")))
    }
  }

  @Test func theSignalGuardRecordsQuitSignals() throws {
    // A signal ignored when the guard is installed (a background job, nohup) stays ignored.
    let handled = [(SIGINT, Event.interrupt), (SIGTERM, .terminate), (SIGHUP, .terminate)]
      .filter { !Self.isIgnored($0.0) }
    #expect(SignalGuard.install())
    defer { SignalGuard.uninstall() }
    _ = SignalGuard.takeSignalEvent()
    try withSignalsUnblocked {
      for (signal, event) in handled {
        raise(signal)
        #expect(SignalGuard.pendingSignalEvent() == event)
        #expect(SignalGuard.takeSignalEvent() == event)
        #expect(SignalGuard.takeSignalEvent() == nil)
        // Which signal it was stays known, for ending the process by it.
        #expect(SignalGuard.takenSignal == signal)
      }
      // A backend reports a pending signal as its next event.
      guard let (signal, event) = handled.first else { return }
      let path = Self.temporaryPath("signal.out")
      defer { try? FileManager.default.removeItem(atPath: path) }
      let backend = try CursesBackend(outputPath: path, rows: 5, columns: 20, options: Self.quiet)
      defer { backend.shutdown() }
      raise(signal)
      #expect(backend.nextEvent(timeout: nil) == event)
    }
    SignalGuard.uninstall()
    #expect(!SignalGuard.isInstalled)
  }

  /// Whether `signal` is ignored in this process.
  static func isIgnored(_ signal: Int32) -> Bool {
    var action = sigaction()
    sigaction(signal, nil, &action)
    return unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == 1
  }

  /// Runs `body` with SIGINT, SIGTERM and SIGHUP unblocked on this thread, so `raise` delivers
  /// them at once (test threads may block them).
  func withSignalsUnblocked(_ body: () throws -> Void) rethrows {
    var signals = sigset_t()
    sigemptyset(&signals)
    for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
    var previous = sigset_t()
    pthread_sigmask(SIG_UNBLOCK, &signals, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    try body()
  }
}

extension ProcessGlobalTests {
  /// ncurses keeps at most five scalars in a cell and stops at the second one with a width of
  /// its own, so the backend writes the rows of such clusters again after the refresh, the
  /// clusters whole; the bytes of each reach the terminal, and are written again only when
  /// their row changes.
  @Test func clustersNcursesWouldCutReachTheTerminalWhole() throws {
    let path = Self.temporaryPath("clusters.out")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let backend = try CursesBackend(outputPath: path, rows: 6, columns: 30, options: Self.quiet)
    let clusters = ["👍🏽", "🇻🇳", "👨‍👩‍👧", "e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}"]
    var frame = Frame(rows: 6, columns: 30)
    for (row, cluster) in clusters.enumerated() {
      frame.put("<" + cluster + ">", row: row, column: 2, style: row == 0 ? .highlight : .plain)
    }
    backend.draw(frame)
    let first = try #require(backend.lastDrawByteCount)
    var again = frame
    again.put("changed", row: 5, column: 0)
    backend.draw(again)
    let second = try #require(backend.lastDrawByteCount)
    backend.shutdown()
    let output = try String(contentsOfFile: path, encoding: .utf8)
    for cluster in clusters {
      #expect(output.components(separatedBy: cluster).count == 2, "\(cluster) written once")
    }
    // Written at its place, between the cursor saved and restored, and the cursor moved to
    // the cell after it, whatever width the terminal gives the cluster.
    #expect(output.contains("\u{1B}7\u{1B}[1;4H"))
    #expect(output.contains("👍🏽\u{1B}[1;6H"))
    #expect(output.contains("🇻🇳\u{1B}[2;6H>"))
    #expect(output.contains("\u{1B}8"))
    #expect(second < first / 2, "only the changed row: \(second) bytes after \(first)")
  }
}
