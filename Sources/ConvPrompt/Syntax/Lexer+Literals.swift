/// Number and string literals, read as Python 3 reads them.
extension Lexer {
  // MARK: Numbers

  /// `12`, `1_000`, `0x1F`, `0o17`, `0b101`, `1.`, `.5`, `1e-3`, `2.0E+5`.
  mutating func readNumber() throws(Diagnostic) {
    let start = location
    if peek() == "0", let marker = peek(1), let radix = Lexer.radix(marker) {
      try readRadixInteger(radix, start: start)
      return
    }
    var text = ""
    var isFloat = false
    try readDigits(into: &text)
    if peek() == "." {
      isFloat = true
      text.append(".")
      advance()
      if peek()?.isASCIIDigit ?? false { try readDigits(into: &text) }
    }
    if let e = peek(), e == "e" || e == "E" {
      let signed = peek(1) == "+" || peek(1) == "-"
      guard peek(signed ? 2 : 1)?.isASCIIDigit ?? false else {
        throw Diagnostic("invalid decimal literal", at: SourceRange(start: start, end: location))
      }
      isFloat = true
      text.append("e")
      advance()
      if signed, let sign = peek() {
        text.append(sign)
        advance()
      }
      try readDigits(into: &text)
    }
    try refuseLetters(after: start)
    if isFloat {
      guard let value = Double(text) else {
        throw Diagnostic("invalid decimal literal", at: SourceRange(start: start, end: location))
      }
      emit(.float(value), from: start)
      return
    }
    if text.first == "0" && text.contains(where: { $0 != "0" }) {
      throw Diagnostic(
        "leading zeros in decimal integer literals are not permitted; "
          + "use an 0o prefix for octal integers", at: SourceRange(start: start, end: location))
    }
    try emitInteger(Int(text), from: start)
  }

  private static func radix(_ marker: Character) -> Int? {
    switch marker {
    case "x", "X": 16
    case "o", "O": 8
    case "b", "B": 2
    default: nil
    }
  }

  private static func radixName(_ radix: Int) -> String {
    switch radix {
    case 16: "hexadecimal"
    case 8: "octal"
    default: "binary"
    }
  }

  private mutating func readRadixInteger(_ radix: Int, start: SourceLocation) throws(Diagnostic) {
    advance()
    advance()
    var text = ""
    while let character = peek() {
      if character.asciiDigitValue(radix: radix) != nil {
        text.append(character)
      } else if character == "_", peek(1)?.asciiDigitValue(radix: radix) != nil {
        // an underscore between digits (or right after the prefix)
      } else {
        break
      }
      advance()
    }
    let name = Lexer.radixName(radix)
    if let next = peek(), next.isIdentifierContinue {
      let message =
        next.isASCIIDigit ? "invalid digit '\(next)' in \(name) literal" : "invalid \(name) literal"
      throw Diagnostic(message, at: location)
    }
    guard !text.isEmpty else { throw Diagnostic("invalid \(name) literal", at: location) }
    try emitInteger(Int(text, radix: radix), from: start)
  }

  /// Decimal digits with single underscores between them.
  private mutating func readDigits(into text: inout String) throws(Diagnostic) {
    while let character = peek() {
      if character.isASCIIDigit {
        text.append(character)
      } else if character == "_" {
        guard peek(1)?.isASCIIDigit ?? false else {
          throw Diagnostic("invalid decimal literal", at: location)
        }
      } else {
        break
      }
      advance()
    }
  }

  /// `1abc` or `2j`: a number glued to letters.
  private mutating func refuseLetters(after start: SourceLocation) throws(Diagnostic) {
    guard let next = peek(), next.isIdentifierContinue else { return }
    if next == "j" || next == "J", !(peek(1)?.isIdentifierContinue ?? false) {
      advance()
      throw Diagnostic(
        Unsupported.message(for: "complex numbers (`2j`) are"),
        at: SourceRange(start: start, end: location))
    }
    while let character = peek(), character.isIdentifierContinue { advance() }
    throw Diagnostic("invalid decimal literal", at: SourceRange(start: start, end: location))
  }

  private mutating func emitInteger(_ value: Int?, from start: SourceLocation) throws(Diagnostic) {
    guard let value else {
      throw Diagnostic(
        "integer literal is too large: convtutor's integers are 64-bit, at most \(Int.max)",
        at: SourceRange(start: start, end: location))
    }
    emit(.integer(value), from: start)
  }

  // MARK: Strings

  /// A string literal starting at its quote (after any prefix, which began at `start`).
  mutating func readString(prefix: String, start: SourceLocation) throws(Diagnostic) {
    let lowered = prefix.lowercased()
    if lowered.contains("b") || lowered.contains("f") {
      let what = lowered.contains("b") ? "bytes literals (`b'…'`) are" : "f-strings (`f'…'`) are"
      throw Diagnostic(
        Unsupported.message(for: what), at: SourceRange(start: start, end: location))
    }
    let raw = lowered.contains("r")
    guard let quote = peek() else { return }
    let triple = peek(1) == quote && peek(2) == quote
    for _ in 0..<(triple ? 3 : 1) { advance() }
    var value = ""
    var continued = false  // the last thing read was a backslash ending a line
    while true {
      guard let character = peek() else {
        isIncomplete = triple || continued
        throw Diagnostic(
          "unterminated \(triple ? "triple-quoted " : "")string literal (detected at line \(line))",
          at: start)
      }
      if character == quote {
        if !triple {
          advance()
          break
        }
        if peek(1) == quote && peek(2) == quote {
          for _ in 0..<3 { advance() }
          break
        }
      } else if character.isLineBreak {
        guard triple else {
          throw Diagnostic("unterminated string literal (detected at line \(line))", at: start)
        }
        value.append("\n")
        advance()
        continued = false
        continue
      } else if character == "\\" {
        continued = try readEscape(into: &value, raw: raw)
        continue
      }
      value.append(character)
      advance()
      continued = false
    }
    emit(.string(value), from: start)
  }

  /// Reads a backslash and what follows it; returns whether it continued the line (or stopped
  /// at the end of the input).
  private mutating func readEscape(into value: inout String, raw: Bool) throws(Diagnostic) -> Bool {
    let start = location
    advance()
    guard let next = peek() else { return true }
    advance()
    if raw {
      value.append("\\")
      value.append(next.isLineBreak ? "\n" : next)
      return next.isLineBreak
    }
    switch next {
    case _ where next.isLineBreak: return true
    case "\\", "'", "\"": value.append(next)
    case "a": value.append("\u{07}")
    case "b": value.append("\u{08}")
    case "f": value.append("\u{0C}")
    case "n": value.append("\n")
    case "r": value.append("\r")
    case "t": value.append("\t")
    case "v": value.append("\u{0B}")
    case _ where next.asciiDigitValue(radix: 8) != nil:
      var code = UInt32(next.asciiDigitValue(radix: 8) ?? 0)
      for _ in 0..<2 {
        guard let d = peek()?.asciiDigitValue(radix: 8) else { break }
        code = code * 8 + UInt32(d)
        advance()
      }
      try appendScalar(code, to: &value, escapeStart: start)
    case "x", "u", "U":
      let count = next == "x" ? 2 : next == "u" ? 4 : 8
      var code: UInt32 = 0
      for _ in 0..<count {
        guard let d = peek()?.asciiDigitValue(radix: 16) else {
          throw Diagnostic(
            "truncated \\\(next)\(String(repeating: "X", count: count)) escape: "
              + "\\\(next) needs \(count) hexadecimal digits",
            at: SourceRange(start: start, end: location))
        }
        code = code * 16 + UInt32(d)
        advance()
      }
      try appendScalar(code, to: &value, escapeStart: start)
    case "N":
      throw Diagnostic(
        "\\N{…} escapes are not supported by convtutor: write the character itself",
        at: SourceRange(start: start, end: location))
    default:
      value.append("\\")  // Python keeps an unknown escape as written
      value.append(next)
    }
    return false
  }

  private mutating func appendScalar(
    _ code: UInt32, to value: inout String, escapeStart: SourceLocation
  ) throws(Diagnostic) {
    guard let scalar = Unicode.Scalar(code) else {
      let hex = String(code, radix: 16, uppercase: true).zeroPadded(toWidth: 4)
      throw Diagnostic(
        "the escape U+\(hex) is not a valid Unicode character",
        at: SourceRange(start: escapeStart, end: location))
    }
    value.unicodeScalars.append(scalar)
  }
}
