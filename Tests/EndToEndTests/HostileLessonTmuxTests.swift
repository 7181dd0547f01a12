import Foundation
import TestSupport
import Testing

/// A lesson that tries to take over the terminal, opened in the workspace in a real terminal
/// (tmux) and stepped through: the pane's title stays, OSC 52 puts nothing on the clipboard,
/// the escaped text is on screen, and the terminal is given back.
///
/// Before the workspace starts, the same pane is sent a real title change and a real OSC 52
/// write, which tmux obeys: so the test knows that it would see them.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux"))
struct HostileLessonTmuxTests {
  @Test func theWorkspaceObeysNoSequenceOfTheLesson() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-hostile-tmux-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let settings = folder.appendingPathComponent("settings")
    let script = folder.appendingPathComponent("run.sh")
    // Two gates (`read`): the test sets tmux up, sees the control sequences obeyed, clears
    // them, and only then lets the workspace start.
    try """
    trap true INT
    read gate
    printf '\\033]2;title-before\\033\\\\'
    printf '\\033]52;c;Y29udHJvbA==\\007'
    read gate
    env SWIFT_BACKTRACE=interactive=no XDG_DATA_HOME='\(folder.path)' \
    '\(BuiltBinary.url.path)' open hostile --lessons '\(HostileLessonCommandTests.hostile)'
    echo exit=$? > '\(settings.path)'
    stty -a >> '\(settings.path)'
    sleep 30

    """.write(to: script, atomically: true, encoding: .utf8)
    let tmux = Tmux(rows: 30, columns: 100)
    try tmux.start("sh '\(script.path)'")
    defer { tmux.kill() }
    try tmux.tmux(["set-option", "-s", "set-clipboard", "on"])

    try tmux.sendKeys("Enter")
    try waitUntil("the control sequences to be obeyed") {
      (try? tmux.display("#{pane_title}")) == "title-before"
        && (try? tmux.tmux(["list-buffers"]))?.contains("7 bytes") == true
    }
    try tmux.tmux(["delete-buffer"])
    #expect(try tmux.tmux(["list-buffers"]) == "")

    try tmux.sendKeys("Enter")
    var seen = try tmux.waitFor("Hostile \\e]0;PWNED\\x07 title \\e]52;c;ZXZpbA==\\x07 end")
    seen += try tmux.waitFor("\\u{202E}reversed text, isolates")
    try tmux.sendKeys("n")
    seen += try tmux.waitFor(
      "Narration with OSC 52 \\e]52;c;ZXZpbA==\\x07, C1 CSI \\u{9B}2J, NUL \\0")
    try tmux.sendKeys("n")
    seen += try tmux.waitFor("Watch \\e]52;c;ZXZpbA==\\x07 the convolution \\e[10;10H here.")
    for _ in 0..<3 { try tmux.sendKeys("Right") }
    seen += try tmux.waitFor("= 14")
    try tmux.sendKeys("n")
    seen += try tmux.waitFor("Your turn \\e[2J\\e[H: compute it \\u{202E}now.")
    for answer in ["2x2", "?", "6 8", "14 16"] {
      try tmux.type(answer)
      try tmux.sendKeys("Enter")
    }
    seen += try tmux.waitFor("right at the first try")
    try tmux.sendKeys("Tab", "q")
    let after = try WorkspaceTmuxTests.settingsAfterExit(settings)
    try WorkspaceTmuxTests.expectRestored(tmux, after)

    #expect(try tmux.display("#{pane_title}") == "title-before")
    #expect(try tmux.tmux(["list-buffers"]) == "")
    #expect(seen.contains("\\e]52;c;ZXZpbA==\\x07"))
    #expect(!seen.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
  }

  /// Polls `condition` every 20 ms for up to 10 seconds.
  func waitUntil(_ what: String, _ condition: () -> Bool) throws {
    let deadline = Date().addingTimeInterval(10)
    while !condition() {
      if Date() >= deadline { throw Tmux.Timeout(waitingFor: what, screen: "") }
      usleep(20_000)
    }
  }
}
