import Foundation
import TestSupport
import Testing

/// A long paste at the workspace's prompt: every character arrives as a key, and the workspace
/// takes those already waiting before it draws, so the paste lands in moments, whole.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux"))
struct PasteTmuxTests {
  @Test func aLongPastedLineRunsWhole() throws {
    let session = try TutorInTmux.start("")
    defer { session.finish() }
    let tmux = session.tmux
    try tmux.waitFor(">>>")
    // 4,000 ones: a line of 12 KB, pasted as tmux pastes (the bytes at once, not key by key).
    let line = "print(len([" + Array(repeating: "1", count: 4000).joined(separator: ", ") + "]))"
    try Self.paste(line, in: tmux, bracketed: false)
    try tmux.sendKeys("Enter")
    try tmux.waitFor("4000", timeout: 30)
    // The line is kept whole: its end is in the transcript, after its start.
    let screen = try tmux.capture()
    #expect(screen.contains("1, 1]))"))
  }

  /// The terminal marks a paste (bracketed paste), so letters the animation would obey are
  /// typed at the prompt instead: "q = 3" does not quit.
  @Test func aBracketedPasteInTheAnimationIsTypedAtThePrompt() throws {
    let folder = try TutorInTmux.temporaryFolder("paste")
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = folder.appendingPathComponent("conv.py")
    try WorkspaceTmuxTests.snippet.joined(separator: "\n").write(
      to: script, atomically: true, encoding: .utf8)
    let session = try TutorInTmux.start("show \(script.path)")
    defer { session.finish() }
    let tmux = session.tmux
    try tmux.waitFor("Conv2d")
    try Self.paste("q = 3\nprint(q * 7)\n", in: tmux, bracketed: true)
    try tmux.waitFor(">>> print(q * 7)")
    try tmux.waitFor("21")
    // Quitting gives the shell a terminal that no longer marks pastes: pasted text is echoed
    // as it is, without the `ESC [ 200 ~` a marking terminal would send.
    try tmux.sendKeys("C-d")
    try session.expectRestored(status: 0)
    try Self.paste("after", in: tmux, bracketed: true)
    let screen = try tmux.waitFor("after")
    #expect(!screen.contains("200~"))
  }

  /// Pastes `text` as tmux pastes a buffer; `bracketed` marks it when the program asked.
  static func paste(_ text: String, in tmux: Tmux, bracketed: Bool) throws {
    let buffer = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-paste-\(UUID().uuidString)")
    try text.write(to: buffer, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: buffer) }
    _ = try tmux.tmux(["load-buffer", buffer.path])
    _ = try tmux.tmux(["paste-buffer", "-d", "-t", "main"] + (bracketed ? ["-p"] : []))
  }
}
