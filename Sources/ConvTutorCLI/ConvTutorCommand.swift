import ArgumentParser
import ConvPrompt

/// `convtutor`: the command line of the tutor.
///
/// Without a subcommand it reads a script from standard input when that is not a terminal,
/// and offers a line prompt when it is.
public struct ConvTutorCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "convtutor",
    abstract: "An interactive terminal tutor for convolutional neural networks.",
    discussion: """
      Runs the course slides' PyTorch code and prints exactly what PyTorch prints.
      Try: convtutor run script.py    or pipe a script:  convtutor < script.py
      """,
    version: "convtutor 0.1.0",
    subcommands: [RunCommand.self]
  )

  public init() {}

  public mutating func run() throws {
    if Terminal.isInteractive(Terminal.standardInput) {
      LinePrompt().run()
    } else {
      let succeeded = ScriptRunner().run(source: Terminal.readStandardInput(), fileName: "<stdin>")
      if !succeeded { throw ExitCode.failure }
    }
  }
}
