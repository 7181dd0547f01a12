import Foundation

/// A small tmpfs mounted on a temporary folder: a disk that really fills up (ENOSPC), or a
/// folder that is really read-only (EROFS), also for root, for whom permissions do not count.
/// Mounting needs root (or CAP_SYS_ADMIN); `isPermitted` says whether it works here.
public struct TmpfsFolder: Sendable {
  /// The mount point.
  public let url: URL

  /// Whether a tmpfs can be mounted here (tried once).
  public static let isPermitted: Bool = {
    guard let folder = try? TmpfsFolder(kibibytes: 64) else { return false }
    folder.remove()
    return true
  }()

  /// Mounts a tmpfs of `kibibytes` on a new temporary folder.
  public init(kibibytes: Int) throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-tmpfs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    let result = try Spawn.run([
      "mount", "-t", "tmpfs", "-o", "size=\(kibibytes)k,mode=0700", "tmpfs", url.path,
    ])
    guard result.status == .exited(0) else {
      try? FileManager.default.removeItem(at: url)
      throw Failure(what: "mount", output: result.output)
    }
  }

  /// Fills the free space with a file, so that the next write fails with ENOSPC.
  public func fill() throws {
    // dd stops with "No space left on device" (status 1) once the disk is full.
    _ = try Spawn.run(["dd", "if=/dev/zero", "of=\(url.path)/filler", "bs=4096"])
    let result = try Spawn.run(["sh", "-c", "echo x >> \(url.path)/filler"])
    guard result.status != .exited(0) else { throw Failure(what: "fill", output: "not full") }
  }

  /// Makes the whole file system read-only.
  public func makeReadOnly() throws {
    let result = try Spawn.run(["mount", "-o", "remount,ro", url.path])
    guard result.status == .exited(0) else { throw Failure(what: "remount", output: result.output) }
  }

  /// Unmounts the tmpfs and removes the folder.
  public func remove() {
    _ = try? Spawn.run(["umount", url.path])
    try? FileManager.default.removeItem(at: url)
  }

  public struct Failure: Error, CustomStringConvertible {
    let what: String
    let output: String
    public var description: String { "tmpfs \(what) failed: \(output)" }
  }
}
