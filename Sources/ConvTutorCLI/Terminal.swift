import ConvPrompt

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's standard streams and files: the only place the command line touches them.
enum Terminal {
  static let standardInput: Int32 = 0
  static let standardOutput: Int32 = 1

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

  /// Whether something exists at `path`.
  static func fileExists(atPath path: String) -> Bool {
    access(path, F_OK) == 0
  }

  struct ReadProblem: Error {
    let message: String
  }

  /// The text of a script file (`-`: standard input), or a message saying why it could not
  /// be read. Reading stops past the parser's limit (1 MiB), so an endless input
  /// (`run - < /dev/zero`) is refused instead of filling the memory.
  static func readScript(_ path: String) -> Result<String, ReadProblem> {
    guard path != "-" else { return readScript(from: standardInput) }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      return .failure(ReadProblem(message: String(cString: strerror(errno))))
    }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
      return .failure(ReadProblem(message: "is a directory, not a script"))
    }
    return readScript(from: descriptor)
  }

  private static func readScript(from descriptor: Int32) -> Result<String, ReadProblem> {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = read(descriptor, &buffer, buffer.count)
      if count < 0, errno == EINTR { continue }
      if count < 0 { return .failure(ReadProblem(message: String(cString: strerror(errno)))) }
      if count == 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
      if bytes.count > Parser.maximumSourceBytes {
        return .failure(
          ReadProblem(message: "larger than 1 MiB, over convtutor's limit for scripts"))
      }
    }
    return .success(String(decoding: bytes, as: UTF8.self))
  }
}
