#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole-file reads and atomic whole-file writes with POSIX calls: temporary file in the same
/// folder, write, fsync, rename over, fsync the folder.
enum AtomicFile {
  /// What reading gave.
  enum ReadResult {
    case success([UInt8])
    case missing
    case failure(String)
  }

  /// The most bytes read: a progress file is small; anything larger is not one.
  static let maximumSize = 16 * 1024 * 1024

  /// The bytes of the file at `path`.
  static func read(_ path: String) -> ReadResult {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      return errno == ENOENT ? .missing : .failure(String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = Glibc.read(descriptor, &buffer, buffer.count)
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(String(cString: strerror(errno)))
      }
      if count == 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
      if bytes.count > maximumSize { return .success(Array(bytes.prefix(maximumSize))) }
    }
    return .success(bytes)
  }

  /// Writes `bytes` to `path` atomically, making the folder (0700) when missing; the `errno`
  /// of the call that failed, or nil (on failure the old file is untouched).
  ///
  /// The temporary file is `path.tmp-PID`: writers in other processes never share one, and
  /// those left by writers that were killed are removed first (`StaleTemporaryFiles`).
  static func write(_ bytes: [UInt8], to path: String) -> Int32? {
    let folder = parent(of: path)
    if let problem = makeFolders(folder) { return problem }
    StaleTemporaryFiles.remove(besides: path)
    let temporary = temporaryPath(for: path, writer: getpid())
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else { return errno }
    var failure: Int32?
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    if failure == nil, fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0, failure == nil { failure = errno }
    if failure == nil, rename(temporary, path) != 0 { failure = errno }
    if let failure {
      unlink(temporary)
      return failure
    }
    let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY)
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
    return nil
  }

  /// The temporary file a writer with process id `writer` uses for `path`.
  static func temporaryPath(for path: String, writer: pid_t) -> String {
    path + temporaryMarker + String(writer)
  }

  /// What comes between the file's path and the writer's process id in a temporary name.
  static let temporaryMarker = ".tmp-"

  /// The folder part of `path` (`.` for a bare name).
  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// Makes `folder` and its missing parents; the `errno` of a failure, or nil.
  private static func makeFolders(_ folder: String) -> Int32? {
    var status = stat()
    if stat(folder, &status) == 0 { return nil }
    let above = parent(of: folder)
    if above != folder, let problem = makeFolders(above) { return problem }
    if mkdir(folder, 0o700) != 0, errno != EEXIST { return errno }
    return nil
  }
}
