import ConvPrompt

/// Collects the diagnostics of one lesson file while it is read, with a cap so that a file full
/// of mistakes gives a readable list (and a bounded amount of work) instead of thousands.
final class ProblemLog {
  /// The most errors reported for one file; past it, one last error says so.
  static let maximumErrors = 100
  /// The most notes reported for one file.
  static let maximumNotes = 200

  let fileName: String
  private(set) var diagnostics: [LessonDiagnostic] = []
  private(set) var errorCount = 0
  private var noteCount = 0
  /// Set once the cap is reached: the reader stops early.
  private(set) var isFull = false

  init(fileName: String) {
    self.fileName = fileName
  }

  /// Reports an error at a place.
  func error(_ message: String, at location: SourceLocation?) {
    guard !isFull else { return }
    if errorCount == ProblemLog.maximumErrors {
      isFull = true
      append(
        .error, "too many errors (over \(ProblemLog.maximumErrors)); fix these and check again",
        location)
      return
    }
    errorCount += 1
    append(.error, message, location)
  }

  /// Reports a note (an erratum) at a place.
  func note(_ message: String, at location: SourceLocation?) {
    guard !isFull, noteCount < ProblemLog.maximumNotes else { return }
    noteCount += 1
    append(.note, message, location)
  }

  /// Keeps a diagnostic, once: a value read twice through a YAML alias (`*grid`) is reported
  /// once at its place, though it counts as often as it is read.
  private func append(
    _ severity: LessonDiagnostic.Severity, _ message: String, _ location: SourceLocation?
  ) {
    let diagnostic = LessonDiagnostic(severity, message, fileName: fileName, location: location)
    if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
  }

  /// The diagnostics in the order of their places in the file (ties keep their order).
  var sorted: [LessonDiagnostic] {
    diagnostics.enumerated().sorted { first, second in
      let (a, b) = (first.element.location, second.element.location)
      switch (a, b) {
      case (nil, nil): return first.offset < second.offset
      case (nil, _): return true
      case (_, nil): return false
      case (let a?, let b?): return a == b ? first.offset < second.offset : a < b
      }
    }.map(\.element)
  }
}
