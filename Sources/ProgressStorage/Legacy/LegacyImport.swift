internal import GRDB
import Quiz

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Brings an earlier convtutor's `progress.json` (beside the database) into the review log,
/// once: the reviews and a marker naming the file go in one transaction, after which the file
/// is renamed `progress.json.imported` (never deleted). Processes that start at once wait for
/// each other's transaction; the later ones find the marker and import nothing.
struct LegacyImport {
  /// The legacy file's name.
  static let fileName = "progress.json"
  /// The most bytes read from it: a progress file is small; past this, what was read is taken.
  static let maximumSize = 16 * 1024 * 1024

  /// The legacy file's path.
  let path: String

  /// The legacy file beside the database at `place`.
  init(besides place: DatabasePlace) {
    path = place.sibling(LegacyImport.fileName)
  }

  /// What is at the legacy path: nothing, a file to import, or something in the way (in
  /// words: it is never opened).
  var kind: DatabasePlace.Kind { DatabasePlace.kind(of: path) }

  /// Imports the file into the database of `queue` (at `place`) if no process did; the
  /// messages to show (what was imported, or why not).
  func run(into queue: DatabaseQueue, at place: DatabasePlace) -> [String] {
    if let problem = kind.problem {
      return ["the old progress file \(path) is not imported: \(problem)"]
    }
    guard kind == .regularFile else { return [] }
    guard let identity = LegacyImport.identity(of: path) else { return [] }
    var outcome: (count: Int, isWhole: Bool)?
    do {
      try queue.writeWithoutTransaction { db in
        do {
          try db.inTransaction(.immediate) {
            let done = try Bool.fetchOne(
              db, sql: "SELECT 1 FROM legacy_import WHERE file = ?", arguments: [identity])
            // Another process imported it, or this file vanished meanwhile (renamed by one).
            guard done != true, let bytes = LegacyImport.contents(of: path, identity: identity)
            else { return .commit }
            let (reviews, isWhole) = LegacyProgressFile.reviews(in: bytes)
            for review in reviews { try ReviewRows.insert(review, into: db) }
            try db.execute(
              sql: "INSERT INTO legacy_import (file, time, reviews) VALUES (?, ?, ?)",
              arguments: [identity, Double(time(nil)), reviews.count])
            outcome = (reviews.count, isWhole)
            return .commit
          }
        } catch {
          throw StoreFailure(error, on: db)
        }
      }
    } catch {
      return [
        "cannot import the old progress file \(path): \(StoreFailure(error).reason(at: place)); "
          + "it is left as it is"
      ]
    }
    let renamed = LegacyImport.renameAside(path)
    guard let outcome else { return [] }
    var message =
      "imported the old progress file \(path) (\(outcome.count) "
      + "review\(outcome.count == 1 ? "" : "s"))"
    if !outcome.isWhole { message += "; it was damaged, and what could be read was taken" }
    switch renamed {
    case .success(let aside): message += "; it is kept as \(aside)"
    case .failure(let reason): message += "; it could not be renamed (\(reason)) and stays as it is"
    }
    return [message]
  }

  /// What names one file: its device, inode, size and modification time.
  static func identity(of path: String) -> String? {
    var status = stat()
    guard lstat(path, &status) == 0 else { return nil }
    return "\(status.st_dev):\(status.st_ino):\(status.st_size):\(status.st_mtim.tv_sec)."
      + "\(status.st_mtim.tv_nsec)"
  }

  /// The first ``maximumSize`` bytes of the regular file at `path`, if it is still the file
  /// named `identity`; nil otherwise. Opened without following a link and without blocking.
  static func contents(of path: String, identity: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      LegacyImport.identity(of: path) == identity
    else { return nil }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while bytes.count < maximumSize {
      let count = read(descriptor, &buffer, min(buffer.count, maximumSize - bytes.count))
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
    }
    return bytes
  }

  /// What renaming gave: the new path, or why it failed.
  enum Renamed {
    case success(String)
    case failure(String)
  }

  /// Renames `path` to `path.imported` (or `.imported-2`, `-3`, … when taken), never over
  /// another file.
  static func renameAside(_ path: String) -> Renamed {
    for attempt in 1...100 {
      let aside = path + ".imported" + (attempt == 1 ? "" : "-\(attempt)")
      if link(path, aside) == 0 {
        unlink(path)
        return .success(aside)
      }
      switch errno {
      case EEXIST: continue
      case ENOENT: return .failure("another convtutor moved it")
      case EPERM, EOPNOTSUPP, EXDEV, EMLINK:
        // No hard links here: rename, having checked that the name is free.
        if DatabasePlace.kind(of: aside) != .missing { continue }
        if rename(path, aside) == 0 { return .success(aside) }
        return .failure(FileProblem.words(errno: errno))
      default:
        return .failure(FileProblem.words(errno: errno))
      }
    }
    return .failure("every name up to \(path).imported-100 is taken")
  }
}
