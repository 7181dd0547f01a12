import Foundation
import GRDB

/// A database changed by hand, as a learner with `sqlite3` might: SQL run on its own
/// connection, outside the store.
enum HandEditing {
  /// Runs `sql` on the database at `path`.
  static func run(_ sql: String, in path: String) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
  }

  /// The rows `sql` gives, each value as text (NULL as `NULL`).
  static func rows(_ sql: String, in path: String) throws -> [[String]] {
    let queue = try DatabaseQueue(path: path)
    return try queue.read { db in
      try Row.fetchAll(db, sql: sql).map { row in
        row.databaseValues.map { value in
          switch value.storage {
          case .null: "NULL"
          case .int64(let number): String(number)
          case .double(let number): String(number)
          case .string(let text): text
          case .blob(let data): "blob \(data.count)"
          }
        }
      }
    }
  }
}
