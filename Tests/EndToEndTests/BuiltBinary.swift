import Foundation
import TestSupport

/// The `convtutor` executable that `swift test` built, run as a user runs it.
enum BuiltBinary {
  /// The built executable: beside the test bundle in the build folder.
  static let url: URL = {
    let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var folder = testBinary.deletingLastPathComponent()
    // On Linux the tests run from `<build>/debug/convtutorPackageTests.xctest`.
    while !FileManager.default.isExecutableFile(
      atPath: folder.appendingPathComponent("convtutor").path),
      folder.path != "/"
    {
      folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("convtutor")
  }()

  /// The snippets of the slides, shared with the interpreter's tests.
  static let snippets = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("ConvPromptTests/Fixtures/snippets")

  struct Result {
    var status: Int32
    var standardOutput: String
    var standardError: String
  }

  /// Runs the binary with `arguments` and `input` on its standard input. It is started with
  /// `posix_spawn` and waited for by its own pid (Foundation's `Process` reaps children in a
  /// way that can take the exit status of the tmux clients other tests start).
  static func run(_ arguments: [String], input: String = "", environment: [String: String]? = nil)
    throws -> Result
  {
    // Output goes to files, not pipes: nothing can block however much the binary prints.
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let inputURL = folder.appendingPathComponent("stdin")
    let outputURL = folder.appendingPathComponent("stdout")
    let errorURL = folder.appendingPathComponent("stderr")
    try Data(input.utf8).write(to: inputURL)
    let pid = try Spawn.start(
      [url.path] + arguments, inputPath: inputURL.path, outputPath: outputURL.path,
      errorPath: errorURL.path, environment: environment)
    let status: Int32 =
      switch Spawn.wait(pid) {
      case .exited(let code): code
      case .signaled(let signal): 128 + signal
      case .stopped(let signal): 128 + signal
      }
    return Result(
      status: status,
      standardOutput: String(decoding: (try? Data(contentsOf: outputURL)) ?? Data(), as: UTF8.self),
      standardError: String(decoding: (try? Data(contentsOf: errorURL)) ?? Data(), as: UTF8.self))
  }
}
