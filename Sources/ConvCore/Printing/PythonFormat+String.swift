/// Python's `repr(str)`.
extension PythonFormat {
  /// Python's `repr(str)`: single quotes, or double quotes when the text holds `'` and no `"`;
  /// `\\`, `\n`, `\r`, `\t` and the chosen quote escaped; other control characters as `\xhh`; other
  /// characters that Python does not count as printable as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
  public static func repr(_ string: String) -> String {
    let scalars = string.unicodeScalars
    let quote: Unicode.Scalar = scalars.contains("'") && !scalars.contains("\"") ? "\"" : "'"
    var result = String(quote)
    for scalar in scalars {
      switch scalar {
      case quote, "\\": result += "\\" + String(scalar)
      case "\t": result += "\\t"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          result += escaped(scalar.value, marker: "x", width: 2)
        } else if scalar.value < 0x7F || isPrintable(scalar) {
          result.unicodeScalars.append(scalar)
        } else if scalar.value <= 0xFF {
          result += escaped(scalar.value, marker: "x", width: 2)
        } else if scalar.value <= 0xFFFF {
          result += escaped(scalar.value, marker: "u", width: 4)
        } else {
          result += escaped(scalar.value, marker: "U", width: 8)
        }
      }
    }
    result.unicodeScalars.append(quote)
    return result
  }

  /// Python's `str.isprintable()` for one character: not in the categories Cc, Cf, Cs, Co, Cn,
  /// Zl, Zp or Zs, except the space itself.
  private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == " " { return true }
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
      .paragraphSeparator, .spaceSeparator:
      return false
    default:
      return true
    }
  }

  private static func escaped(_ value: UInt32, marker: String, width: Int) -> String {
    let hex = String(value, radix: 16)
    return "\\" + marker + String(repeating: "0", count: width - hex.count) + hex
  }
}
