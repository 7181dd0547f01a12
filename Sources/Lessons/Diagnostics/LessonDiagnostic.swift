import ConvPrompt

/// A problem or an erratum found in a lesson file: what, where, and how serious.
///
/// Rendered as compilers render theirs: `FILE:LINE:COL: error: MESSAGE`, or `note:` for an
/// erratum (a value the slides print wrong), which does not make the lesson fail.
public struct LessonDiagnostic: Sendable, Equatable, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable {
    /// The lesson cannot be used until this is fixed.
    case error
    /// An erratum or a remark; the lesson is fine.
    case note
  }

  /// Error or note.
  public let severity: Severity
  /// The file, as the user named it (`Lessons/exercise-1.yaml`, `my/lesson.yaml`).
  public let fileName: String
  /// Where in the file (1-based line and column), or `nil` for a problem with the whole file
  /// that has no place in it (a file that cannot be read).
  public let location: SourceLocation?
  /// What is wrong, and where it can be told, what would be right.
  public let message: String

  /// A diagnostic at a place in a file.
  public init(
    _ severity: Severity, _ message: String, fileName: String, location: SourceLocation?
  ) {
    self.severity = severity
    self.message = message
    self.fileName = fileName
    self.location = location
  }

  /// Whether this is an error.
  public var isError: Bool { severity == .error }

  /// `FILE:LINE:COL: error: MESSAGE` (or `FILE: error: MESSAGE` without a place). The text is
  /// not escaped: a caller that writes it to a terminal passes it through `SafeText`.
  public var rendered: String {
    let place = location.map { "\(fileName):\($0.line):\($0.column)" } ?? fileName
    return "\(place): \(severity.rawValue): \(message)"
  }

  /// The same as ``rendered``.
  public var description: String { rendered }
}
