import ArgumentParser
import Testing

@testable import ConvTutorCLI

/// The command lines run without the argument parser become what ArgumentParser makes of
/// them, and every other command line is left to it.
@Suite struct PlainCommandLineTests {
  @Test func noArgumentsAreTheWorkspaceCommandAsArgumentParserMakesIt() throws {
    guard case .command(let plain)? = PlainCommandLine.request(for: []) else {
      Issue.record("no arguments were left to the parser")
      return
    }
    let parsed = try ConvTutorCommand.parseAsRoot([])
    let command = try #require(plain as? ConvTutorCommand)
    #expect(command.noColor == (try #require(parsed as? ConvTutorCommand)).noColor)
  }

  @Test func versionIsTheLineArgumentParserPrints() {
    guard case .version? = PlainCommandLine.request(for: ["--version"]) else {
      Issue.record("--version was left to the parser")
      return
    }
    do {
      _ = try ConvTutorCommand.parseAsRoot(["--version"])
      Issue.record("ArgumentParser made a command of --version")
    } catch {
      #expect(ConvTutorCommand.fullMessage(for: error) == ConvTutorCommand.configuration.version)
      #expect(ConvTutorCommand.exitCode(for: error) == .success)
    }
  }

  @Test(arguments: [
    ["run", "conv.py"], ["run", "conv.py", "pool.py"], ["run", "-"], ["run", "a b/c-d.py"],
    ["run", "ünïcode.py", "-"], ["run", "run"],
  ])
  func scriptsToRunAreTheOnesArgumentParserReads(arguments: [String]) throws {
    guard case .command(let plain)? = PlainCommandLine.request(for: arguments) else {
      Issue.record("\(arguments) was left to the parser")
      return
    }
    let parsed = try #require(try ConvTutorCommand.parseAsRoot(arguments) as? RunCommand)
    let command = try #require(plain as? RunCommand)
    #expect(command.files == parsed.files)
    #expect(command.files == Array(arguments.dropFirst()))
  }

  @Test(arguments: [
    ["run"], ["run", "--help"], ["run", "-h"], ["run", "--", "conv.py"], ["run", "-x.py"],
    ["run", ""], ["run", "conv.py", "--no-color"], ["--no-color"], ["--help"], ["-h"],
    ["--version", "run"], ["run", "--version"], ["help"], ["show", "conv.py"], ["lessons"],
    ["conv.py"],
  ])
  func everythingElseIsLeftToArgumentParser(arguments: [String]) {
    #expect(PlainCommandLine.request(for: arguments) == nil, "\(arguments)")
  }
}
