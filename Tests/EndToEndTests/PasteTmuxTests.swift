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
    let buffer = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-paste-\(UUID().uuidString)")
    try line.write(to: buffer, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: buffer) }
    _ = try tmux.tmux(["load-buffer", buffer.path])
    _ = try tmux.tmux(["paste-buffer", "-d", "-t", "main"])
    try tmux.sendKeys("Enter")
    try tmux.waitFor("4000", timeout: 30)
    // The line is kept whole: its end is in the transcript, after its start.
    let screen = try tmux.capture()
    #expect(screen.contains("1, 1]))"))
  }
}
