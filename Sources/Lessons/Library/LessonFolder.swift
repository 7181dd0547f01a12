import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading lesson files from disk, safely: only regular files, at most 1 MiB each, and only
/// the `*.yaml` files directly inside a folder (a link inside a folder is refused, so that
/// nothing outside it is read).
enum LessonFolder {
  /// The most lesson files read from one folder.
  static let maximumFiles = 1000

  /// What a path on disk is.
  enum Kind {
    case file
    case folder
    case link
    case other
    case missing(String)
  }

  /// What `path` is; `followingLinks` decides whether a link is looked through.
  static func kind(of path: String, followingLinks: Bool = true) -> Kind {
    var status = stat()
    let result = followingLinks ? stat(path, &status) : lstat(path, &status)
    guard result == 0 else { return .missing(describe(errno)) }
    return kind(ofMode: status.st_mode)
  }

  /// What a file of mode `mode` (as `stat` gives it) is.
  private static func kind(ofMode mode: mode_t) -> Kind {
    switch mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .folder
    case S_IFLNK: return .link
    default: return .other
    }
  }

  /// The `*.yaml` files of a folder, sorted by name, as paths (`folder/name.yaml`), or a
  /// message saying why the folder cannot be listed.
  static func lessonPaths(in folder: String) -> Result<[String], LessonFolderProblem> {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      return .failure(LessonFolderProblem(message: "cannot list the folder"))
    }
    let lessons = names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted()
    guard lessons.count <= maximumFiles else {
      return .failure(
        LessonFolderProblem(
          message: "holds \(lessons.count) lesson files, over the limit of \(maximumFiles)"))
    }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return .success(lessons.map { prefix + $0 })
  }

  /// The bytes of a regular file of at most 1 MiB (a byte more, so that a larger file is told
  /// apart), or a message saying why not.
  ///
  /// Inside a folder a link is refused, so that nothing outside the folder is read; a file
  /// named on the command line may be a link. The file is opened without following a link
  /// (inside a folder) and without blocking, and checked again on the open descriptor, so a
  /// FIFO or a device named `*.yaml` never hangs the reader and nothing can be swapped in
  /// between the check and the read.
  static func read(_ path: String, insideFolder: Bool) -> Result<[UInt8], LessonFolderProblem> {
    if let problem = problem(with: kind(of: path, followingLinks: !insideFolder)) {
      return .failure(problem)
    }
    let flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | (insideFolder ? O_NOFOLLOW : 0)
    let descriptor = open(path, flags)
    guard descriptor >= 0 else {
      let reason = errno
      return .failure(
        problem(with: reason == ELOOP && insideFolder ? .link : .missing(describe(reason)))
          ?? LessonFolderProblem(message: "cannot be opened"))
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      return .failure(LessonFolderProblem(message: describe(errno)))
    }
    if let problem = problem(with: kind(ofMode: status.st_mode)) { return .failure(problem) }
    do {
      let data = try handle.read(upToCount: YAMLDocument.maximumBytes + 1) ?? Data()
      return .success([UInt8](data))
    } catch {
      return .failure(LessonFolderProblem(message: "cannot be read"))
    }
  }

  /// Why a path of this kind is not read, or `nil` for a regular file.
  private static func problem(with kind: Kind) -> LessonFolderProblem? {
    switch kind {
    case .file: return nil
    case .link:
      return LessonFolderProblem(
        message: "is a symbolic link; a lesson folder is read without following links")
    case .folder: return LessonFolderProblem(message: "is a folder, not a lesson file")
    case .other: return LessonFolderProblem(message: "is not a regular file")
    case .missing(let reason): return LessonFolderProblem(message: reason)
    }
  }

  private static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// Why a lesson file or folder cannot be read.
struct LessonFolderProblem: Error {
  let message: String
}
