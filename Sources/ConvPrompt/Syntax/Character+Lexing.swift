/// Character classes of Python's lexical rules, named so as not to shadow the standard
/// library's own (`Character.isNewline` counts more characters than Python does).
extension Character {
  /// `\n`, `\r\n` or `\r`: what ends a line in Python source.
  var isLineBreak: Bool { self == "\n" || self == "\r\n" || self == "\r" }

  var isASCIIDigit: Bool { asciiDigitValue(radix: 10) != nil }

  /// The value of an ASCII digit in `radix` (up to 16), or nil.
  func asciiDigitValue(radix: Int) -> Int? {
    guard isASCII, let value = hexDigitValue, value < radix else { return nil }
    return value
  }

  /// A letter or `_` that may start a Python identifier (XID_Start, then XID_Continue marks).
  var isIdentifierStart: Bool {
    var scalars = unicodeScalars.makeIterator()
    guard let first = scalars.next(), first == "_" || first.properties.isXIDStart else {
      return false
    }
    while let next = scalars.next() {
      guard next.properties.isXIDContinue else { return false }
    }
    return true
  }

  /// A character that may continue a Python identifier (XID_Continue).
  var isIdentifierContinue: Bool {
    unicodeScalars.allSatisfy { $0.properties.isXIDContinue }
  }
}

extension String {
  /// The string with leading zeros up to `width` characters (`"7"` → `"0007"`).
  func zeroPadded(toWidth width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
