import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary files that writers killed in the middle of an atomic write left behind.
///
/// A writer uses `FILE.tmp-PID`; a SIGKILL between creating it and renaming it leaves it. Each
/// write first removes those whose process is gone, so they never pile up, and keeps those of
/// processes still running (another convtutor may be writing right now).
enum StaleTemporaryFiles {
  /// Removes the temporary files of `path` whose writers are no longer running.
  static func remove(besides path: String) {
    let folder = AtomicFile.parent(of: path)
    let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
    let prefix = name + AtomicFile.temporaryMarker
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where name.hasPrefix(prefix) {
      guard let writer = pid_t(name.dropFirst(prefix.count)), writer > 0, writer != getpid(),
        isGone(writer)
      else { continue }
      unlink(folder + "/" + name)
    }
  }

  /// Whether no process has the id `writer`.
  static func isGone(_ writer: pid_t) -> Bool {
    kill(writer, 0) != 0 && errno == ESRCH
  }
}
