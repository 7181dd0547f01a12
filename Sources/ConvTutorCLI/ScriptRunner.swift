import ConvPrompt
import TerminalText

/// Runs scripts statement by statement, writing what each statement prints to standard output
/// as soon as it ends (so the output of earlier statements shows even when a later one fails),
/// and the error that stops a script, rendered with file, line, column and caret, to standard
/// error.
struct ScriptRunner {
  /// Runs `source` in a fresh session; returns whether it ran to the end without an error.
  func run(source: String, fileName: String) -> Bool {
    guard let error = Self.run(source, in: Interpreter()) else { return true }
    Terminal.writeError(
      TerminalEscaping.escaped(error.rendered(fileName: fileName, source: source)) + "\n")
    return false
  }

  /// Runs `source` in `interpreter`'s session one statement at a time, writing each
  /// statement's output as it ends; returns the error that stopped it, if any (a syntax error
  /// runs nothing).
  static func run(_ source: String, in interpreter: Interpreter) -> Diagnostic? {
    let script: Script
    do {
      script = try Parser.parse(source)
    } catch {
      return error
    }
    for result in interpreter.start(script) {
      if !result.printed.isEmpty { Terminal.write(TerminalEscaping.escaped(result.printed)) }
      if let error = result.error { return error }
    }
    return nil
  }
}
