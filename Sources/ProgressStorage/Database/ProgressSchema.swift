internal import GRDB

/// The database's tables, as migrations: each one is applied once, in order, and recorded in
/// GRDB's `grdb_migrations` table; the schema's version is the number of migrations applied.
///
/// Version 1:
///
/// - `review`: one row per attempt (a lesson's quiz step, finished or left; a drill item):
///   `id`, `time` (seconds since 1970, UTC), `exercise` (`lesson-step` or `drill`),
///   `lesson_id` and `step_index` (a lesson step), `drill_seed` (the seed in decimal, as text:
///   SQLite's integers stop at 2^63 − 1), `drill_number` and `layer` (a drill item), `skill`
///   (as `--skill` names it; NULL for none), `level`, the score (`questions`,
///   `right_first_try`, `right_later`, `revealed`, `gave_up`, `hints_used`, `wrong_tries`,
///   `seconds`), `is_finished` (0 or 1) and `mistakes` (the skills of the mistakes named, in
///   order, separated by spaces).
/// - `answer`: one row per answered question: `review_id`, `position` (from 0, in the order
///   answered), `question` (`shape` or `cell`), `cell` (the output cell's step index,
///   row-major), `name` (`Row 0, column 1`), `mark` (`right-first-try`, `right`, `revealed`,
///   `gave-up`), `wrong_tries`, `hints`, `seconds`.
/// - `legacy_import`: the `progress.json` files imported (`file`: device, inode, size and
///   modification time), so that a file is imported once however many processes start at once.
enum ProgressSchema {
  /// The migrations this convtutor knows, in order.
  static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE review (
            id INTEGER PRIMARY KEY,
            time REAL NOT NULL,
            exercise TEXT NOT NULL,
            lesson_id TEXT,
            step_index INTEGER,
            drill_seed TEXT,
            drill_number INTEGER,
            layer TEXT,
            skill TEXT,
            level INTEGER NOT NULL,
            questions INTEGER NOT NULL,
            right_first_try INTEGER NOT NULL,
            right_later INTEGER NOT NULL,
            revealed INTEGER NOT NULL,
            gave_up INTEGER NOT NULL,
            hints_used INTEGER NOT NULL,
            wrong_tries INTEGER NOT NULL,
            seconds REAL NOT NULL,
            is_finished INTEGER NOT NULL,
            mistakes TEXT NOT NULL
          );
          CREATE INDEX review_by_lesson ON review (lesson_id, step_index);
          CREATE TABLE answer (
            review_id INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            question TEXT NOT NULL,
            cell INTEGER,
            name TEXT NOT NULL,
            mark TEXT NOT NULL,
            wrong_tries INTEGER NOT NULL,
            hints INTEGER NOT NULL,
            seconds REAL NOT NULL,
            PRIMARY KEY (review_id, position)
          );
          CREATE TABLE legacy_import (
            file TEXT PRIMARY KEY,
            time REAL NOT NULL,
            reviews INTEGER NOT NULL
          );
          """)
    }
    return migrator
  }()

  /// The schema version this convtutor writes: the number of migrations it knows.
  static let version = 1

  /// What the database's schema is to this convtutor.
  enum State {
    /// Every migration applied is one this convtutor knows (some may be left to apply).
    case known
    /// Migrations this convtutor does not know were applied: a newer convtutor wrote it.
    case newer(unknown: [String])
  }

  /// Whether the database at `queue` was migrated by a newer convtutor (read only).
  ///
  /// The table of migrations is looked for first, in the same read: another process may make
  /// it at any moment, and the read then sees it whole or not at all.
  static func state(of queue: DatabaseQueue) throws -> State {
    let unknown = try queue.read { db -> [String] in
      guard try db.tableExists("grdb_migrations") else { return [] }
      let applied = try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
      return applied.subtracting(migrator.migrations).sorted()
    }
    return unknown.isEmpty ? .known : .newer(unknown: unknown)
  }

  /// Applies the migrations not yet applied.
  ///
  /// Two processes opening a new database at once may both try; the second one's attempt
  /// fails (the tables exist) and it then finds the migrations applied, which is success.
  static func migrate(_ queue: DatabaseQueue) throws {
    do {
      try migrator.migrate(queue)
    } catch {
      guard (try? queue.read(migrator.hasCompletedMigrations)) == true else { throw error }
    }
  }
}
