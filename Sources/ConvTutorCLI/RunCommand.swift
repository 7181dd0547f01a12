import ArgumentParser
import ConvPrompt
import TerminalText

/// `convtutor run FILE…`: runs scripts notebook-style, echoing bare expressions.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run PyTorch scripts notebook-style and print what PyTorch prints.",
    discussion: """
      Each file runs in a fresh session; a bare expression prints its value as a notebook \
      echoes it. '-' reads the script from standard input. The first error stops the run \
      with exit status 1.
      """
  )

  @Argument(help: "The scripts to run ('-' for standard input).")
  var files: [String]

  func validate() throws {
    if files.isEmpty { throw ValidationError("Give at least one script to run, or '-'.") }
  }

  func run() throws {
    let runner = ScriptRunner()
    for file in files {
      let name = file == "-" ? "<stdin>" : file
      let source: String
      switch Terminal.readScript(file) {
      case .success(let text): source = text
      case .failure(let problem):
        Terminal.writeError("convtutor: \(TerminalEscaping.escaped(name)): \(problem.message)\n")
        throw ExitCode.failure
      }
      guard runner.run(source: source, fileName: name) else { throw ExitCode.failure }
    }
  }
}
