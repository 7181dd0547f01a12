@preconcurrency import Yams

/// The places of a quoted YAML value written on one line of the file, escapes and all:
/// `"1\t2 \e[2J"` or `'it''s'`. Each character of the value is mapped to the file column of
/// what stands for it (the `\` of an escape), so that a bad number or a bad argument in a
/// quoted value is pointed at exactly.
enum QuotedScalar {
  /// The file columns of the value's characters, one list per line of the value (a `\n`
  /// escape starts a new line), or `nil` when the value does not end on the line it starts
  /// on, or the file's text does not give back `value`.
  static func columns(
    of value: String, style: Node.Scalar.Style, line: Substring.UnicodeScalarView,
    quoteColumn: Int
  ) -> [[Int]]? {
    let scalars = Array(line)
    let quote: Unicode.Scalar = style == .doubleQuoted ? "\"" : "'"
    guard scalars.first == quote else { return nil }
    var decoded = String.UnicodeScalarView()
    var rows: [[Int]] = [[]]
    var index = 1
    while index < scalars.count {
      let column = quoteColumn + index
      var scalar = scalars[index]
      var length = 1
      if scalar == quote {
        guard style == .singleQuoted, index + 1 < scalars.count, scalars[index + 1] == "'" else {
          return String(decoded) == value ? rows : nil
        }
        length = 2
      } else if scalar == "\\", style == .doubleQuoted {
        guard let (escaped, escapeLength) = escape(scalars, at: index + 1) else { return nil }
        scalar = escaped
        length = 1 + escapeLength
      }
      decoded.append(scalar)
      if scalar == "\n" {
        rows.append([])
      } else {
        rows[rows.count - 1].append(column)
      }
      index += length
    }
    return nil
  }

  /// The character a double-quoted escape stands for and the number of source characters
  /// after the `\`, or `nil` for an escaped line break (the value goes on to the next line)
  /// or an escape YAML does not know.
  private static func escape(_ scalars: [Unicode.Scalar], at index: Int)
    -> (Unicode.Scalar, Int)?
  {
    guard index < scalars.count else { return nil }
    let hexDigits: Int
    switch scalars[index] {
    case "x": hexDigits = 2
    case "u": hexDigits = 4
    case "U": hexDigits = 8
    default:
      guard let value = simpleEscapes[scalars[index]] else { return nil }
      return (Unicode.Scalar(value)!, 1)
    }
    guard index + hexDigits < scalars.count else { return nil }
    let digits = String(String.UnicodeScalarView(scalars[(index + 1)...(index + hexDigits)]))
    guard let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) else {
      return nil
    }
    return (scalar, 1 + hexDigits)
  }

  /// YAML's one-character escapes: `\0`, `\a`, `\e`, `\N`, `\_`, …
  private static let simpleEscapes: [Unicode.Scalar: UInt32] = [
    "0": 0x00, "a": 0x07, "b": 0x08, "t": 0x09, "\t": 0x09, "n": 0x0A, "v": 0x0B, "f": 0x0C,
    "r": 0x0D, "e": 0x1B, " ": 0x20, "\"": 0x22, "/": 0x2F, "\\": 0x5C, "N": 0x85, "_": 0xA0,
    "L": 0x2028, "P": 0x2029,
  ]
}
