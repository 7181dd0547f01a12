import TerminalUI
import Testing

@testable import Workspace

/// A paste (bracketed by the terminal) is typed at the prompt whatever has the focus: none of
/// its letters is taken as a key of the animation.
@Suite struct PasteTests {
  @Test func aPasteInTheAnimationGoesToThePromptAndRunsLineByLine() {
    var program = WorkspaceUpdateTests.workspace(typing: WorkspaceUpdateTests.slidesConvolution)
    #expect(program.focus == .animation)
    // Typed here, "q" would quit and "n", "p", "g" would move.
    _ = program.update(.paste("q = 3\nprint(q * 2)\ng = 1"))
    #expect(!program.isFinished)
    #expect(program.focus == .prompt)
    #expect(program.animation?.step == 0)
    let lines = program.transcript.lines.map(\.text).suffix(3)
    #expect(Array(lines) == [">>> q = 3", ">>> print(q * 2)", "6"])
    // The last line, without a line break after it, waits at the prompt.
    #expect(program.prompt.line == "g = 1")
  }

  @Test func aPastedLayerCallBecomesTheAnimation() {
    var program = WorkspaceProgram(usesColor: false)
    let script = WorkspaceUpdateTests.slidesConvolution.joined(separator: "\n") + "\n"
    _ = program.update(.paste(script))
    #expect(program.animation?.stepCount == 16)
    #expect(program.focus == .animation)
  }

  @Test func aPasteClosesTheHelpAndKeepsTabsAsSpaces() {
    var program = WorkspaceUpdateTests.workspace(typing: WorkspaceUpdateTests.slidesConvolution)
    _ = program.update(.key(.character("?")))
    #expect(program.overlay != nil)
    _ = program.update(.paste("x =\t1"))
    #expect(program.overlay == nil)
    #expect(program.prompt.line == "x = 1")
  }
}
