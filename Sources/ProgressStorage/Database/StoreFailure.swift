internal import GRDB
internal import GRDBSQLite

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A database operation that failed, with the system's error number when SQLite had one.
struct StoreFailure: Error {
  /// What failed.
  let error: any Error
  /// The `errno` of the last system call SQLite made on the connection (0: none, or unknown).
  let systemErrno: Int32

  /// `error` from a connection that is gone (its system error is unknown).
  init(_ error: any Error) {
    self.error = (error as? StoreFailure)?.error ?? error
    systemErrno = (error as? StoreFailure)?.systemErrno ?? 0
  }

  /// `error` from `db`, with its last system error.
  init(_ error: any Error, on db: Database) {
    if let failure = error as? StoreFailure {
      self = failure
      return
    }
    self.error = error
    systemErrno = db.sqliteConnection.map { sqlite3_system_errno($0) } ?? 0
  }

  /// The reason in words, for the database at `place`.
  func reason(at place: DatabasePlace) -> String {
    guard let database = error as? DatabaseError else { return "\(error)" }
    switch database.resultCode {
    case .SQLITE_FULL: return FileProblem.words(errno: ENOSPC)
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return "another convtutor kept the database busy for over "
        + "\(Int(ProgressStore.busyTimeout)) seconds"
    case .SQLITE_NOTADB, .SQLITE_CORRUPT:
      return "it is not a convtutor database (not an SQLite file, or damaged)"
    case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_IOERR, .SQLITE_PERM, .SQLITE_AUTH:
      if systemErrno != 0, systemErrno != ENOENT {
        return FileProblem.words(errno: systemErrno, of: .file)
      }
      return place.diagnosis() ?? database.message ?? "\(database)"
    default:
      // A table or column missing or changed by hand, a constraint, and the like.
      return
        "it is not a convtutor database as this one knows it (\(database.message ?? "\(database)"))"
    }
  }
}
