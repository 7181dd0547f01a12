import ConvPrompt
import TerminalText

/// Runs a whole script in a fresh session, writing its output to standard output and its
/// first error, rendered with file, line, column and caret, to standard error.
struct ScriptRunner {
  /// Runs `source`; returns whether it ran to the end without an error.
  func run(source: String, fileName: String) -> Bool {
    let interpreter = Interpreter { text in Terminal.write(TerminalEscaping.escaped(text)) }
    do {
      try interpreter.run(source)
      Terminal.flush()
      return true
    } catch {
      Terminal.flush()
      Terminal.writeError(
        TerminalEscaping.escaped(error.rendered(fileName: fileName, source: source)) + "\n")
      return false
    }
  }
}
