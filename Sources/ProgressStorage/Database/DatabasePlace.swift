#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the database lives, looked at without opening anything: a FIFO in its place would
/// block whoever opened it for reading, so every check is `lstat`, `access` or `statvfs`.
struct DatabasePlace: Sendable {
  /// The database file's path.
  let path: String

  /// The folder the database is in (`.` for a bare name).
  var folder: String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// The path of the file `name` beside the database.
  func sibling(_ name: String) -> String { folder + "/" + name }

  /// The files SQLite keeps beside the database: the write-ahead log, its index, the journal.
  var companions: [String] { ["-wal", "-shm", "-journal"].map { path + $0 } }

  /// What is at a path.
  enum Kind: Equatable {
    case missing
    case regularFile
    /// Something else: `a directory`, `a symbolic link to /x`.
    case other(String)
    /// It could not be looked at, for this reason.
    case unreachable(String)

    /// Why it cannot be used as a file, or nil: `it is a directory, not a regular file`.
    var problem: String? {
      switch self {
      case .missing, .regularFile: nil
      case .unreachable(let reason): reason
      case .other(let what) where what.hasPrefix("a symbolic link"):
        "it is \(what), which convtutor does not follow"
      case .other(let what): "it is \(what), not a regular file"
      }
    }
  }

  /// What is at `path`, by `lstat` (a symbolic link is itself, not what it points to).
  static func kind(of path: String) -> Kind {
    var status = stat()
    guard lstat(path, &status) == 0 else {
      return errno == ENOENT ? .missing : .unreachable(FileProblem.words(errno: errno))
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG: return .regularFile
    case S_IFDIR: return .other("a directory")
    case S_IFIFO: return .other("a named pipe (FIFO)")
    case S_IFSOCK: return .other("a socket")
    case S_IFCHR, S_IFBLK: return .other("a device")
    case S_IFLNK: return .other("a symbolic link" + (linkTarget(path).map { " to " + $0 } ?? ""))
    default: return .other("something other than a file")
    }
  }

  /// Why the database cannot be used where it is, or nil: it and its companions must each be
  /// a regular file or absent. Whether the database is there comes back as `exists`.
  func problem() -> (reason: String?, exists: Bool) {
    let own = DatabasePlace.kind(of: path)
    if let reason = own.problem { return (reason, false) }
    for companion in companions {
      if let reason = DatabasePlace.kind(of: companion).problem {
        return ("\(companion) is in the way: " + reason, false)
      }
    }
    return (nil, own == .regularFile)
  }

  /// Makes the folder and its missing parents (0700); the reason of a failure, or nil.
  func makeFolder() -> String? {
    DatabasePlace.makeFolders(folder).map { "cannot make the folder \(folder): " + $0 }
  }

  /// Why writing here fails, found after SQLite failed without saying which call did: the
  /// folder or file refused (read-only, permissions), the disk full, a file size limit under
  /// 64 MiB (`ulimit -f`: the database and its log need more); nil when none of these is the
  /// case.
  func diagnosis() -> String? {
    if access(folder, W_OK) != 0 { return FileProblem.words(errno: errno, of: .folder) }
    if DatabasePlace.kind(of: path) == .regularFile, access(path, R_OK | W_OK) != 0 {
      return FileProblem.words(errno: errno, of: .file)
    }
    var space = statvfs()
    if statvfs(folder, &space) == 0, space.f_bavail == 0 { return FileProblem.words(errno: ENOSPC) }
    var limit = rlimit()
    if getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit) == 0,
      limit.rlim_cur != rlim_t.max,
      limit.rlim_cur < 64 * 1024 * 1024
    {
      return FileProblem.words(errno: EFBIG)
    }
    return nil
  }

  /// Where the symbolic link at `path` points, or nil.
  private static func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Makes `folder` and its missing parents; the reason of a failure, or nil.
  private static func makeFolders(_ folder: String) -> String? {
    var status = stat()
    if stat(folder, &status) == 0 {
      return status.st_mode & S_IFMT == S_IFDIR ? nil : "something else is in its place"
    }
    let above = DatabasePlace(path: folder).folder
    if above != folder, let problem = makeFolders(above) { return problem }
    if mkdir(folder, 0o700) != 0, errno != EEXIST { return FileProblem.words(errno: errno) }
    return nil
  }
}
