import Foundation
import Testing

/// `convtutor run`, driven as a user drives it: the built binary, real files, real pipes.
@Suite struct RunCommandTests {
  static let snippetNames: [String] = {
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: BuiltBinary.snippets.path)) ?? []
    return names.filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
  }()

  static func expected(_ name: String) throws -> String {
    let printed = try String(
      contentsOf: BuiltBinary.snippets.appendingPathComponent("\(name).out"), encoding: .utf8)
    return printed.replacingOccurrences(
      of: #", grad_fn=<[A-Za-z0-9]+>\)"#, with: ")", options: .regularExpression)
  }

  @Test(arguments: snippetNames)
  func runPrintsWhatPyTorchPrints(_ name: String) throws {
    let path = BuiltBinary.snippets.appendingPathComponent("\(name).py").path
    let result = try BuiltBinary.run(["run", path])
    #expect(result.standardError == "")
    #expect(result.status == 0)
    #expect(result.standardOutput == (try Self.expected(name)))
  }

  @Test func runDashAndPipedStandardInputReadTheScript() throws {
    let script = try String(
      contentsOf: BuiltBinary.snippets.appendingPathComponent("08-maxpool.py"), encoding: .utf8)
    let viaDash = try BuiltBinary.run(["run", "-"], input: script)
    let viaPipe = try BuiltBinary.run([], input: script)
    #expect(viaDash.standardOutput == (try Self.expected("08-maxpool")))
    #expect(viaPipe.standardOutput == viaDash.standardOutput)
    #expect(viaDash.status == 0 && viaPipe.status == 0)
  }

  @Test func anErrorStopsTheRunWithItsPlace() throws {
    let script =
      "import torch\nprint('before')\nx = torch.zeros(2, 3)\ny = x.view(4)\nprint('after')\n"
    let result = try BuiltBinary.run(["run", "-"], input: script)
    #expect(result.status == 1)
    #expect(result.standardOutput == "before\n")
    #expect(
      result.standardError == """
        <stdin>:4:5: error: shape '[4]' is invalid for input of size 6
        y = x.view(4)
            ^~~~~~~~~

        """)
  }

  @Test func aMissingFileIsAClearError() throws {
    let result = try BuiltBinary.run(["run", "/nonexistent/script.py"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("/nonexistent/script.py: No such file or directory"))
  }

  @Test func controlCharactersFromAScriptAreShownEscaped() throws {
    let result = try BuiltBinary.run(["run", "-"], input: "print('\\x1b]52;c;aGk=\\x07 bell')\n")
    #expect(result.standardOutput == "\\e]52;c;aGk=\\x07 bell\n")
    #expect(!result.standardOutput.contains("\u{1B}"))
  }

  /// Reading stops past the limit: `run - < /dev/zero` would otherwise read forever.
  @Test func endlessOrHugeInputIsRefusedAtTheLimit() throws {
    let zero = try BuiltBinary.run(["run", "/dev/zero"])
    #expect(zero.status == 1)
    #expect(
      zero.standardError
        == "convtutor: /dev/zero: larger than 1 MiB, over convtutor's limit for scripts\n")
    let huge = String(repeating: "x = 1\n", count: 200_000)
    for arguments in [["run", "-"], ["show", "-"], []] {
      let result = try BuiltBinary.run(arguments, input: huge)
      #expect(result.status == 1, "\(arguments)")
      #expect(
        result.standardError
          == "convtutor: <stdin>: larger than 1 MiB, over convtutor's limit for scripts\n",
        "\(arguments)")
    }
  }

  @Test func helpAndVersion() throws {
    let help = try BuiltBinary.run(["--help"])
    #expect(help.status == 0)
    #expect(help.standardOutput.contains("USAGE: convtutor"))
    #expect(help.standardOutput.contains("run"))
    let version = try BuiltBinary.run(["--version"])
    #expect(version.standardOutput == "convtutor 0.1.0\n")
  }
}
