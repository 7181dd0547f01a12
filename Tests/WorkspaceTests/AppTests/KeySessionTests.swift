import Testing

@testable import TerminalUI
@testable import Workspace

/// Scripted key sessions: the workspace run by the real runner on the in-memory backend.
@Suite struct KeySessionTests {
  static func keys(_ text: String) -> [Event?] {
    text.map { .key(.character($0)) }
  }

  /// Runs the workspace on an in-memory terminal with `events`, then returns the backend.
  static func session(_ events: [Event?], rows: Int = 24, columns: Int = 80) -> InMemoryBackend {
    var program = WorkspaceProgram(usesColor: false)
    var runner = Runner(
      backend: InMemoryBackend(rows: rows, columns: columns, events: events), minimumSize: .standard
    )
    runner.run(&program) { _ in nil }
    return runner.backend
  }

  static let typeCall: [Event?] =
    keys("import torch; import torch.nn as nn") + [.key(.enter)]
    + keys("x = torch.arange(16.).reshape(1, 4, 4)") + [.key(.enter)]
    + keys("pool = nn.MaxPool2d(2)") + [.key(.enter)]
    + keys("pool(x)") + [.key(.enter)]

  @Test func typingACallShowsItsFirstStep() throws {
    let backend = Self.session(Self.typeCall + [.key(.character("q"))])
    let screen = try #require(backend.lastFrame).text
    #expect(screen.contains("MaxPool2d(kernel_size=2"))
    #expect(screen.contains("step 1 of 4"))
    #expect(screen.contains("❚❚ paused"))
    #expect(screen.contains(">>> pool(x)"))
    #expect(screen.contains("tensor([[[ 5.,  7.],"))
    #expect(backend.isShutDown)
  }

  @Test func steppingPlayingAndPausing() throws {
    let backend = Self.session(
      Self.typeCall + [
        .key(.right), .key(.right), .key(.left), .key(.character(" ")), .tick,
        .key(.character(" ")), .key(.character("q")),
      ])
    let titles = backend.frames.map { $0.lines().first ?? "" }
    #expect(titles.contains { $0.contains("step 2 of 4") && $0.contains("paused") })
    #expect(titles.contains { $0.contains("step 3 of 4") })
    #expect(titles.contains { $0.contains("step 2 of 4") && $0.contains("▶ playing") })
    #expect(titles.last?.contains("step 3 of 4") == true)
    #expect(titles.last?.contains("paused") == true)
  }

  @Test func tooSmallSaysSoAndRecovers() throws {
    let backend = Self.session(
      [.resize(rows: 20, columns: 70), .resize(rows: 24, columns: 80), .key(.control("d"))],
      rows: 24, columns: 80)
    let texts = backend.frames.map(\.text)
    #expect(texts.contains { $0.contains("terminal too small: need 80×24, have 70×20") })
    #expect(texts.last?.contains("convtutor") == true)
    #expect(texts.last?.contains("too small") == false)
  }

  @Test func helpOverlayListsTheKeys() throws {
    let backend = Self.session(Self.typeCall + [.key(.character("?")), nil, .key(.character("q"))])
    let withHelp = try #require(backend.frames.first { $0.text.contains("Keys") }).text
    #expect(withHelp.contains("step forward"))
    #expect(withHelp.contains("Ctrl-C quits anywhere"))
  }

  @Test func endOfInputEndsTheSession() {
    let backend = Self.session([.inputClosed])
    #expect(backend.isShutDown)
  }
}
