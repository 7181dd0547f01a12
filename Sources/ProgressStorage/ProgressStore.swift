import Foundation
internal import GRDB
import Quiz

/// The learner's progress: the review log in an SQLite database,
/// `$XDG_DATA_HOME/convtutor/progress.sqlite` (by default
/// `~/.local/share/convtutor/progress.sqlite`), that any number of convtutor processes read
/// and write at once.
///
/// Every attempt is one ``Review`` (``record(_:)``: the review and its answers in one
/// transaction); scores, lesson progress and the drills' schedule are derived from the log
/// (``reviews()``, ``summary(for:quizCount:)``). The schema has a version and migrations
/// (``ProgressSchema``); the database is in WAL mode, so readers never wait for a writer, and
/// a writer waits at most ``busyTimeout`` seconds for another. A commit is synced to disk
/// before a save returns: a process killed at any moment leaves every committed review.
///
/// Nothing here stops the program or blocks it: a place that cannot hold the database (a
/// FIFO, a directory, a symbolic link, a file that is not a database, a read-only file or
/// folder, a full disk) gives one sentence that says where and why, the file is left as it
/// is, and the quiz goes on unsaved. A database from a newer convtutor (migrations this one
/// does not know) is left untouched. Values changed by hand are clamped or skipped on reading
/// (``ReviewRows``).
public final class ProgressStore: Sendable {
  /// The database file's path.
  public let path: String
  /// The connection.
  let queue: DatabaseQueue
  /// Where the database is.
  let place: DatabasePlace

  /// Seconds a save or read waits for another process's transaction before giving up.
  public static let busyTimeout = 5.0

  /// The database's file name in its folder.
  public static let fileName = "progress.sqlite"

  private init(path: String, queue: DatabaseQueue) {
    self.path = path
    self.queue = queue
    place = DatabasePlace(path: path)
  }

  // MARK: - Opening

  /// What opening gave: the store, or nil (the messages say why; none when nothing was saved
  /// yet and it was not to be made), and sentences to show (an import, a fault).
  public struct Opening: Sendable {
    /// The store, when it can be used.
    public let store: ProgressStore?
    /// Sentences to show, plain text (escape them for a terminal).
    public let messages: [String]
  }

  /// The database's default path for `environment`: `$XDG_DATA_HOME/convtutor/…` when set and
  /// absolute, else `$HOME/.local/share/convtutor/…`; nil without either.
  public static func standardPath(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return data + "/convtutor/" + fileName
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return home + "/.local/share/convtutor/" + fileName
  }

  /// The store at the default path for `environment` (``standardPath(environment:)``), or nil
  /// when there is no default path.
  public static func standard(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    creatingIfMissing: Bool = true
  ) -> Opening? {
    standardPath(environment: environment).map {
      open(at: $0, creatingIfMissing: creatingIfMissing)
    }
  }

  /// Opens the database at `path`, making it (and its folder) when missing unless
  /// `creatingIfMissing` is false and there is no old progress file to import, migrating it to this
  /// convtutor's schema, and importing an old `progress.json` beside it (once).
  public static func open(at path: String, creatingIfMissing: Bool = true) -> Opening {
    let place = DatabasePlace(path: path)
    func unusable(_ reason: String) -> Opening {
      Opening(
        store: nil,
        messages: [
          "cannot use the progress database \(path): \(reason); it is left as it is, "
            + "and progress is not saved"
        ])
    }
    let (problem, exists) = place.problem()
    if let problem { return unusable(problem) }
    let legacy = LegacyImport(besides: place)
    if !exists, !creatingIfMissing, legacy.kind != .regularFile {
      return Opening(store: nil, messages: [])
    }
    if !exists, let problem = place.makeFolder() { return unusable(problem) }
    var configuration = Configuration()
    configuration.busyMode = .timeout(busyTimeout)
    configuration.label = "convtutor progress"
    let queue: DatabaseQueue
    do {
      queue = try DatabaseQueue(path: path, configuration: configuration)
    } catch {
      return unusable(StoreFailure(error).reason(at: place))
    }
    let store = ProgressStore(path: path, queue: queue)
    do {
      // A newer convtutor's database is only read: not even its journal mode is changed.
      if case .newer(let unknown) = try ProgressSchema.state(of: queue) {
        return Opening(
          store: nil,
          messages: [
            "the progress database \(path) is from a newer convtutor (its schema has "
              + "\(unknown.joined(separator: ", ")), which this one, at schema version "
              + "\(ProgressSchema.version), does not know); it is left as it is, and progress "
              + "is not saved"
          ])
      }
      try store.prepare()
      try ProgressSchema.migrate(queue)
    } catch {
      return unusable(StoreFailure(error).reason(at: place))
    }
    return Opening(store: store, messages: legacy.run(into: queue, at: place))
  }

  /// WAL (readers and a writer at once), and every commit synced before it returns.
  ///
  /// Putting a new database in WAL mode needs it to itself, and SQLite answers "busy" at once,
  /// without its busy timeout, while another process has it open (two processes making the
  /// database at once): that is tried again every 10 ms for at most ``busyTimeout`` seconds.
  private func prepare() throws {
    try queue.writeWithoutTransaction { db in
      do {
        let deadline = Date().addingTimeInterval(ProgressStore.busyTimeout)
        var mode = try String.fetchOne(db, sql: "PRAGMA journal_mode")
        while mode?.lowercased() != "wal" {
          do {
            mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            guard mode?.lowercased() == "wal" else {
              throw DatabaseError(
                resultCode: .SQLITE_CANTOPEN, message: "it cannot be put in WAL mode")
            }
          } catch let error as DatabaseError
            where error.resultCode == .SQLITE_BUSY && Date() < deadline
          {
            usleep(10_000)
          }
        }
        try db.execute(sql: "PRAGMA synchronous = FULL")
      } catch {
        throw StoreFailure(error, on: db)
      }
    }
  }

  // MARK: - Writing

  /// Records `review` and its answers in one transaction; nil when it was saved, else a
  /// warning that says why not (the quiz goes on).
  @discardableResult
  public func record(_ review: Review) -> String? {
    do {
      try write { db in try ReviewRows.insert(review, into: db) }
      return nil
    } catch {
      return "cannot save the progress to \(path): \(error.reason(at: place)); "
        + "the quiz goes on without saving"
    }
  }

  /// Deletes every review in one transaction (the file stays); nil, or why it failed.
  public func reset() -> String? {
    do {
      try write { db in
        try db.execute(sql: "DELETE FROM answer")
        try db.execute(sql: "DELETE FROM review")
      }
      return nil
    } catch {
      return "cannot clear the progress in \(path): \(error.reason(at: place))"
    }
  }

  /// Runs `work` in an immediate transaction (it takes the write lock first, waiting at most
  /// ``busyTimeout`` seconds), keeping the system's error when it fails.
  private func write(_ work: (Database) throws -> Void) throws(StoreFailure) {
    do {
      try queue.writeWithoutTransaction { db in
        do {
          try db.inTransaction(.immediate) {
            try work(db)
            return .commit
          }
        } catch {
          throw StoreFailure(error, on: db)
        }
      }
    } catch {
      throw StoreFailure(error)
    }
  }

  // MARK: - Reading

  /// Every review, in time order, with its answers.
  public func reviews() throws(ProgressStoreError) -> [Review] {
    try read { db in try ReviewRows.reviews(in: db) }
  }

  /// The progress of lesson `lessonId` (with `quizCount` quiz steps) in words
  /// (``LessonSummary``); empty for a lesson without quizzes.
  public func summary(for lessonId: String, quizCount: Int) throws(ProgressStoreError)
    -> String
  {
    let reviews = try read { db in
      try ReviewRows.reviews(
        in: db, where: "exercise = ? AND lesson_id = ?",
        arguments: [ReviewRows.lessonStep, lessonId], withAnswers: false)
    }
    return LessonSummary.text(for: lessonId, quizCount: quizCount, reviews: reviews)
  }

  /// How many drill items were recorded.
  public func drillReviewCount() throws(ProgressStoreError) -> Int {
    try read { db in
      try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM review WHERE exercise = ?", arguments: [ReviewRows.drill])
        ?? 0
    }
  }

  /// The whole review log written in `format` (``ReviewExport``).
  public func export(as format: ReviewExport.Format) throws(ProgressStoreError) -> String {
    ReviewExport.text(of: try reviews(), as: format)
  }

  /// Runs `work` in a read transaction; a failure becomes a sentence with the path and why.
  private func read<T>(_ work: (Database) throws -> T) throws(ProgressStoreError) -> T {
    do {
      return try queue.read { db in
        do { return try work(db) } catch { throw StoreFailure(error, on: db) }
      }
    } catch {
      throw ProgressStoreError(
        message: "cannot read the progress in \(path): "
          + StoreFailure(error).reason(at: place))
    }
  }
}

/// A read of the progress that failed: a sentence with the database's path and why.
public struct ProgressStoreError: Error, Sendable, CustomStringConvertible {
  /// The sentence, plain text.
  public let message: String
  public var description: String { message }
}
