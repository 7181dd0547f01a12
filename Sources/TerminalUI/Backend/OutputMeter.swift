#if canImport(Glibc)
  import Glibc
#endif

/// Counts the bytes the calling thread has written with `write(2)`, from Linux's
/// `/proc/thread-self/io` (`wchar`). ncurses writes its output with `write(2)` on the thread
/// that calls `wrefresh`, so the difference around a refresh is exactly what it sent.
struct OutputMeter {
  /// The bytes written so far by this thread, or nil where the counter is not available.
  static func bytesWrittenByThisThread() -> Int? {
    #if os(Linux)
      let descriptor = open("/proc/thread-self/io", O_RDONLY)
      guard descriptor >= 0 else { return nil }
      defer { close(descriptor) }
      var buffer = [UInt8](repeating: 0, count: 512)
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else { return nil }
      let text = String(decoding: buffer[..<count], as: UTF8.self)
      for line in text.split(separator: "\n") where line.hasPrefix("wchar:") {
        return Int(String(line.dropFirst("wchar:".count).filter { $0 != " " }))
      }
      return nil
    #else
      return nil
    #endif
  }
}
