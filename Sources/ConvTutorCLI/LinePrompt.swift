import ConvPrompt
import TerminalText

/// The interactive line prompt (`>>>`, with `...` for continued lines), as Python's REPL.
///
/// Errors are shown with their caret and the session goes on; Ctrl-D quits.
struct LinePrompt {
  func run() {
    Terminal.write(
      "convtutor 0.1.0: the slides' PyTorch code, run as PyTorch runs it.\n"
        + "Type Python such as `import torch`, then `torch.tensor([[1., 2.], [3., 4.]])`. "
        + "Ctrl-D quits.\n")
    let interpreter = Interpreter()
    var pending = ""
    var firstLine = 1
    var lineNumber = 0
    while true {
      Terminal.write(pending.isEmpty ? ">>> " : "... ")
      Terminal.flush()
      guard let line = readLine(strippingNewline: true) else {
        Terminal.write("\n")
        return
      }
      lineNumber += 1
      if pending.isEmpty { firstLine = lineNumber }
      pending += pending.isEmpty ? line : "\n" + line
      if Parser.needsMoreInput(pending), !(line.isEmpty && pending.contains("\n")) { continue }
      let source = pending
      pending = ""
      if let error = ScriptRunner.run(source, in: interpreter) {
        var shown = error
        shown.range.start.line += firstLine - 1
        shown.range.end.line += firstLine - 1
        let padded = String(repeating: "\n", count: firstLine - 1) + source
        Terminal.flush()
        Terminal.writeError(
          TerminalEscaping.escaped(shown.rendered(fileName: "<stdin>", source: padded)) + "\n")
      }
      Terminal.flush()
    }
  }
}
