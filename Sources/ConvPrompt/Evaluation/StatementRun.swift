/// A run of a script that its caller drives one statement at a time (see
/// ``Interpreter/start(_:)``): each element is what one statement printed and called, so
/// that a caller can show output as it comes and stop between statements.
///
/// The sequence ends after the last statement, or after the first statement that fails (its
/// result holds the error).
public struct StatementRun: Sequence, IteratorProtocol {
  private let interpreter: Interpreter
  private var remaining: ArraySlice<Statement>
  private var stopped = false

  init(interpreter: Interpreter, statements: [Statement]) {
    self.interpreter = interpreter
    remaining = statements[...]
  }

  /// Runs the next statement and returns what it did, or `nil` when the run is over.
  public mutating func next() -> RunResult? {
    guard !stopped, let statement = remaining.popFirst() else { return nil }
    let result = interpreter.run(statement)
    if result.error != nil { stopped = true }
    return result
  }
}
