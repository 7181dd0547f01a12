/// JSON read as far as it goes: a truncated or damaged file gives what stood before the damage.
///
/// Containers left open at the end are closed; a value cut short is left out; `NaN`,
/// `Infinity` and `-Infinity` read as numbers; text that is not UTF-8 is repaired. Nesting
/// deeper than ``maximumDepth`` ends the reading there. Nothing here traps or recurses
/// without bound.
enum LenientJSON: Equatable {
  case object([(key: String, value: LenientJSON)])
  case array([LenientJSON])
  case string(String)
  case number(Double)
  case bool(Bool)
  case null

  /// How deep containers may nest.
  static let maximumDepth = 64

  /// What `bytes` hold, and whether they were read to their end without damage.
  static func read(_ bytes: [UInt8]) -> (value: LenientJSON?, isWhole: Bool) {
    var reader = Reader(bytes: bytes)
    let value = reader.value(depth: 0)
    reader.skipSpace()
    return (value, reader.isWhole && reader.offset == bytes.count)
  }

  /// The value of `key` in an object (the last, when a key repeats), or nil.
  subscript(key: String) -> LenientJSON? {
    guard case .object(let members) = self else { return nil }
    return members.last { $0.key == key }?.value
  }

  /// The value as a number: a number, text that reads as one, or a Boolean (1 or 0).
  var number: Double? {
    switch self {
    case .number(let value): value
    case .string(let text): Double(text.trimmingWhitespace())
    case .bool(let value): value ? 1 : 0
    case .object, .array, .null: nil
    }
  }

  /// Whether the value says yes: `true`, a number other than 0, or the text `true`.
  var isTrue: Bool {
    switch self {
    case .bool(let value): value
    case .string(let text): text == "true"
    default: (number ?? 0) != 0
    }
  }

  static func == (lhs: LenientJSON, rhs: LenientJSON) -> Bool {
    switch (lhs, rhs) {
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    case (.array(let a), .array(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.number(let a), .number(let b)): a == b || (a.isNaN && b.isNaN)
    case (.bool(let a), .bool(let b)): a == b
    case (.null, .null): true
    default: false
    }
  }

  /// A cursor over the bytes.
  private struct Reader {
    let bytes: [UInt8]
    var offset = 0
    /// False once something could not be read.
    var isWhole = true

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipSpace() {
      while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
    }

    /// The value at the cursor, or nil (the reading is then damaged).
    mutating func value(depth: Int) -> LenientJSON? {
      skipSpace()
      guard offset < bytes.count else { return damaged() }
      switch bytes[offset] {
      case UInt8(ascii: "{"):
        return depth < LenientJSON.maximumDepth ? object(depth: depth) : damaged()
      case UInt8(ascii: "["):
        return depth < LenientJSON.maximumDepth ? array(depth: depth) : damaged()
      case UInt8(ascii: "\""): return string().map(LenientJSON.string)
      default: return scalar()
      }
    }

    private mutating func damaged() -> LenientJSON? {
      isWhole = false
      return nil
    }

    private mutating func object(depth: Int) -> LenientJSON {
      offset += 1
      var members: [(key: String, value: LenientJSON)] = []
      while true {
        skipSpace()
        guard offset < bytes.count else { break }
        if bytes[offset] == UInt8(ascii: "}") {
          offset += 1
          return .object(members)
        }
        if bytes[offset] == UInt8(ascii: ","), !members.isEmpty {
          offset += 1
          continue
        }
        guard bytes[offset] == UInt8(ascii: "\""), let key = string() else { break }
        skipSpace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { break }
        offset += 1
        guard let value = value(depth: depth + 1) else { break }
        members.append((key, value))
      }
      isWhole = false
      return .object(members)
    }

    private mutating func array(depth: Int) -> LenientJSON {
      offset += 1
      var elements: [LenientJSON] = []
      while true {
        skipSpace()
        guard offset < bytes.count else { break }
        if bytes[offset] == UInt8(ascii: "]") {
          offset += 1
          return .array(elements)
        }
        if bytes[offset] == UInt8(ascii: ","), !elements.isEmpty {
          offset += 1
          continue
        }
        guard let value = value(depth: depth + 1) else { break }
        elements.append(value)
      }
      isWhole = false
      return .array(elements)
    }

    /// A string at the cursor (on its opening quote), or nil when it is not closed.
    private mutating func string() -> String? {
      offset += 1
      var text: [UInt8] = []
      while offset < bytes.count {
        let byte = bytes[offset]
        offset += 1
        switch byte {
        case UInt8(ascii: "\""):
          return String(decoding: text, as: UTF8.self)
        case UInt8(ascii: "\\"):
          guard offset < bytes.count else { return damagedString() }
          let escape = bytes[offset]
          offset += 1
          switch escape {
          case UInt8(ascii: "n"): text.append(0x0A)
          case UInt8(ascii: "t"): text.append(0x09)
          case UInt8(ascii: "r"): text.append(0x0D)
          case UInt8(ascii: "b"): text.append(0x08)
          case UInt8(ascii: "f"): text.append(0x0C)
          case UInt8(ascii: "u"):
            guard let scalar = unicodeEscape() else { return damagedString() }
            text.append(contentsOf: Array(String(Character(scalar)).utf8))
          default: text.append(escape)  // \" \\ \/ and anything else: the character itself
          }
        default:
          text.append(byte)
        }
      }
      return damagedString()
    }

    private mutating func damagedString() -> String? {
      isWhole = false
      return nil
    }

    /// The scalar of `XXXX` (after `\u`), joining a surrogate pair; a lone surrogate is
    /// U+FFFD. Nil when the digits are cut short.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
      guard let first = hexadecimal() else { return nil }
      if (0xD800...0xDBFF).contains(first), offset + 1 < bytes.count,
        bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
      {
        let start = offset
        offset += 2
        if let second = hexadecimal(), (0xDC00...0xDFFF).contains(second) {
          return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
        }
        offset = start
      }
      return Unicode.Scalar(first) ?? "\u{FFFD}"
    }

    private mutating func hexadecimal() -> UInt32? {
      guard offset + 4 <= bytes.count,
        let value = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16)
      else { return nil }
      offset += 4
      return value
    }

    /// A number, `true`, `false`, `null`, `NaN` or `Infinity` at the cursor, or nil.
    private mutating func scalar() -> LenientJSON? {
      let start = offset
      while offset < bytes.count,
        !" \t\r\n,:]}[{\"".utf8.contains(bytes[offset])
      {
        offset += 1
      }
      let word = String(decoding: bytes[start..<offset], as: UTF8.self)
      switch word {
      case "true": return .bool(true)
      case "false": return .bool(false)
      case "null": return .null
      case "NaN": return .number(.nan)
      case "Infinity", "+Infinity": return .number(.infinity)
      case "-Infinity": return .number(-.infinity)
      default:
        if word.utf8.count <= 400, let number = Double(word) { return .number(number) }
        if offset == start { offset += 1 }  // a stray character: step over it
        return damaged()
      }
    }
  }
}
