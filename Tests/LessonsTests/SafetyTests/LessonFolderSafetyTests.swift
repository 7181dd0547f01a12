import Foundation
import Testing

@testable import Lessons

#if canImport(Glibc)
  import Glibc
#endif

/// A shared lesson folder cannot make the reader leave it or hang: links inside it are not
/// followed, only regular files are read, and names are shown escaped.
@Suite struct LessonFolderSafetyTests {
  /// A new folder with `body` run on it, removed after.
  func withFolder(_ body: (URL) throws -> Void) throws {
    let folder = try Fixture.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try body(folder)
  }

  @Test func linksOutOfTheFolderAreNotFollowed() throws {
    try withFolder { folder in
      let outside = try Fixture.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: outside) }
      try LessonTemplate.text(id: "outside").write(
        to: outside.appendingPathComponent("outside.yaml"), atomically: true, encoding: .utf8)
      let links = [
        ("passwd.yaml", "/etc/passwd"), ("folder.yaml", outside.path),
        ("lesson.yaml", outside.appendingPathComponent("outside.yaml").path),
        ("relative.yaml", "../" + outside.lastPathComponent + "/outside.yaml"),
      ]
      for (name, target) in links {
        try FileManager.default.createSymbolicLink(
          atPath: folder.appendingPathComponent(name).path, withDestinationPath: target)
      }
      let catalog = LessonLibrary.check(paths: [folder.path])
      #expect(catalog.lessons.isEmpty)
      #expect(catalog.fileCount == links.count)
      #expect(
        catalog.diagnostics.map(\.rendered)
          == links.map(\.0).sorted().map {
            "\(folder.path)/\($0): error: is a symbolic link; a lesson folder is read without "
              + "following links"
          })
      let added = LessonLibrary.catalog(addingFolder: folder.path)
      #expect(!added.lessons.contains { $0.id == "outside" })
    }
  }

  @Test func onlyRegularFilesAreReadAndNothingBlocks() throws {
    try withFolder { folder in
      // A FIFO without a writer would block a reader that opened it for good.
      let fifo = folder.appendingPathComponent("pipe.yaml").path
      #expect(mkfifo(fifo, 0o644) == 0)
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent("sub.yaml"), withIntermediateDirectories: false)
      let started = Date()
      let catalog = LessonLibrary.check(paths: [folder.path])
      #expect(
        catalog.diagnostics.map(\.message) == [
          "is not a regular file", "is a folder, not a lesson file",
        ])
      // Named on the command line, a FIFO or a device is refused too.
      let named = LessonLibrary.check(paths: [fifo, "/dev/zero"])
      #expect(
        named.diagnostics.map(\.message) == ["is not a regular file", "is not a regular file"])
      #expect(Date().timeIntervalSince(started) < 5)
    }
  }

  @Test func aFileNamedOnTheCommandLineMayBeALink() throws {
    try withFolder { folder in
      let target = folder.appendingPathComponent("real.yaml")
      try LessonTemplate.text(id: "real").write(to: target, atomically: true, encoding: .utf8)
      let link = folder.appendingPathComponent("link.yml").path
      try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target.path)
      #expect(LessonLibrary.check(paths: [link]).lessons.map(\.id) == ["real"])
    }
  }

  @Test func hostileFileNamesAreShownEscaped() throws {
    try withFolder { folder in
      let name = "\u{1B}]0;PWNED\u{07}\u{202E}.yaml"
      try "format: 1\n".write(
        to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
      let catalog = LessonLibrary.check(paths: [folder.path])
      let rendered = catalog.diagnostics.map(\.rendered)
      #expect(!rendered.isEmpty)
      for line in rendered {
        #expect(line.hasPrefix("\(folder.path)/\\e]0;PWNED\\x07\\u{202E}.yaml:"), "\(line)")
        #expect(TerminalSafety.unsafeScalars(in: line).isEmpty)
      }
    }
  }
}
