import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The C signal guard in a child process of its own: a crash or a Ctrl-Z while curses is
/// active must leave the terminal restored (`endwin` ran: the alternate screen was left).
///
/// The child is a small C program compiled from `Sources/CTerminalGuard` with the system's C
/// compiler; the tests are skipped where there is none.
@Suite struct TerminalGuardProcessTests {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let harnessSource = #"""
    #define NCURSES_WIDECHAR 1
    #include <ncurses.h>
    #include <signal.h>
    #include <stdio.h>
    #include <stdlib.h>
    #include <string.h>
    #include "terminal_guard.h"

    int main(int argc, char **argv) {
      if (argc != 3) return 2;
      FILE *out = fopen(argv[1], "w");
      FILE *in = fopen("/dev/null", "r");
      if (!out || !in) return 2;
      terminal_guard_install();
      if (!newterm("xterm-256color", out, in)) return 3;
      terminal_guard_set_curses_active(1);
      cbreak();
      noecho();
      curs_set(0);
      mvaddstr(1, 1, "inside");
      refresh();
      if (!strcmp(argv[2], "segv")) { volatile int *nowhere = NULL; *nowhere = 1; }
      if (!strcmp(argv[2], "abort")) abort();
      if (!strcmp(argv[2], "quit")) raise(SIGQUIT);
      if (!strcmp(argv[2], "tstp")) {
        raise(SIGTSTP);
        int resumed = terminal_guard_take_resumed();
        endwin();
        return resumed ? 0 : 4;
      }
      if (!strcmp(argv[2], "tstp-while-drawing")) {
        terminal_guard_begin_output();
        raise(SIGTSTP);  // must wait: ncurses is in the middle of its output
        fputs("still drawing", out);
        fflush(out);
        terminal_guard_end_output();  // stops here
        int resumed = terminal_guard_take_resumed();
        endwin();
        return resumed ? 0 : 4;
      }
      if (!strcmp(argv[2], "term")) {
        raise(SIGTERM);
        int taken = terminal_guard_take_signal();
        endwin();
        terminal_guard_uninstall();
        terminal_guard_exit_by_signal(taken);
      }
      return 5;
    }
    """#

  /// Compiles the harness once per test run; nil when there is no C compiler.
  static let harness: String? = {
    guard Spawn.isAvailable("cc") else { return nil }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("terminal-guard-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let source = directory.appendingPathComponent("harness.c")
    let binary = directory.appendingPathComponent("harness").path
    guard (try? harnessSource.write(to: source, atomically: true, encoding: .utf8)) != nil
    else { return nil }
    let guardFolder = packageRoot.appendingPathComponent("Sources/CTerminalGuard").path
    let result = try? Spawn.run([
      "cc", "-O0", "-I", guardFolder + "/include", source.path, guardFolder + "/terminal_guard.c",
      "-lncursesw", "-o", binary,
    ])
    return result?.status == .exited(0) ? binary : nil
  }()

  static let leaveAlternateScreen = "\u{1B}[?1049l"

  @Test(
    .enabled(if: Spawn.isAvailable("cc")),
    arguments: [("segv", SIGSEGV), ("abort", SIGABRT), ("quit", SIGQUIT)])
  func aFatalSignalRestoresTheTerminalAndStillKills(mode: String, signal: Int32) throws {
    let harness = try #require(Self.harness, "the harness compiles")
    let output = ProcessGlobalTests.temporaryPath("\(mode).out")
    defer { try? FileManager.default.removeItem(atPath: output) }
    let pid = try Spawn.start([harness, output, mode])
    #expect(Spawn.wait(pid) == .signaled(signal))
    let text = try String(contentsOfFile: output, encoding: .utf8)
    let inside = try #require(text.range(of: "inside"))
    #expect(text[inside.upperBound...].contains(Self.leaveAlternateScreen))
  }

  /// Ctrl-Z while ncurses writes a frame waits for the frame's end: `endwin` in the middle of
  /// ncurses' output would mix the two (and leave the rest of the frame on the main screen).
  @Test(.enabled(if: Spawn.isAvailable("cc")))
  func suspendingWaitsForTheOutputToEnd() throws {
    let harness = try #require(Self.harness, "the harness compiles")
    let output = ProcessGlobalTests.temporaryPath("tstp-drawing.out")
    defer { try? FileManager.default.removeItem(atPath: output) }
    let pid = try Spawn.start([harness, output, "tstp-while-drawing"])
    #expect(Spawn.wait(pid, untraced: true) == .stopped(SIGTSTP))
    let whileStopped = try String(contentsOfFile: output, encoding: .utf8)
    let drawing = try #require(whileStopped.range(of: "still drawing"))
    #expect(whileStopped[drawing.upperBound...].contains(Self.leaveAlternateScreen))
    #expect(!whileStopped[..<drawing.lowerBound].contains(Self.leaveAlternateScreen))
    kill(pid, SIGCONT)
    #expect(Spawn.wait(pid) == .exited(0))
  }

  /// Ctrl-Z that the parent ignores (a shell without job control, where nothing could
  /// continue the process) does not stop it.
  @Test(.enabled(if: Spawn.isAvailable("cc")))
  func anIgnoredSuspendStaysIgnored() throws {
    let harness = try #require(Self.harness, "the harness compiles")
    let output = ProcessGlobalTests.temporaryPath("tstp-ignored.out")
    defer { try? FileManager.default.removeItem(atPath: output) }
    let pid = try Spawn.start([
      "sh", "-c", "trap '' TSTP; exec \"$0\" \"$@\"", harness, output, "tstp",
    ])
    // Not stopped, and never resumed: the harness ends with status 4.
    let status = Spawn.wait(pid, untraced: true)
    if case .stopped = status {
      kill(pid, SIGKILL)
      _ = Spawn.wait(pid)
    }
    #expect(status == .exited(4))
  }

  /// After cleaning up, a program ends as the quit signal would have ended it.
  @Test(.enabled(if: Spawn.isAvailable("cc")))
  func theProcessCanEndByTheSignalItTook() throws {
    let harness = try #require(Self.harness, "the harness compiles")
    let output = ProcessGlobalTests.temporaryPath("term.out")
    defer { try? FileManager.default.removeItem(atPath: output) }
    let pid = try Spawn.start([harness, output, "term"])
    #expect(Spawn.wait(pid) == .signaled(SIGTERM))
    let text = try String(contentsOfFile: output, encoding: .utf8)
    #expect(text.contains(Self.leaveAlternateScreen))
  }

  @Test(.enabled(if: Spawn.isAvailable("cc")))
  func suspendingLeavesTheScreenAndResumingIsReported() throws {
    let harness = try #require(Self.harness, "the harness compiles")
    let output = ProcessGlobalTests.temporaryPath("tstp.out")
    defer { try? FileManager.default.removeItem(atPath: output) }
    let pid = try Spawn.start([harness, output, "tstp"])
    #expect(Spawn.wait(pid, untraced: true) == .stopped(SIGTSTP))
    let whileStopped = try String(contentsOfFile: output, encoding: .utf8)
    let inside = try #require(whileStopped.range(of: "inside"))
    #expect(whileStopped[inside.upperBound...].contains(Self.leaveAlternateScreen))
    kill(pid, SIGCONT)
    #expect(Spawn.wait(pid) == .exited(0))
  }
}
