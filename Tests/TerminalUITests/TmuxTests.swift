import TestSupport
import Testing

/// The tmux helper itself, on a shell command (the workspace's end-to-end tests build on it).
@Suite struct TmuxTests {
  @Test(.enabled(if: Tmux.isAvailable))
  func capturesWhatACommandPrints() throws {
    let tmux = Tmux(rows: 20, columns: 60)
    try tmux.start("sh -c 'echo hello; sleep 5'")
    defer { tmux.kill() }
    let screen = try tmux.waitFor("hello")
    #expect(screen.split(separator: "\n").first == "hello")
    #expect(try tmux.display("#{alternate_on} #{pane_height} #{pane_width}") == "0 20 60")
    try tmux.resize(rows: 10, columns: 40)
    #expect(try tmux.display("#{pane_height} #{pane_width}") == "10 40")
  }

  @Test(.enabled(if: Tmux.isAvailable))
  func sendsKeysAndSeesTheEnvironment() throws {
    let tmux = Tmux()
    try tmux.start(
      "sh -c 'read line; echo \"got $line $GREETING\"; sleep 5'", environment: ["GREETING": "hi"])
    defer { tmux.kill() }
    try tmux.type("abc")
    try tmux.sendKeys("Enter")
    try tmux.waitFor("got abc hi")
  }

  @Test(.enabled(if: Tmux.isAvailable))
  func aMissingPatternTimesOut() throws {
    let tmux = Tmux()
    try tmux.start("sh -c 'echo something; sleep 5'")
    defer { tmux.kill() }
    #expect(throws: Tmux.Timeout.self) { try tmux.waitFor("never shown", timeout: 0.3) }
  }
}
