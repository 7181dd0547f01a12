import Foundation
import TestSupport
import Testing

/// The built binary on lessons that try to take over the terminal
/// (`LessonsTests/Fixtures/hostile/`): the bytes it writes, to standard output and standard
/// error, hold no escape, control or bidirectional character, and the text shows escaped.
@Suite struct HostileLessonCommandTests {
  static let hostile = LessonCommandTests.fixtures.appendingPathComponent("hostile").path
  static let errors = hostile + "/errors"

  /// What a run wrote, byte for byte (not repaired as text), and how it ended.
  struct Output {
    var status: Int32
    var standardOutput: [UInt8]
    var standardError: [UInt8]
    /// The files the run left in its home and data folder (`HOME`, `XDG_DATA_HOME`).
    var created: [String]
    var text: String { String(decoding: standardOutput, as: UTF8.self) }
    var errorText: String { String(decoding: standardError, as: UTF8.self) }
  }

  /// Runs `convtutor arguments` with `input`, progress in a fresh folder.
  static func run(_ arguments: [String], input: String = "") throws -> Output {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let paths = ["stdin", "stdout", "stderr"].map { folder.appendingPathComponent($0).path }
    try Data(input.utf8).write(to: URL(fileURLWithPath: paths[0]))
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_DATA_HOME"] = folder.path
    environment["HOME"] = folder.path
    let pid = try Spawn.start(
      [BuiltBinary.url.path] + arguments, inputPath: paths[0], outputPath: paths[1],
      errorPath: paths[2], environment: environment)
    let status: Int32 =
      switch Spawn.wait(pid) {
      case .exited(let code): code
      case .signaled(let signal), .stopped(let signal): 128 + signal
      }
    func bytes(_ path: String) -> [UInt8] {
      [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data())
    }
    let created = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
      .filter { !["stdin", "stdout", "stderr"].contains($0) }
    return Output(
      status: status, standardOutput: bytes(paths[1]), standardError: bytes(paths[2]),
      created: created.sorted())
  }

  /// The bytes a terminal would obey: C0 controls but line feed and tab, DEL, C1 controls
  /// (UTF-8 `C2 80` to `C2 9F`), and the bidirectional controls U+061C, U+200E, U+200F,
  /// U+202A to U+202E and U+2066 to U+2069; each found as `offset: bytes`.
  static func unsafeBytes(_ bytes: [UInt8]) -> [String] {
    var found: [String] = []
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let next = index + 1 < bytes.count ? bytes[index + 1] : 0
      let third = index + 2 < bytes.count ? bytes[index + 2] : 0
      var length = 0
      if (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F {
        length = 1
      } else if byte == 0xC2, (0x80...0x9F).contains(next) {
        length = 2
      } else if byte == 0xD8, next == 0x9C {
        length = 2
      } else if byte == 0xE2, next == 0x80,
        [0x8E, 0x8F, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE].contains(third)
      {
        length = 3
      } else if byte == 0xE2, next == 0x81, (0xA6...0xA9).contains(third) {
        length = 3
      }
      if length > 0 {
        found.append(
          "\(index): "
            + bytes[index..<index + length].map { String($0, radix: 16) }.joined(separator: " "))
        index += length
      } else {
        index += 1
      }
    }
    return found
  }

  /// Checks that neither stream of `output` holds a byte a terminal would obey.
  static func expectSafe(_ output: Output, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(
      unsafeBytes(output.standardOutput).isEmpty, "stdout: \(unsafeBytes(output.standardOutput))",
      sourceLocation: sourceLocation)
    #expect(
      unsafeBytes(output.standardError).isEmpty, "stderr: \(unsafeBytes(output.standardError))",
      sourceLocation: sourceLocation)
  }

  @Test func theCheckerOfUnsafeBytesFindsThem() {
    let text = "a\u{1B}b\u{07}\0\u{08}\r\u{9B}\u{202E}\u{2066}\u{2069}\u{200F}\u{7F}\t\n ok ‮"
    #expect(Self.unsafeBytes(Array(text.utf8)).count == 12)
    #expect(Self.unsafeBytes(Array("·×−→│ ✓ é ⌊".utf8)).isEmpty)
  }

  @Test func lessonCheckShowsHostileTextEscaped() throws {
    let lesson = try Self.run(["lesson", "check", Self.hostile + "/hostile.yaml"])
    Self.expectSafe(lesson)
    #expect(lesson.status == 0)
    #expect(lesson.text.contains("note: A remark \\e]0;PWNED\\x07 with a raw \\u{202E}override."))
    #expect(lesson.created.isEmpty)
    let errors = try Self.run(["lesson", "check", Self.errors])
    Self.expectSafe(errors)
    #expect(errors.status == 1)
    for shown in [
      "unknown field `titel\\e]52;c;ZXZpbA==\\x07` in the lesson",
      "the id `bad\\e]0;PWNED\\x07\\u{202E}` may hold only",
      "grid-quoted.yaml:8:25: error: `\\u{9B}4` in the input is not a number",
      "unknown field `hint\\x07` in this quiz; did you mean `hints`?",
    ] {
      #expect(errors.text.contains(shown), "\(shown)")
    }
    #expect(errors.text.hasSuffix("11 lesson files checked: 14 errors, 0 notes\n"))
  }

  @Test func theLessonListAndItsErrorsAreEscaped() throws {
    let listed = try Self.run(["lessons", "--lessons", Self.hostile])
    Self.expectSafe(listed)
    #expect(listed.status == 0)
    #expect(listed.created.isEmpty)
    let line = listed.text.split(separator: "\n").last { $0.hasPrefix("hostile ") } ?? ""
    #expect(line.contains(" Hostile \\e]0;PWNED\\x07 title \\e]52;c;ZXZpbA==\\x07 end "))
    // Files with hostile names, and one with a raw NUL: named escaped on standard error.
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-hostile-names-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("format: 1\n".utf8).write(
      to: folder.appendingPathComponent("\u{1B}]0;PWNED\u{07}\u{202E}.yaml"))
    try Data("format: 1\nid: nul\ntitle: \"a \0 b\"\n".utf8).write(
      to: folder.appendingPathComponent("nul.yaml"))
    let names = try Self.run(["lessons", "--lessons", folder.path])
    Self.expectSafe(names)
    #expect(names.status == 1)
    #expect(names.errorText.contains("/\\e]0;PWNED\\x07\\u{202E}.yaml has errors and is left out"))
    let checked = try Self.run(["lesson", "check", folder.path])
    Self.expectSafe(checked)
    #expect(
      checked.text.contains(
        "/nul.yaml:3:11: error: YAML: control characters are not allowed: `\\0` (U+0000)\n"))
  }

  @Test func thePlainLessonIsEscaped() throws {
    for command in ["show", "open"] {
      let output = try Self.run(
        [command, "hostile", "--lessons", Self.hostile, "--plain"].filter {
          command == "show" || $0 != "--plain"
        })
      Self.expectSafe(output)
      #expect(output.status == 0, "\(command): \(output.errorText)")
      #expect(output.created.isEmpty, "a lesson shown writes nothing: \(output.created)")
      let text = output.text
      #expect(
        text.hasPrefix(
          "Hostile \\e]0;PWNED\\x07 title \\e]52;c;ZXZpbA==\\x07 end (hostile, 4 steps)\n"))
      for shown in [
        "C1 CSI \\u{9B}2J, NUL \\0, bell \\x07, backspace \\x08, return \\r, title \\e]2;OWNED\\e\\",
        "\\u{202E}reversed text, isolates \\u{2066}a\\u{2069}",
        "Watch \\e]52;c;ZXZpbA==\\x07 the convolution \\e[10;10H here.",
        "Hint 2, for any cell: Hint \\u{9B}10;10H two \\0 with NUL, \\x08 backspace and \\r "
          + "return.",
        "Erratum: A remark \\e]0;PWNED\\x07 with a raw \\u{202E}override.",
      ] {
        #expect(text.contains(shown), "\(command): \(shown)")
      }
    }
  }

  @Test func aScriptsErrorQuotesItsLineEscaped() throws {
    // `show FILE` runs a script; an error quotes the script's line, which holds raw controls.
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("convtutor-hostile-script-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = folder.appendingPathComponent("hostile.py").path
    try Data("x = \"\u{202E}\u{1B}]0;PWNED\u{07}\" +\n".utf8).write(
      to: URL(fileURLWithPath: script))
    for arguments in [["show", script, "--plain"], ["run", script]] {
      let output = try Self.run(arguments)
      Self.expectSafe(output)
      #expect(output.status == 1)
      #expect(output.errorText.contains("x = \"\\u{202E}\\e]0;PWNED\\x07\" +\n"))
    }
  }

  @Test func thePlainQuizIsEscaped() throws {
    let answers = "2x2\n?\n?\n\u{1B}]52;c;ZXZpbA==\u{07}\n6\n8\n14\n16\n"
    let output = try Self.run(
      ["quiz", "hostile", "--lessons", Self.hostile, "--plain"], input: answers)
    Self.expectSafe(output)
    #expect(output.status == 0, "\(output.errorText)")
    #expect(output.text.contains("== Hostile \\e]0;PWNED\\x07 title \\e]52;c;ZXZpbA==\\x07 end =="))
    #expect(output.text.contains("Your turn \\e[2J\\e[H: compute it \\u{202E}now."))
    // The answer reader shows a control character of an answer as `?`.
    #expect(output.text.contains("Row 0, column 0? not a shape: ?]52;c;ZXZpbA==?\n"))
    // The lesson's hint for any cell, the second `?` at the first cell (after the rule).
    #expect(
      output.text.contains(
        "Row 0, column 0? Hint 2 of 6 (the lesson's): Hint \\u{9B}10;10H two \\0 with NUL, "
          + "\\x08 backspace and \\r return.\n"))
    #expect(output.text.contains("Score: "))
    #expect(output.created == ["convtutor", "convtutor/progress.sqlite"])
  }

  @Test func commandLineErrorsQuoteTheArgumentsEscaped() throws {
    for arguments in [
      ["\u{1B}]0;PWNED\u{07}"], ["drill", "--skill", "\u{1B}]52;c;ZXZpbA==\u{07}"],
      ["open", "\u{1B}[2J\u{202E}"], ["lessons", "--\u{1B}]0;x\u{07}"],
    ] {
      let output = try Self.run(arguments)
      Self.expectSafe(output)
      #expect(output.status != 0)
      #expect(output.errorText.contains("\\e"), "\(output.errorText)")
    }
    let help = try Self.run(["--help"])
    Self.expectSafe(help)
    #expect(help.status == 0)
    #expect(help.text.contains("USAGE: convtutor"))
  }
}
