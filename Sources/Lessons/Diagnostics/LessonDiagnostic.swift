import ConvPrompt
import TerminalText

/// A problem or an erratum found in a lesson file: what, where, and how serious.
///
/// Rendered as compilers render theirs: `FILE:LINE:COL: error: MESSAGE`, or `note:` for an
/// erratum (a value the slides print wrong), which does not make the lesson fail.
public struct LessonDiagnostic: Sendable, Equatable, CustomStringConvertible {
  /// How serious a diagnostic is.
  enum Severity: String, Sendable {
    /// The lesson cannot be used until this is fixed.
    case error
    /// An erratum or a remark; the lesson is fine.
    case note
  }

  /// Error or note.
  let severity: Severity
  /// The file, as the user named it (`Lessons/exercise-1.yaml`, `my/lesson.yaml`).
  public let fileName: String
  /// Where in the file (1-based line and column), or `nil` for a problem with the whole file
  /// that has no place in it (a file that cannot be read).
  public let location: SourceLocation?
  /// What is wrong, and where it can be told, what would be right.
  let message: String

  /// A diagnostic at a place in a file.
  init(
    _ severity: Severity, _ message: String, fileName: String, location: SourceLocation?
  ) {
    self.severity = severity
    self.message = message
    self.fileName = fileName
    self.location = location
  }

  /// Whether this is an error.
  public var isError: Bool { severity == .error }

  /// `FILE:LINE:COL: error: MESSAGE` (or `FILE: error: MESSAGE` without a place), safe to
  /// write to a terminal: the message quotes the lesson file (an unknown field, a cell that
  /// is not a number), so control characters and escape sequences in it and in the file's
  /// name are shown escaped (`\e]52;…`, `TerminalEscaping`). ``message`` keeps the text as it is.
  public var rendered: String {
    let place = location.map { "\(fileName):\($0.line):\($0.column)" } ?? fileName
    return TerminalEscaping.escaped("\(place): \(severity.rawValue): \(message)")
  }

  /// The same as ``rendered``.
  public var description: String { rendered }
}
