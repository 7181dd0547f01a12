import Foundation
import TestSupport
import Testing

/// The workspace end to end: the built binary in a real terminal (tmux), driven by keys.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux"))
struct WorkspaceTmuxTests {
  /// Starts `convtutor ARGUMENTS` in tmux; when it ends, the shell records the terminal's
  /// settings in a file and waits, so the test can check the terminal was given back.
  static func start(
    _ arguments: String = "", rows: Int = 30, columns: Int = 100,
    environment: [String: String] = [:]
  )
    throws -> (Tmux, URL)
  {
    let tmux = Tmux(rows: rows, columns: columns)
    let settings = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-stty-\(UUID().uuidString)")
    var environment = environment
    environment["SWIFT_BACKTRACE"] = "interactive=no"
    // The variables go on the program's own command line, after tmux has set TERM for its
    // pane (the keys tmux sends match that TERM, so tests keep it unless they test it). The
    // shell traps SIGINT (rather than ignoring it, which the program would inherit) so that
    // it outlives a Ctrl-C and can record the terminal's settings.
    let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      .joined(separator: " ")
    let command =
      "sh -c 'trap true INT; env \(assignments) \(BuiltBinary.url.path) \(arguments); "
      + "echo exit=$? > \(settings.path); stty -a >> \(settings.path); sleep 30'"
    try tmux.start(command)
    return (tmux, settings)
  }

  /// Waits for the program to end and returns the terminal settings the shell saw then.
  static func settingsAfterExit(_ file: URL, timeout: Double = 10) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let text = try? String(contentsOf: file, encoding: .utf8), text.contains("speed") {
        try? FileManager.default.removeItem(at: file)
        return text
      }
      usleep(50_000)
    }
    throw Tmux.Timeout(waitingFor: "the program to exit", screen: "")
  }

  static func expectRestored(_ tmux: Tmux, _ settings: String) throws {
    // Echo and canonical input back on (no "-echo"/"-icanon"), main screen, cursor visible.
    #expect(settings.contains("exit=0"))
    #expect(
      settings.contains(" echo ") || settings.contains(" echo\n") || settings.hasSuffix(" echo"))
    #expect(!settings.contains("-echo "))
    #expect(!settings.contains("-icanon"))
    #expect(try tmux.display("#{alternate_on} #{cursor_flag}") == "0 1")
  }

  static let snippet = [
    "import torch",
    "import torch.nn as nn",
    "input = torch.tensor([[[2., 2., 1., 4., 1., 0.], [0., 4., 0., 3., 3., 4.], [0., 4., 1., 2., 0., 0.], [2., 1., 4., 1., 3., 1.], [4., 3., 1., 4., 2., 4.], [2., 0., 0., 4., 3., 4.]]])",
    "conv_layer = nn.Conv2d(in_channels=1, out_channels=1, kernel_size=3, bias=False)",
    "conv_layer.weight.data = torch.tensor([[[[1., 1., 0.], [1., 1., 0.], [1., 0., 1.]]]])",
    "output = conv_layer(input)",
  ]

  @Test func slidesSnippetAnimatedStepPlayResizeQuit() throws {
    let (tmux, settings) = try Self.start()
    defer { tmux.kill() }
    try tmux.waitFor(">>>")
    for line in Self.snippet {
      try tmux.type(line)
      try tmux.sendKeys("Enter")
    }
    // The call is animated at once, focus on the animation: the first window sums to 9.
    try tmux.waitFor("step 1 of 16")
    var screen = try tmux.waitFor("= 9")
    // The first window and the first output cell, bracketed in the grids.
    #expect(screen.contains("[2 2 1]"))
    #expect(screen.contains("[9]"))
    try tmux.sendKeys("Right")
    try tmux.waitFor("step 2 of 16")
    screen = try tmux.waitFor("= 13")
    #expect(screen.contains("[13]"))
    try tmux.sendKeys("Left")
    try tmux.waitFor("step 1 of 16")
    try tmux.sendKeys("End")
    try tmux.waitFor("step 16 of 16")
    screen = try tmux.waitFor("= 18")
    // The slides' 4×4 output, complete.
    for row in ["9 13  9 13", "14 11 13 10", "12 17 11 14", "12 13 13"] {
      #expect(screen.contains(row), "\(row)")
    }
    // Play at the fastest speed, then pause.
    try tmux.sendKeys("Home", "+", "+", "+", "Space")
    try tmux.waitFor("playing")
    try tmux.waitFor("step 3 of 16")
    try tmux.sendKeys("Space")
    try tmux.waitFor("paused")
    // Too small, then large enough again.
    try tmux.resize(rows: 20, columns: 70)
    try tmux.waitFor("terminal too small: need 80×24, have 70×20")
    try tmux.resize(rows: 30, columns: 100)
    try tmux.waitFor("paused")
    try tmux.sendKeys("q")
    let after = try Self.settingsAfterExit(settings)
    try Self.expectRestored(tmux, after)
  }

  @Test func controlCRestoresTheTerminal() throws {
    let (tmux, settings) = try Self.start()
    defer { tmux.kill() }
    try tmux.waitFor(">>>")
    try tmux.type("x = 1")
    try tmux.sendKeys("C-c")
    let after = try Self.settingsAfterExit(settings)
    #expect(!after.contains("-echo "))
    #expect(!after.contains("-icanon"))
    #expect(try tmux.display("#{alternate_on} #{cursor_flag}") == "0 1")
  }

  @Test(arguments: ["TERM", "HUP"])
  func signalsRestoreTheTerminal(_ signal: String) throws {
    let (tmux, settings) = try Self.start()
    defer { tmux.kill() }
    try tmux.waitFor(">>>")
    try tmux.type("import torch")
    // The pane runs `sh`, whose child is convtutor.
    let shell = try tmux.display("#{pane_pid}")
    _ = try Spawn.run(["pkill", "-\(signal)", "-P", shell])
    let after = try Self.settingsAfterExit(settings)
    #expect(!after.contains("-echo "))
    #expect(!after.contains("-icanon"))
    #expect(try tmux.display("#{alternate_on} #{cursor_flag}") == "0 1")
  }

  @Test func noColorStillReads() throws {
    let (tmux, settings) = try Self.start("--no-color")
    defer { tmux.kill() }
    try tmux.waitFor(">>>")
    for line in Self.snippet {
      try tmux.type(line)
      try tmux.sendKeys("Enter")
    }
    try tmux.waitFor("step 1 of 16")
    let styled = try tmux.capture(escapes: true)
    // No colour codes (30–37, 40–47, 38;5, 48;5), yet the current window is marked.
    #expect(!styled.contains("[3") || !styled.contains(";5;"))
    #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m"))
    try tmux.sendKeys("q")
    _ = try Self.settingsAfterExit(settings)
  }

  @Test func dumbTerminalFallsBackToTheLinePrompt() throws {
    let (tmux, settings) = try Self.start(environment: ["TERM": "dumb"])
    defer { tmux.kill() }
    try tmux.waitFor("using the line prompt instead")
    try tmux.type("1 + 2")
    try tmux.sendKeys("Enter")
    try tmux.waitFor("3")
    try tmux.sendKeys("C-d")
    _ = try Self.settingsAfterExit(settings)
  }
}

/// Every slides snippet shown in the workspace, in colour and without: the first and last
/// steps are reachable and the call's output is the one PyTorch printed.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux"))
struct SnippetWorkspaceTmuxTests {
  static let snippets = [
    "01-conv-no-bias", "02-conv-bias", "03-conv-2x3-kernel", "04-padding-same",
    "05-padding-tuple", "06-stride", "07-stride-padding", "08-maxpool", "09-maxpool-stride",
    "10-maxpool1d", "11-avgpool", "12-avgpool1d", "13-flatten",
  ]

  /// The step count of a snippet's call and its last step's arithmetic, from plain mode.
  static func plainFacts(_ name: String) throws -> (count: Int, lastResult: String) {
    let path = BuiltBinary.snippets.appendingPathComponent("\(name).py").path
    let plain = try BuiltBinary.run(["show", path, "--plain"]).standardOutput
    let headings = plain.split(separator: "\n").filter { $0.hasPrefix("Step ") }
    let last = try #require(headings.last)
    let count = try #require(Int(last.split(separator: " ")[3]))
    let lines = plain.split(separator: "\n")
    let arithmetic = try #require(lines.last { $0.contains(" = ") && !$0.contains("⌊") })
    return (
      count, String(arithmetic.split(separator: "=").last!.trimmingCharacters(in: .whitespaces))
    )
  }

  @Test(arguments: snippets, [false, true])
  func snippetStepsToItsEnd(_ name: String, noColor: Bool) throws {
    let facts = try Self.plainFacts(name)
    let path = BuiltBinary.snippets.appendingPathComponent("\(name).py").path
    let (tmux, settings) = try WorkspaceTmuxTests.start(
      "show \(path)\(noColor ? " --no-color" : "")", rows: 30, columns: 100)
    defer { tmux.kill() }
    try tmux.waitFor("step 1 of \(facts.count) ")
    try tmux.sendKeys("End")
    try tmux.waitFor("step \(facts.count) of \(facts.count) ")
    // The frame may still be arriving: wait for its arithmetic too.
    try tmux.waitFor("= \(facts.lastResult)")
    try tmux.sendKeys("q")
    let after = try WorkspaceTmuxTests.settingsAfterExit(settings)
    try WorkspaceTmuxTests.expectRestored(tmux, after)
  }
}

/// A lesson end to end: `convtutor open exercise-2`, stepped through in a real terminal.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux"))
struct LessonTmuxTests {
  /// Presses Ctrl-N until `pattern` shows, at most `limit` times.
  @discardableResult
  static func pressNext(until pattern: String, in tmux: Tmux, limit: Int = 6) throws -> String {
    for _ in 0..<limit {
      if let screen = try? tmux.waitFor(pattern, timeout: 0.5) { return screen }
      // Ctrl-N works from either focus (a quiz step puts the focus at the prompt).
      try tmux.sendKeys("C-n")
    }
    return try tmux.waitFor(pattern)
  }

  @Test func exerciseTwoStepsThroughItsOperations() throws {
    let (tmux, settings) = try WorkspaceTmuxTests.start("open exercise-2", rows: 30, columns: 100)
    defer { tmux.kill() }
    try tmux.waitFor("Exercise 2")
    try tmux.waitFor("step 1 of 5")
    // The first operation (padding 1, stride 1, bias 2) is a quiz: the shape, then the rows.
    try Self.pressNext(until: "What is the shape of the output?", in: tmux)
    try tmux.type("5x3")
    try tmux.sendKeys("Enter")
    try tmux.waitFor("padded 7×5")
    try tmux.waitFor("[?]")
    for row in ["11 13 12", "15 18 13", "14 14 11", "9 17 8", "7 15 6"] {
      try tmux.type(row)
      try tmux.sendKeys("Enter")
    }
    try tmux.waitFor("16 of 16 right at the first try")
    // The whole output is on screen, with the erratum about the slide's value for the cell.
    try tmux.waitFor("the slide prints 4")
    // Then the same layer with stride 2.
    try Self.pressNext(until: "stride=(2, 2)", in: tmux)
    try tmux.sendKeys("Tab")
    try tmux.sendKeys("q")
    let after = try WorkspaceTmuxTests.settingsAfterExit(settings)
    try WorkspaceTmuxTests.expectRestored(tmux, after)
  }
}

/// Exercise 1 as a quiz in a real terminal: a named mistake, a hint, the score, progress saved.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux"))
struct QuizTmuxTests {
  @Test func exerciseOneQuizToTheScore() throws {
    let data = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-xdg-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: data) }
    let (tmux, settings) = try WorkspaceTmuxTests.start(
      "open 1", rows: 30, columns: 100, environment: ["XDG_DATA_HOME": data.path])
    defer { tmux.kill() }
    try tmux.waitFor("Exercise 1")
    try LessonTmuxTests.pressNext(until: "What is the shape of the output?", in: tmux)
    for answer in ["2x4", "5", "?", "4", "7 5 8", "4 8 4 8"] {
      try tmux.type(answer)
      try tmux.sendKeys("Enter")
      if answer == "5" { try tmux.waitFor("does not cover") }
      // The tutor's rule is the first hint.
      if answer == "?" { try tmux.waitFor("Hint 1 of 6: A window is the 3×3 patch") }
    }
    try tmux.waitFor("of 9 right at the first try")
    try tmux.sendKeys("Tab", "q")
    let after = try WorkspaceTmuxTests.settingsAfterExit(settings)
    try WorkspaceTmuxTests.expectRestored(tmux, after)
    // The quiz is recorded in the progress database.
    let reviews = try TutorInTmux.reviews(inData: data)
    #expect(reviews.map { $0["lessonId"] as? String } == ["exercise-1"])
    #expect(reviews.first?["finished"] as? Bool == true)
  }
}
