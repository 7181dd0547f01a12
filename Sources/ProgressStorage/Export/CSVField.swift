/// Fields and lines of CSV as RFC 4180 writes them.
enum CSVField {
  /// `fields` as one line: each quoted when it holds a comma, a double quote, a carriage
  /// return or a line feed (its quotes doubled), joined by commas, ended by CRLF.
  static func line(_ fields: [String]) -> String {
    fields.map(quoted).joined(separator: ",") + "\r\n"
  }

  /// `field` as it stands in a line.
  static func quoted(_ field: String) -> String {
    guard field.unicodeScalars.contains(where: { "\",\r\n".unicodeScalars.contains($0) }) else {
      return field
    }
    var text = "\""
    for scalar in field.unicodeScalars {
      text.unicodeScalars.append(scalar)
      if scalar == "\"" { text.unicodeScalars.append(scalar) }
    }
    return text + "\""
  }

  /// Seconds to the millisecond: `65.5`, `0.25`, `12`.
  static func number(_ seconds: Double) -> String {
    let rounded = ReviewExport.milliseconds(seconds)
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
    return String(rounded)
  }
}
