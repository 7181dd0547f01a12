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
