/// The shipped lessons (the files of the repository's `Lessons/`, embedded in the program at
/// build time) and the teacher's lesson folders.
public enum LessonLibrary {
  /// The folder the shipped lessons come from, as their file names show it.
  static let shippedFolder = "Lessons"

  /// The shipped lesson files, in file-name order, exactly as in `Lessons/`.
  static let shippedFiles: [LessonFile] = EmbeddedLessonFiles.all.map {
    LessonFile(name: $0.name, text: $0.text)
  }

  /// The shipped lessons, read and checked once.
  public static let shipped: LessonCatalog = {
    var catalog = LessonCatalog()
    for file in shippedFiles {
      catalog.add(LessonReader.read(text: file.text, fileName: "\(shippedFolder)/\(file.name)"))
    }
    return catalog
  }()

  /// The shipped lessons, then the lessons of `folder` (each `*.yaml` directly inside it),
  /// for `--lessons DIR`. A teacher's lesson with errors, or with the id of a lesson before it,
  /// is left out and its diagnostics kept.
  public static func catalog(addingFolder folder: String?) -> LessonCatalog {
    var catalog = shipped
    if let folder { add(folder: folder, to: &catalog) }
    return catalog
  }

  /// Whether `argument` names a lesson file (`*.yaml` or `*.yml`) rather than a lesson's id.
  public static func namesLessonFile(_ argument: String) -> Bool {
    argument.hasSuffix(".yaml") || argument.hasSuffix(".yml")
  }

  /// The shipped lessons, the lessons of `folder`, then the lesson file at `path`, for
  /// `open FILE.yaml`: a teacher trying the lesson being written.
  public static func catalog(addingFolder folder: String?, file path: String) -> LessonCatalog {
    var catalog = catalog(addingFolder: folder)
    add(file: path, insideFolder: false, to: &catalog)
    return catalog
  }

  /// The lessons of `paths` (files, or folders of `*.yaml` files), checked together, for
  /// `lesson check`; the shipped lessons when `paths` is empty.
  public static func check(paths: [String]) -> LessonCatalog {
    guard !paths.isEmpty else { return shipped }
    var catalog = LessonCatalog()
    for path in paths {
      switch LessonFolder.kind(of: path) {
      case .folder:
        add(folder: path, to: &catalog)
      default:
        add(file: path, insideFolder: false, to: &catalog)
      }
    }
    return catalog
  }

  private static func add(folder: String, to catalog: inout LessonCatalog) {
    switch LessonFolder.lessonPaths(in: folder) {
    case .success(let paths):
      if paths.isEmpty {
        catalog.addUnreadable(folder, "holds no lesson files (*.yaml)")
      }
      for path in paths { add(file: path, insideFolder: true, to: &catalog) }
    case .failure(let problem):
      catalog.addUnreadable(folder, problem.message)
    }
  }

  private static func add(file path: String, insideFolder: Bool, to catalog: inout LessonCatalog) {
    switch LessonFolder.read(path, insideFolder: insideFolder) {
    case .success(let bytes):
      catalog.add(LessonReader.read(bytes, fileName: path))
    case .failure(let problem):
      catalog.addUnreadable(path, problem.message)
    }
  }
}
