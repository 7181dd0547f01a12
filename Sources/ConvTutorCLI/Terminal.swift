#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's standard streams and files: the only place the command line touches them.
enum Terminal {
  static let standardInput: Int32 = 0

  /// Whether a file descriptor is a terminal.
  static func isInteractive(_ descriptor: Int32) -> Bool {
    isatty(descriptor) == 1
  }

  /// Writes `text` to standard output, unbuffered (so output and errors keep their order).
  static func write(_ text: String) {
    writeAll(text, to: 1)
  }

  /// Writes `text` to standard error.
  static func writeError(_ text: String) {
    writeAll(text, to: 2)
  }

  /// Ends the process with `status`.
  static func exit(_ status: Int32) -> Never {
    Glibc.exit(status)
  }

  /// Output is written at once; kept so that callers can say where order matters.
  static func flush() {}

  private static func writeAll(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return  // A closed pipe: nothing more can be shown.
        }
        offset += written
      }
    }
  }

  /// All of standard input, as text (invalid UTF-8 is repaired with U+FFFD).
  static func readStandardInput() -> String {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = read(standardInput, &buffer, buffer.count)
      if count <= 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether something exists at `path`.
  static func fileExists(atPath path: String) -> Bool {
    access(path, F_OK) == 0
  }

  struct ReadProblem: Error {
    let message: String
  }

  /// The text of a file, or a message saying why it could not be read.
  static func readFile(atPath path: String) -> Result<String, ReadProblem> {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      return .failure(ReadProblem(message: String(cString: strerror(errno))))
    }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
      return .failure(ReadProblem(message: "is a directory, not a script"))
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = read(descriptor, &buffer, buffer.count)
      if count < 0 { return .failure(ReadProblem(message: String(cString: strerror(errno)))) }
      if count == 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
      if bytes.count > 16 * 1024 * 1024 {
        return .failure(
          ReadProblem(message: "larger than 16 MiB, over convtutor's limit for scripts"))
      }
    }
    return .success(String(decoding: bytes, as: UTF8.self))
  }
}
