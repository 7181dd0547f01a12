import ArgumentParser
import ConvPrompt
import Lessons
import TerminalText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `convtutor lesson new NAME`: writes `NAME.yaml`, a commented template lesson that passes
/// `lesson check`.
struct LessonNewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Write NAME.yaml: a commented template lesson to start from.",
    discussion: """
      NAME is the lesson's id: lowercase letters, digits and single hyphens (it may be given \
      with a folder in front, such as my-lessons/edges). An existing file is never \
      overwritten.
      """
  )

  @Argument(help: "The new lesson's name, which is also its id.")
  var name: String

  func run() throws {
    let slash = name.lastIndex(of: "/")
    let folder = slash.map { String(name[...$0]) } ?? ""
    let base = slash.map { String(name[name.index(after: $0)...]) } ?? name
    let id: String
    switch LessonTemplate.id(forName: base) {
    case .success(let valid): id = valid
    case .failure(let problem):
      Terminal.writeError("convtutor: '\(TerminalEscaping.escaped(base))': \(problem.message)\n")
      throw ExitCode.failure
    }
    let path = folder + id + ".yaml"
    let shown = TerminalEscaping.escaped(path)
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else {
      let reason =
        errno == EEXIST
        ? "exists already; choose another name (convtutor never overwrites a lesson)"
        : String(cString: strerror(errno))
      Terminal.writeError("convtutor: \(shown): \(reason)\n")
      throw ExitCode.failure
    }
    let written = LessonNewCommand.writeAll(LessonTemplate.text(id: id), to: descriptor)
    close(descriptor)
    guard written else {
      Terminal.writeError("convtutor: \(shown): \(String(cString: strerror(errno)))\n")
      throw ExitCode.failure
    }
    Terminal.write("Wrote \(shown). Check it with: convtutor lesson check \(shown)\n")
  }

  private static func writeAll(_ text: String, to descriptor: Int32) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if count < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += count
      }
      return true
    }
  }
}
