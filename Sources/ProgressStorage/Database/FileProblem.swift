#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a file could not be used, in words a learner understands.
enum FileProblem {
  /// What refused.
  enum Subject {
    case file
    case folder
  }

  /// The reason for the system error `code` (an `errno`).
  static func words(errno code: Int32, of subject: Subject = .folder) -> String {
    switch code {
    case ENOSPC: "the disk is full"
    case EDQUOT: "the disk quota is used up"
    case EFBIG: "the file is too large for the limit on file sizes (ulimit -f)"
    case EROFS: "the \(subject == .file ? "file" : "folder") is on a read-only file system"
    case EACCES, EPERM:
      "the \(subject == .file ? "file" : "folder") is read-only to you (permission denied)"
    case ENOTDIR: "a part of the path is not a directory"
    case ELOOP: "a part of the path is a loop of symbolic links"
    default: String(cString: strerror(code))
    }
  }
}
