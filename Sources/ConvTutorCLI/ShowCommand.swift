import ArgumentParser
import ConvCore
import ConvPrompt
import Lessons
import Quiz
import TerminalText
import Workspace

/// `convtutor show FILE.py`: opens the workspace on the script's last layer call; `show ID` or
/// `show LESSON.yaml` shows a lesson.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Animate the last layer call of a script, step by step.",
    discussion: """
      Runs the script, then opens the workspace on its last layer call (a chain such as \
      pool(conv(x)) is shown stage after stage). With --plain, or when standard output is not \
      a terminal, every step is printed as text instead. Given a lesson file (*.yaml) or a \
      lesson's id, shows the whole lesson (with --plain: narration, every step, hints, errata).
      """
  )

  @Argument(help: "A script ('-' for standard input), a lesson file (*.yaml), or a lesson's id.")
  var file: String

  @Option(name: .customLong("lessons"), help: "A folder of lesson files to add.")
  var folder: String?

  @Flag(help: "Print every step as plain text instead of opening the workspace.")
  var plain = false

  @Flag(name: .customLong("no-color"), help: "Draw without colours (also when NO_COLOR is set).")
  var noColor = false

  func run() throws {
    // A lesson file, or a lesson's id (not a file): the whole lesson.
    let isLesson =
      LessonLibrary.namesLessonFile(file)
      || (!Terminal.fileExists(atPath: file) && !file.hasSuffix(".py"))
    if file != "-", isLesson {
      let (lesson, catalog) = try LessonArgument.resolve(file, folder: folder).parts
      if plain || !WorkspaceLauncher.verdict().isUsable {
        LessonPrinter.print(lesson)
      } else {
        var program = WorkspaceProgram(usesColor: !noColor)
        program.lessonCatalog = catalog
        program.open(lesson)
        if !WorkspaceLauncher.run(&program, color: !noColor) { LessonPrinter.print(lesson) }
      }
      return
    }
    let name = file == "-" ? "<stdin>" : file
    let source: String
    switch Terminal.readScript(file) {
    case .success(let text): source = text
    case .failure(let problem):
      Terminal.writeError("convtutor: \(TerminalEscaping.escaped(name)): \(problem.message)\n")
      throw ExitCode.failure
    }
    let interpreter = Interpreter()
    let result = interpreter.run(source)
    if let error = result.error {
      Terminal.writeError(
        TerminalEscaping.escaped(error.rendered(fileName: name, source: source)) + "\n")
      throw ExitCode.failure
    }
    guard !result.layerCalls.isEmpty else {
      Terminal.writeError(
        "convtutor: \(TerminalEscaping.escaped(name)) calls no layer, so there is nothing to show; "
          + "end it with a call such as conv(x)\n")
      throw ExitCode.failure
    }
    let chain: CallChain
    do {
      chain = try result.callChain()
    } catch {
      Terminal.writeError("convtutor: cannot show this call: \(error.message)\n")
      throw ExitCode.failure
    }
    let verdict = WorkspaceLauncher.verdict()
    if plain || !verdict.isUsable {
      if !plain, let reason = verdict.reason {
        Terminal.writeError("convtutor: \(reason); printing the steps as text instead\n")
      }
      PlainStepWriter.write(chain) { Terminal.write(TerminalEscaping.escaped($0) + "\n") }
      return
    }
    let title = result.layerCalls.map(\.layer.name).joined(separator: " → ")
    var program = WorkspaceProgram(
      showing: chain, session: interpreter, title: "\(name): \(title)", usesColor: !noColor)
    if !result.printed.isEmpty { program.note(result.printed) }
    guard WorkspaceLauncher.run(&program, color: !noColor) else {
      PlainStepWriter.write(chain) { Terminal.write(TerminalEscaping.escaped($0) + "\n") }
      return
    }
  }
}
