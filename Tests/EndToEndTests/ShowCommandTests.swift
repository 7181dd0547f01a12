import Foundation
import TestSupport
import Testing

/// `convtutor show`: the plain text of every step, and the workspace on a script's last call.
@Suite struct ShowCommandTests {
  static func snippet(_ name: String) -> String {
    BuiltBinary.snippets.appendingPathComponent("\(name).py").path
  }

  @Test func plainModePrintsEveryStep() throws {
    let result = try BuiltBinary.run(["show", Self.snippet("02-conv-bias"), "--plain"])
    #expect(result.status == 0)
    let text = result.standardOutput
    #expect(text.hasPrefix("Conv2d(1, 1, kernel_size=(3, 3), stride=(1, 1))\n"))
    #expect(text.contains("Step 1 of 16 — output[0, 0, 0]\n"))
    #expect(text.contains("2×1 + 2×1 + 1×0 + 0×1 + 4×1 + 0×0 + 0×1 + 4×0 + 1×1 + 1 (bias) = 10\n"))
    #expect(text.contains("Step 16 of 16"))
    #expect(
      text.hasSuffix("output 4×4:\n  10 14 10 14\n  15 12 14 11\n  13 18 12 15\n  13 14 14 19\n"))
    #expect(!text.contains("\u{1B}"))
  }

  @Test func withoutATerminalShowIsPlain() throws {
    // Standard output is a file here, not a terminal: the same text as --plain.
    let automatic = try BuiltBinary.run(["show", Self.snippet("08-maxpool")])
    let plain = try BuiltBinary.run(["show", Self.snippet("08-maxpool"), "--plain"])
    #expect(automatic.standardOutput == plain.standardOutput)
    #expect(automatic.standardOutput.contains("max("))
  }

  @Test func aChainIsShownStageAfterStage() throws {
    let script = """
      import torch
      import torch.nn as nn
      x = torch.tensor([[[2., 4., 2.], [1., 3., 2.], [3., 2., 1.], [0., 0., 1.], [0., 0., 1.]]])
      conv = nn.Conv2d(1, 1, kernel_size=(3, 2))
      conv.weight.data = torch.tensor([[[[1., 1.], [1., 0.], [0., 0.]]]])
      conv.bias.data = torch.tensor([1.])
      pool = nn.MaxPool2d(kernel_size=(1, 2))
      pool(conv(x))
      """
    let result = try BuiltBinary.run(["show", "-", "--plain"], input: script)
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("= 8"))
    #expect(
      result.standardOutput.contains("max(8, [10]) = 10") || result.standardOutput.contains("= 10"))
    #expect(result.standardOutput.hasSuffix("  10\n   8\n   6\n"))
  }

  @Test func aScriptWithoutALayerCallIsAClearError() throws {
    let result = try BuiltBinary.run(["show", "-"], input: "import torch\nx = torch.ones(2)\n")
    #expect(result.status == 1)
    #expect(result.standardError.contains("calls no layer"))
  }

  @Test func aBrokenScriptShowsItsError() throws {
    let result = try BuiltBinary.run(["show", "-"], input: "import torch\nx = torch.ones(2\n")
    #expect(result.status == 1)
    #expect(result.standardError.hasPrefix("<stdin>:2:15: error: '(' was never closed"))
  }
}

/// Lessons from the command line, also with the binary copied elsewhere.
@Suite struct LessonShowTests {
  @Test func showAnExercisePlainPrintsTheWholeLesson() throws {
    let result = try BuiltBinary.run(["show", "5", "--plain"])
    #expect(result.status == 0)
    let text = result.standardOutput
    #expect(text.hasPrefix("Exercise 5"))
    #expect(text.contains("the slide prints 297"))
    #expect(!text.contains("\u{1B}"))
  }

  @Test func lessonsAreInsideTheBinary() throws {
    // A copy of the binary in an empty folder, run from there: the lessons come along.
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-copy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("out").path
    // The shell copies the binary itself: a copy written by this (multi-threaded) process could
    // be held open by another test's child and refuse to run ("text file busy").
    let command =
      "cp '\(BuiltBinary.url.path)' '\(folder.path)/' && cd '\(folder.path)' "
      + "&& ./convtutor lessons > '\(output)'"
    let (status, _) = try Spawn.run(["sh", "-c", command])
    let text = try String(contentsOfFile: output, encoding: .utf8)
    #expect(status == .exited(0))
    #expect(text.contains("exercise-5"))
    #expect(text.contains("convolution"))
  }
}
