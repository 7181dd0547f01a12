import ConvPrompt
import TerminalText
@preconcurrency import Yams

/// A lesson file's bytes turned into a YAML document tree, safely: a size limit, UTF-8
/// checked, nesting bounded before the parser runs, every YAML error given a place, and
/// tags and large alias expansions refused (``DocumentScan``).
enum YAMLDocument {
  /// The largest lesson file read: 1 MiB.
  static let maximumBytes = 1 << 20

  /// The file's text and its top-level mapping, or `nil` after reporting why there is none.
  static func load(_ bytes: [UInt8], log: ProblemLog) -> (SourceText, Node.Mapping)? {
    guard bytes.count <= maximumBytes else {
      log.error(
        "the file is larger than the limit of \(maximumBytes) bytes (1 MiB) for a lesson file",
        at: nil)
      return nil
    }
    guard let text = decode(bytes, log: log) else { return nil }
    let source = SourceText(text)
    if let place = NestingScan.tooDeep(source) {
      log.error(
        "the file nests more than \(NestingScan.maximumDepth) levels deep; "
          + "a lesson needs only a few", at: place)
      return nil
    }
    let root: Node?
    do {
      root = try Yams.compose(yaml: text, .default, .default, .utf8)
    } catch let error as YamlError {
      report(error, source: source, log: log)
      return nil
    } catch {
      log.error("YAML: \(error)", at: SourceLocation(line: 1, column: 1))
      return nil
    }
    guard let root else {
      log.error(
        "the file is empty; a lesson starts with `format: 1`",
        at: SourceLocation(line: 1, column: 1))
      return nil
    }
    guard DocumentScan.check(root, log: log) else { return nil }
    guard case .mapping(let mapping) = root else {
      log.error(
        "a lesson file is a mapping of fields (`format: 1`, `id: …`, `title: …`), "
          + "but this file holds \(root.kindName)", at: root.location)
      return nil
    }
    return (source, mapping)
  }

  /// The bytes as text, or `nil` after reporting the place of the first byte that is not UTF-8.
  private static func decode(_ bytes: [UInt8], log: ProblemLog) -> String? {
    var iterator = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        offset += encoded.count
      case .emptyInput:
        return String(decoding: bytes, as: UTF8.self)
      case .error:
        let before = SourceText(String(decoding: bytes[..<offset], as: UTF8.self))
        let line = before.lines.count
        let column = (before.lines.last?.unicodeScalars.count ?? 0) + 1
        log.error(
          "the file is not UTF-8 text (byte \(offset + 1) is not valid UTF-8)",
          at: SourceLocation(line: line, column: column))
        return nil
      }
    }
  }

  private static func report(_ error: YamlError, source: SourceText, log: ProblemLog) {
    func place(_ mark: Mark) -> SourceLocation {
      SourceLocation(line: mark.line, column: mark.column)
    }
    func context(_ context: YamlError.Context?) -> String {
      guard let context else { return "" }
      return " (\(context.text) at \(context.mark.line):\(context.mark.column))"
    }
    switch error {
    case .scanner(let surrounding, let problem, let mark, _),
      .parser(let surrounding, let problem, let mark, _),
      .composer(let surrounding, let problem, let mark, _):
      var message = "YAML: \(problem)\(context(surrounding))"
      if problem.contains("did not find expected key") {
        message +=
          "; check the indentation (in a `|` block no line may be indented less "
          + "than its first line)"
      }
      log.error(message, at: place(mark))
    case .reader(let problem, let offset, let value, _):
      // libyaml names the character it refuses by its code: show it, escaped (`\0`).
      var message = "YAML: \(problem)"
      if problem.hasPrefix("control characters"),
        let scalar = Unicode.Scalar(UInt32(bitPattern: value))
      {
        message += ": `\(TerminalEscaping.escaped(String(scalar)))` (\(codePoint(scalar)))"
      }
      log.error(
        message,
        at: offset.map(source.location(ofCharacterOffset:)) ?? SourceLocation(line: 1, column: 1))
    default:
      log.error("YAML: \(error)", at: SourceLocation(line: 1, column: 1))
    }
  }

  /// `U+0000`: a character's code point, at least four hex digits.
  static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
