import Foundation

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

  /// Runs the binary with `arguments` and `input` on its standard input.
  static func run(_ arguments: [String], input: String = "", environment: [String: String]? = nil)
    throws -> Result
  {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    if let environment { process.environment = environment }
    // Output goes to files, not pipes: nothing can block however much the binary prints.
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let inputURL = folder.appendingPathComponent("stdin")
    let outputURL = folder.appendingPathComponent("stdout")
    let errorURL = folder.appendingPathComponent("stderr")
    try Data(input.utf8).write(to: inputURL)
    _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
    process.standardInput = try FileHandle(forReadingFrom: inputURL)
    process.standardOutput = try FileHandle(forWritingTo: outputURL)
    process.standardError = try FileHandle(forWritingTo: errorURL)
    try process.run()
    process.waitUntilExit()
    let outputData = try Data(contentsOf: outputURL)
    let errorData = try Data(contentsOf: errorURL)
    return Result(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self))
  }
}
