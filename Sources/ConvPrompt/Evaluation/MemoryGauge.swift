#if canImport(Glibc)
  import Glibc
#endif

/// How much memory the process holds now, read from the kernel (`/proc/self/statm`).
///
/// Values reach a tensor by many roads (variables, lists, a layer's replaced weight, the
/// recorded calls), so instead of counting each road the interpreter asks the kernel, after each
/// statement that made a tensor, and stops the script when the process is over its limit.
enum MemoryGauge {
  /// The resident size of the process in bytes, or `nil` where the kernel does not say.
  static func residentBytes() -> Int? {
    #if os(Linux)
      let descriptor = open("/proc/self/statm", O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { return nil }
      defer { close(descriptor) }
      var buffer = [UInt8](repeating: 0, count: 128)
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else { return nil }
      // "size resident shared text lib data dt", in pages.
      let fields = buffer[..<count].split(separator: UInt8(ascii: " "))
      guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else {
        return nil
      }
      return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    #else
      return nil
    #endif
  }
}
