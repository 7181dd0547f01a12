/// Lessons read from lesson files, with every diagnostic: what `convtutor lessons` lists,
/// what `lesson check` reports, and where the workspace finds a lesson by id.
public struct LessonCatalog: Sendable {
  /// The lessons without errors, in file order (shipped first, then the teacher's).
  public private(set) var lessons: [Lesson] = []
  /// Every diagnostic, file after file, each file's in the order of their places.
  public private(set) var diagnostics: [LessonDiagnostic] = []
  /// The number of files read (or tried).
  public private(set) var fileCount = 0
  /// The files that have errors, in order.
  public private(set) var failedFiles: [String] = []

  /// An empty catalog.
  init() {}

  /// The number of errors.
  public var errorCount: Int { diagnostics.filter(\.isError).count }
  /// The number of notes (errata).
  public var noteCount: Int { diagnostics.count - errorCount }

  /// The lesson with id `name`; a number `n` also finds `exercise-n`.
  public func lesson(named name: String) -> Lesson? {
    if let lesson = lessons.first(where: { $0.id == name }) { return lesson }
    if let number = Int(name), number > 0 {
      return lessons.first { $0.id == "exercise-\(number)" }
    }
    return nil
  }

  /// Adds what reading one file gave; a lesson whose id an earlier lesson already has is
  /// refused with an error at its id.
  mutating func add(_ result: LessonFileResult) {
    fileCount += 1
    var diagnostics = result.diagnostics
    var lesson = result.lesson
    if let candidate = lesson, let first = lessons.first(where: { $0.id == candidate.id }) {
      diagnostics.append(
        LessonDiagnostic(
          .error,
          "the id `\(candidate.id)` is already the id of \(first.fileName):"
            + "\(first.idLocation.line):\(first.idLocation.column); ids must differ",
          fileName: result.fileName, location: candidate.idLocation))
      lesson = nil
    }
    if let lesson { lessons.append(lesson) }
    if diagnostics.contains(where: \.isError) { failedFiles.append(result.fileName) }
    self.diagnostics += diagnostics
  }

  /// Adds a file that could not be read.
  mutating func addUnreadable(_ fileName: String, _ message: String) {
    fileCount += 1
    failedFiles.append(fileName)
    diagnostics.append(LessonDiagnostic(.error, message, fileName: fileName, location: nil))
  }
}
