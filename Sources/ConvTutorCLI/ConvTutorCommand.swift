import ArgumentParser
import ConvPrompt
import Quiz
import TerminalText
import Workspace

/// `convtutor`: the command line of the tutor.
///
/// Without a subcommand it reads a script from standard input when that is not a terminal,
/// and offers a line prompt when it is.
public struct ConvTutorCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "convtutor",
    abstract: "An interactive terminal tutor for convolutional neural networks.",
    discussion: """
      Runs the course slides' PyTorch code and prints exactly what PyTorch prints. \
      On a terminal it opens the workspace: type the code at the prompt, and each layer call \
      is animated window by window. Try also: convtutor show script.py, convtutor run script.py, \
      or pipe a script: convtutor < script.py
      """,
    version: "convtutor 0.1.0",
    subcommands: [
      RunCommand.self, ShowCommand.self, OpenCommand.self, LessonsCommand.self,
      LessonCommand.self, QuizCommand.self, DrillCommand.self, ProgressCommand.self,
    ]
  )

  @Flag(name: .customLong("no-color"), help: "Draw without colours (also when NO_COLOR is set).")
  var noColor = false

  public init() {}

  /// Parses the arguments and runs the command, as ArgumentParser's `main()` does, except that
  /// its messages (help, usage and errors, which quote the arguments given) are written with
  /// control characters shown escaped: `convtutor $'\e]0;x\a'` cannot retitle the terminal
  /// through "Unexpected argument". The process is prepared first (`ProcessSetup`).
  public static func main() {
    ProcessSetup.prepare()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if !message.isEmpty {
        let text = TerminalEscaping.escaped(message) + "\n"
        if code == .success { Terminal.write(text) } else { Terminal.writeError(text) }
      }
      Terminal.exit(code.rawValue)
    }
  }

  public mutating func run() throws {
    if Terminal.isInteractive(Terminal.standardInput) {
      let verdict = WorkspaceLauncher.verdict()
      if verdict.isUsable {
        var program = WorkspaceProgram(usesColor: !noColor)
        if WorkspaceLauncher.run(&program, color: !noColor) { return }
      } else if let reason = verdict.reason {
        Terminal.writeError("convtutor: \(reason); using the line prompt instead\n")
      }
      LinePrompt().run()
    } else {
      switch Terminal.readScript("-") {
      case .success(let source):
        if !ScriptRunner().run(source: source, fileName: "<stdin>") { throw ExitCode.failure }
      case .failure(let problem):
        Terminal.writeError("convtutor: <stdin>: \(problem.message)\n")
        throw ExitCode.failure
      }
    }
  }
}
