import ConvPrompt

/// Runs a whole script in a fresh session, writing its output to standard output and its
/// first error, rendered with file, line, column and caret, to standard error.
struct ScriptRunner {
  /// Runs `source`; returns whether it ran to the end without an error.
  func run(source: String, fileName: String) -> Bool {
    let interpreter = Interpreter { text in Terminal.write(SafeText.escaped(text)) }
    do {
      try interpreter.run(source)
      Terminal.flush()
      return true
    } catch {
      Terminal.flush()
      Terminal.writeError(
        SafeText.escaped(error.rendered(fileName: fileName, source: source)) + "\n")
      return false
    }
  }
}
