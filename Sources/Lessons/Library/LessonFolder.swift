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
    guard result == 0 else { return .missing(String(cString: strerror(errno))) }
    switch status.st_mode & S_IFMT {
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

  /// The bytes of a regular file of at most 1 MiB, or a message saying why not.
  static func read(_ path: String, insideFolder: Bool) -> Result<[UInt8], LessonFolderProblem> {
    switch kind(of: path, followingLinks: !insideFolder) {
    case .file: break
    case .link:
      return .failure(
        LessonFolderProblem(
          message: "is a symbolic link; a lesson folder is read without following links"))
    case .folder: return .failure(LessonFolderProblem(message: "is a folder, not a lesson file"))
    case .other: return .failure(LessonFolderProblem(message: "is not a regular file"))
    case .missing(let reason): return .failure(LessonFolderProblem(message: reason))
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      return .failure(LessonFolderProblem(message: "cannot be opened"))
    }
    defer { try? handle.close() }
    do {
      let data = try handle.read(upToCount: YAMLDocument.maximumBytes + 1) ?? Data()
      return .success([UInt8](data))
    } catch {
      return .failure(LessonFolderProblem(message: "cannot be read"))
    }
  }
}

/// Why a lesson file or folder cannot be read.
struct LessonFolderProblem: Error {
  let message: String
}
