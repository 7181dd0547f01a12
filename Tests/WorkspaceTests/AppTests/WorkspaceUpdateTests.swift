import ConvCore
import TerminalUI
import Testing

@testable import Workspace

/// Pure update tests: events in, state out. No terminal, no sleeping.
@Suite struct WorkspaceUpdateTests {
  /// A workspace after typing `lines` at the prompt, each followed by Enter.
  static func workspace(typing lines: [String]) -> WorkspaceProgram {
    var program = WorkspaceProgram(usesColor: false)
    for line in lines { program.type(line) }
    return program
  }

  static let slidesConvolution = [
    "import torch", "import torch.nn as nn",
    "input = torch.tensor([[[2., 2., 1., 4., 1., 0.], [0., 4., 0., 3., 3., 4.], [0., 4., 1., 2., 0., 0.], [2., 1., 4., 1., 3., 1.], [4., 3., 1., 4., 2., 4.], [2., 0., 0., 4., 3., 4.]]])",
    "conv_layer = nn.Conv2d(in_channels=1, out_channels=1, kernel_size=3, bias=False)",
    "conv_layer.weight.data = torch.tensor([[[[1., 1., 0.], [1., 1., 0.], [1., 0., 1.]]]])",
    "output = conv_layer(input)",
  ]

  @Test func startsAtThePromptWithNothingToAnimate() {
    let program = WorkspaceProgram(usesColor: false)
    #expect(program.focus == .prompt)
    #expect(program.animation == nil)
    #expect(!program.isFinished)
  }

  @Test func aLayerCallBecomesTheAnimationAndTakesTheFocus() {
    let program = Self.workspace(typing: Self.slidesConvolution)
    #expect(program.focus == .animation)
    #expect(program.animation?.stepCount == 16)
    #expect(program.animation?.step == 0)
    #expect(program.animation?.chain.stages[0].output.scalars.prefix(4) == [9, 13, 9, 13])
  }

  @Test func arrowsStepForwardAndBack() {
    var program = Self.workspace(typing: Self.slidesConvolution)
    for key: Key in [.right, .character("l"), .enter] { _ = program.update(.key(key)) }
    #expect(program.animation?.step == 3)
    for key: Key in [.left, .character("h")] { _ = program.update(.key(key)) }
    #expect(program.animation?.step == 1)
    _ = program.update(.key(.end))
    #expect(program.animation?.step == 15)
    _ = program.update(.key(.right))
    #expect(program.animation?.step == 15)
    _ = program.update(.key(.home))
    #expect(program.animation?.step == 0)
    _ = program.update(.key(.left))
    #expect(program.animation?.step == 0)
  }

  @Test func spacePlaysOnTicksAndPauses() {
    var program = Self.workspace(typing: Self.slidesConvolution)
    #expect(program.tickInterval == nil)
    _ = program.update(.key(.character(" ")))
    #expect(program.animation?.isPlaying == true)
    #expect(program.tickInterval == 1000)
    for _ in 0..<3 { _ = program.update(.tick) }
    #expect(program.animation?.step == 3)
    _ = program.update(.key(.character(" ")))
    #expect(program.tickInterval == nil)
    _ = program.update(.tick)
    #expect(program.animation?.step == 3)
  }

  @Test func playingStopsAtTheLastStepAndRestartsFromTheFirst() {
    var program = Self.workspace(typing: Self.slidesConvolution)
    _ = program.update(.key(.character(" ")))
    for _ in 0..<20 { _ = program.update(.tick) }
    #expect(program.animation?.step == 15)
    #expect(program.animation?.isPlaying == false)
    _ = program.update(.key(.character(" ")))
    #expect(program.animation?.step == 0)
    #expect(program.animation?.isPlaying == true)
  }

  @Test func speedsGoFromTwoSecondsToAQuarter() {
    var program = Self.workspace(typing: Self.slidesConvolution)
    _ = program.update(.key(.character(" ")))
    var intervals: [Int?] = []
    for _ in 0..<5 {
      _ = program.update(.key(.character("-")))
    }
    intervals.append(program.tickInterval)
    for _ in 0..<5 {
      _ = program.update(.key(.character("+")))
      intervals.append(program.tickInterval)
    }
    #expect(intervals == [2000, 1000, 500, 350, 250, 250])
  }

  @Test func goToAnOutputCell() {
    var program = Self.workspace(typing: Self.slidesConvolution)
    for key: Key in [
      .character("g"), .character("2"), .character(","), .character(" "), .character("3"), .enter,
    ] {
      _ = program.update(.key(key))
    }
    #expect(program.overlay == nil)
    #expect(program.animation?.step == 2 * 4 + 3)
    for key: Key in [.character("g"), .character("9"), .character(","), .character("9"), .enter] {
      _ = program.update(.key(key))
    }
    #expect(program.animation?.step == 11)
    #expect(program.status?.contains("(9, 9)") == true)
  }

  @Test func helpOpensOnQuestionMarkAndAnyKeyClosesIt() {
    var program = Self.workspace(typing: Self.slidesConvolution)
    _ = program.update(.key(.character("?")))
    #expect(program.overlay == .help)
    _ = program.update(.key(.right))
    #expect(program.overlay == nil)
    #expect(program.animation?.step == 0)
  }

  @Test func tabAndColonMoveBetweenFocuses() {
    var program = Self.workspace(typing: Self.slidesConvolution)
    _ = program.update(.key(.tab))
    #expect(program.focus == .prompt)
    _ = program.update(.key(.escape))
    #expect(program.focus == .animation)
    _ = program.update(.key(.character(":")))
    #expect(program.focus == .prompt)
    // At the prompt, keys type: `l` is a letter, not a step.
    _ = program.update(.key(.character("l")))
    #expect(program.prompt.line == "l")
    #expect(program.animation?.step == 0)
  }

  @Test func promptEditingAndHistory() {
    var program = WorkspaceProgram(usesColor: false)
    program.type("1 + 1")
    program.type("2 * 3")
    #expect(program.transcript.lines.map(\.text) == [">>> 1 + 1", "2", ">>> 2 * 3", "6"])
    _ = program.update(.key(.up))
    #expect(program.prompt.line == "2 * 3")
    _ = program.update(.key(.up))
    _ = program.update(.key(.up))
    #expect(program.prompt.line == "1 + 1")
    _ = program.update(.key(.down))
    _ = program.update(.key(.down))
    #expect(program.prompt.line == "")
    for key: Key in [
      .character("a"), .character("c"), .left, .character("b"), .home, .character("["), .end,
      .character("]"),
    ] {
      _ = program.update(.key(key))
    }
    #expect(program.prompt.line == "[abc]")
    _ = program.update(.key(.backspace))
    _ = program.update(.key(.control("u")))
    #expect(program.prompt.isEmpty)
  }

  @Test func errorsShowWithTheirCaretAndTheSessionGoesOn() {
    let program = Self.workspace(typing: ["import torch", "torch.zeros(2).view(3)", "1 + 1"])
    #expect(!program.isFinished)
    let errors = program.transcript.lines.filter { $0.kind == .error }.map(\.text)
    #expect(
      errors == [
        "<prompt>:1:1: error: shape '[3]' is invalid for input of size 2",
        "torch.zeros(2).view(3)",
        "^~~~~~~~~~~~~~~~~~~~~~",
      ])
    #expect(program.transcript.lines.last?.text == "2")
  }

  @Test func statementsContinueInsideOpenBrackets() {
    var program = WorkspaceProgram(usesColor: false)
    program.type("x = (1,")
    #expect(program.pendingSource == "x = (1,")
    program.type(" 2)")
    program.type("x")
    #expect(program.transcript.lines.map(\.text) == [">>> x = (1,", "...  2)", ">>> x", "(1, 2)"])
  }

  @Test func aChainIsAnimatedStageAfterStage() {
    var program = Self.workspace(typing: [
      "import torch", "import torch.nn as nn",
      "x = torch.ones(1, 5, 3)", "conv = nn.Conv2d(1, 1, kernel_size=(3, 2))",
      "pool = nn.MaxPool2d(kernel_size=(1, 2))", "y = pool(conv(x))",
    ])
    #expect(program.animation?.chain.stages.count == 2)
    #expect(program.animation?.stepCount == 6 + 3)
    _ = program.update(.key(.end))
    #expect(program.animation?.location.stage == 1)
  }

  @Test func quitting() {
    var animation = Self.workspace(typing: Self.slidesConvolution)
    _ = animation.update(.key(.character("q")))
    #expect(animation.isFinished)

    var prompt = WorkspaceProgram(usesColor: false)
    _ = prompt.update(.key(.character("q")))
    #expect(!prompt.isFinished)
    _ = prompt.update(.key(.control("d")))
    #expect(!prompt.isFinished)
    _ = prompt.update(.key(.control("u")))
    _ = prompt.update(.key(.control("d")))
    #expect(prompt.isFinished)

    var interrupted = WorkspaceProgram(usesColor: false)
    _ = interrupted.update(.key(.control("c")))
    #expect(interrupted.isFinished)
  }

  @Test func animationKeysWithNothingToAnimateSaySo() {
    var program = WorkspaceProgram(usesColor: false)
    _ = program.update(.key(.tab))
    _ = program.update(.key(.right))
    #expect(program.status?.contains("nothing to animate") == true)
  }
}

extension WorkspaceProgram {
  /// Types `line` at the prompt and presses Enter.
  mutating func type(_ line: String) {
    if focus != .prompt { _ = update(.key(.tab)) }
    for character in line { _ = update(.key(.character(character))) }
    _ = update(.key(.enter))
  }
}

/// Typing in the animation: a character that is not a key of the animation goes to the prompt.
@Suite struct TypingIntoTheAnimationTests {
  @Test func otherCharactersStartALineAtThePrompt() {
    var program = WorkspaceUpdateTests.workspace(typing: WorkspaceUpdateTests.slidesConvolution)
    #expect(program.focus == .animation)
    for character in "output" { _ = program.update(.key(.character(character))) }
    #expect(program.focus == .prompt)
    #expect(program.prompt.line == "output")
    #expect(program.animation?.step == 0)
  }
}
