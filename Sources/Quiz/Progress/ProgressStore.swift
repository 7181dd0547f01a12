import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the learner's progress lives: `$XDG_DATA_HOME/convtutor/progress.json` (by default
/// `~/.local/share/convtutor/progress.json`), JSON with a format version.
///
/// Every write is atomic: a temporary file in the same folder is written and fsynced, renamed
/// over the old file, and the folder fsynced, so a kill at any moment leaves the old or the new
/// file; the temporary files of writes cut short that way are removed by the next write. A
/// file that cannot be read or decoded is moved aside as `progress.json.corrupt-<time>` and
/// the learner starts fresh; a folder that cannot be written (read-only, full disk, a file size
/// limit) gives a warning that says why, and the quiz goes on. Nothing here ever stops the
/// program.
public struct ProgressStore: Sendable {
  /// The progress file's path.
  public let path: String

  /// A store at `path`.
  public init(path: String) {
    self.path = path
  }

  /// The store at the default place for `environment`: `$XDG_DATA_HOME/convtutor/…` when set
  /// and absolute, else `$HOME/.local/share/convtutor/…`; `nil` without either.
  public static func standard(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> ProgressStore? {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return ProgressStore(path: data + "/convtutor/progress.json")
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return ProgressStore(path: home + "/.local/share/convtutor/progress.json")
  }

  /// What loading gave: the progress (fresh when there was none or it was unreadable) and
  /// warnings to show.
  public struct Loaded: Sendable {
    /// The progress.
    public var data: ProgressData
    /// Warnings, one sentence each.
    public var warnings: [String]
  }

  /// The saved progress; a corrupt file is moved aside with a warning.
  public func load(now: Date = Date()) -> Loaded {
    let bytes: [UInt8]
    switch AtomicFile.read(path) {
    case .missing: return Loaded(data: ProgressData(), warnings: [])
    case .failure(let message):
      return Loaded(
        data: ProgressData(),
        warnings: ["cannot read the progress file \(path): \(message); starting fresh"])
    case .success(let read): bytes = read
    }
    if let format = Self.newerFormat(in: bytes) {
      // Written by a newer convtutor: kept as it is, and not overwritten (see `save`).
      return Loaded(
        data: ProgressData(),
        warnings: [
          "the progress file \(path) is from a newer convtutor (format \(format); this one "
            + "reads format \(ProgressData.currentFormat)); it is left as it is, and this "
            + "session's progress is not saved"
        ])
    }
    let decoder = JSONDecoder()
    let problem: String
    do {
      let data = try decoder.decode(ProgressData.self, from: Data(bytes))
      if data.format == ProgressData.currentFormat { return Loaded(data: data, warnings: []) }
      problem =
        "it has format \(data.format), and this convtutor reads format "
        + "\(ProgressData.currentFormat)"
    } catch {
      problem = "it is not a progress file convtutor can read"
    }
    let aside = path + ".corrupt-" + ProgressStore.stamp(now)
    if rename(path, aside) == 0 {
      return Loaded(
        data: ProgressData(),
        warnings: [
          "the progress file \(path) was moved aside to \(aside) because \(problem); "
            + "starting fresh"
        ])
    }
    let reason = String(cString: strerror(errno))
    return Loaded(
      data: ProgressData(),
      warnings: [
        "the progress file \(path) cannot be used because \(problem), nor moved aside "
          + "(\(reason)); starting fresh"
      ])
  }

  /// Saves `data` atomically; a warning when it could not be saved (the quiz goes on).
  @discardableResult
  public func save(_ data: ProgressData) -> String? {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    guard let json = try? encoder.encode(data) else {
      return "cannot encode the progress; it is not saved"
    }
    if case .success(let existing) = AtomicFile.read(path),
      let format = Self.newerFormat(in: existing)
    {
      return "the progress file \(path) is from a newer convtutor (format \(format)); "
        + "it is not overwritten, so this progress is not saved"
    }
    return AtomicFile.write(Array(json) + [10], to: path).map { saveWarning(errorCode: $0) }
  }

  /// The format of a progress file written by a newer convtutor, or nil (this format, or not
  /// a progress file at all).
  static func newerFormat(in bytes: [UInt8]) -> Int? {
    struct Version: Decodable { let format: Int }
    guard let version = try? JSONDecoder().decode(Version.self, from: Data(bytes)),
      version.format > ProgressData.currentFormat
    else { return nil }
    return version.format
  }

  /// The warning for a save that failed with `errno` `code`, saying why in plain words.
  func saveWarning(errorCode code: Int32) -> String {
    let reason =
      switch code {
      case ENOSPC: "the disk is full"
      case EDQUOT: "the disk quota is used up"
      case EFBIG: "the file is too large for the limit on file sizes (ulimit -f)"
      case EROFS: "the folder is read-only"
      case EACCES, EPERM: "permission denied"
      default: String(cString: strerror(code))
      }
    return "cannot save the progress to \(path): \(reason); the quiz goes on without saving"
  }

  /// Removes the progress file; a warning when it could not be removed.
  public func reset() -> String? {
    if unlink(path) == 0 || errno == ENOENT { return nil }
    return "cannot remove \(path): \(String(cString: strerror(errno)))"
  }

  /// `20250102-153000`: the time in UTC, for the name of a file moved aside.
  static func stamp(_ date: Date) -> String {
    var time = time_t(date.timeIntervalSince1970)
    var parts = tm()
    gmtime_r(&time, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))-"
      + "\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))"
  }
}
