import ConvPrompt
@preconcurrency import Yams

/// What reading one lesson file gave: the lesson when it has no error, and every diagnostic.
public struct LessonFileResult: Sendable {
  /// The file, as named in diagnostics.
  let fileName: String
  /// The lesson, or `nil` when the file has an error.
  let lesson: Lesson?
  /// Errors and notes, in the order of their places in the file.
  public let diagnostics: [LessonDiagnostic]

  /// Whether any diagnostic is an error.
  var hasErrors: Bool { diagnostics.contains(where: \.isError) }
}

/// Reads lesson files (formats 1 and 2): YAML with the fields `format`, `id`, `title`,
/// `summary` and `steps`. Format 2 adds hints that name their question (``HintReader``); a
/// format-1 file reads as it always did. Every problem is reported with its place; nothing in a file is run but the
/// layer calls it describes, and nothing outside the file is read.
public enum LessonReader {
  /// The lesson formats this reader knows.
  static let formats = 1...2
  /// The newest lesson format, the one `lesson new` writes.
  static let format = formats.upperBound
  /// The fields of a lesson file.
  static let topFields = ["format", "id", "title", "summary", "steps"]
  /// The longest id.
  static let maximumIdLength = 64

  /// Reads a lesson file's bytes (UTF-8, at most 1 MiB).
  public static func read(_ bytes: [UInt8], fileName: String) -> LessonFileResult {
    let log = ProblemLog(fileName: fileName)
    var lesson: Lesson?
    if let (source, root) = YAMLDocument.load(bytes, log: log) {
      lesson = read(root, context: ReadContext(source: source, log: log), fileName: fileName)
    }
    let errors = log.errorCount > 0 || log.isFull
    return LessonFileResult(
      fileName: fileName, lesson: errors ? nil : lesson, diagnostics: log.sorted)
  }

  /// Reads a lesson file's text.
  static func read(text: String, fileName: String) -> LessonFileResult {
    read(Array(text.utf8), fileName: fileName)
  }

  private static func read(_ root: Node.Mapping, context: ReadContext, fileName: String)
    -> Lesson?
  {
    // The version decides what the other fields mean, so it is checked first, alone.
    guard let formatNode = root.first(where: { $0.key.scalar?.string == "format" })?.value else {
      context.log.error(
        "the lesson has no `format:`; start the file with `format: \(format)`", at: root.location)
      return nil
    }
    guard case .scalar(let formatScalar) = formatNode, let version = Int(formatScalar.string)
    else {
      context.log.error(
        "`format:` is the version of the lesson format; write `format: \(format)`",
        at: formatNode.location)
      return nil
    }
    guard formats.contains(version) else {
      context.log.error(
        "format \(version) is not known to this convtutor, which reads formats "
          + "\(formats.lowerBound)\(formats.count == 2 ? " and " : " to ")\(formats.upperBound)"
          + (version > format ? "; a newer convtutor may read it" : ""), at: formatNode.location)
      return nil
    }
    context.format = version
    guard
      let fields = Fields(
        .mapping(root), what: "the lesson", allowed: topFields, context: context)
    else { return nil }
    let id = fields.required("id", context: context).flatMap { readId($0, context: context) }
    let title = fields.required("title", context: context).flatMap {
      readTitle($0, context: context)
    }
    let summary = fields.required("summary", context: context).flatMap {
      TextReader.text($0, what: "`summary:`", context: context)
    }
    let steps = fields.required("steps", context: context).flatMap {
      StepReader(context: context).read($0)
    }
    guard let id, let title, let summary, let steps else { return nil }
    return Lesson(
      id: id, title: title, summary: summary, steps: steps, fileName: fileName,
      idLocation: fields["id"]!.location)
  }

  private static func readId(_ node: Node, context: ReadContext) -> String? {
    guard let id = TextReader.text(node, what: "`id:`", context: context) else { return nil }
    guard isValidId(id) else {
      context.log.error(
        "the id `\(id.prefix(80))` may hold only lowercase letters, digits and single hyphens, "
          + "such as `edge-detection` (at most \(maximumIdLength) characters)", at: node.location)
      return nil
    }
    return id
  }

  /// Whether `id` is a lesson id: lowercase ASCII letters and digits in words joined by single
  /// hyphens, at most 64 characters.
  static func isValidId(_ id: String) -> Bool {
    guard !id.isEmpty, id.count <= maximumIdLength else { return false }
    let words = id.split(separator: "-", omittingEmptySubsequences: false)
    return words.allSatisfy { word in
      !word.isEmpty
        && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }
  }

  private static func readTitle(_ node: Node, context: ReadContext) -> String? {
    guard let title = TextReader.text(node, what: "`title:`", context: context) else {
      return nil
    }
    guard !title.contains(where: \.isNewline), title.count <= 100 else {
      context.log.error("`title:` must be one line of at most 100 characters", at: node.location)
      return nil
    }
    return title
  }
}
