/// Reads what the learner types: numbers (`4`, `-52`, `1.67`, `5/3`, `-inf`, `∞`), a whole
/// row (`11 13 12` or `11, 13, 12`), shapes (`5x3`, `5×3`, `5 x 3`, `(5, 3)`, `[1, 5, 3]`,
/// `torch.Size([1, 5, 3])`, or `5 3` when a shape is asked), and the words `?`, `hint`,
/// `give up`. Every way of writing a shape gives its sizes; ``ShapeCheck`` judges them.
///
/// Reading never fails on any input: very long lines, huge numbers, `nan`, control characters
/// and any Unicode give ``ReadAnswer/unreadable(_:)`` with a short message.
public enum AnswerReader {
  /// The longest line read; longer input is refused without being scanned.
  static let maximumLength = 2_000
  /// The most numbers read in one line.
  static let maximumNumbers = 256

  /// What `line` says. With `expectingShape`, numbers separated by spaces or commas are read
  /// as a shape's sizes.
  public static func read(_ line: String, expectingShape: Bool = false) -> ReadAnswer {
    guard line.utf8.count <= maximumLength else {
      return .unreadable("not a number: the line is too long (\(line.utf8.count) bytes)")
    }
    let text = trimmed(line)
    if text.isEmpty { return .empty }
    let lower = text.lowercased()
    if lower == "?" || lower == "hint" || lower == "h" { return .hint }
    if ["give up", "giveup", "skip", "give-up"].contains(lower) { return .giveUp }
    if let shape = shape(text, expectingShape: expectingShape) { return shape }
    let parts = text.split { $0 == " " || $0 == "," || $0 == "\t" || $0 == ";" }
    guard parts.count <= maximumNumbers else {
      return .unreadable("not a number: more than \(maximumNumbers) numbers in one line")
    }
    var numbers: [AnswerNumber] = []
    for part in parts {
      guard let number = number(String(part)) else {
        return .unreadable("not a number: \(shown(String(part)))")
      }
      numbers.append(number)
    }
    if numbers.count == 1 { return .number(numbers[0]) }
    return .numbers(numbers)
  }

  /// One number, or `nil` when `text` is not one.
  public static func number(_ text: String) -> AnswerNumber? {
    let normalized = String(
      text.unicodeScalars.map { $0 == "\u{2212}" ? "-" : Character($0) })
    let lower = normalized.lowercased()
    var body = Substring(lower)
    var negative = false
    if let sign = body.first, sign == "-" || sign == "+" {
      negative = sign == "-"
      body = body.dropFirst()
    }
    if ["inf", "infinity", "∞"].contains(body) {
      return AnswerNumber(text: text, value: negative ? -.infinity : .infinity, decimals: nil)
    }
    if let slash = body.firstIndex(of: "/") {
      guard let numerator = decimal(body[..<slash]),
        let denominator = decimal(body[slash...].dropFirst()),
        denominator.value != 0
      else { return nil }
      let value = numerator.value / denominator.value
      guard value.isFinite else { return nil }
      return AnswerNumber(text: text, value: negative ? -value : value, decimals: nil)
    }
    guard let number = decimal(body) else { return nil }
    return AnswerNumber(
      text: text, value: negative ? -number.value : number.value, decimals: number.decimals)
  }

  /// Digits with an optional decimal point and exponent; a finite value only.
  private static func decimal(_ text: Substring) -> (value: Double, decimals: Int?)? {
    guard !text.isEmpty, text.count <= 400 else { return nil }
    let mantissa = text.prefix { $0 != "e" }
    let exponent = text.dropFirst(mantissa.count)
    let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard pieces.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
      mantissa.contains(where: \.isASCIIDigit)
    else { return nil }
    if !exponent.isEmpty {
      var rest = exponent.dropFirst()
      if let sign = rest.first, sign == "-" || sign == "+" { rest = rest.dropFirst() }
      guard !rest.isEmpty, rest.count <= 6, rest.allSatisfy(\.isASCIIDigit) else { return nil }
    }
    guard let value = Double(String(text)), value.isFinite else { return nil }
    let decimals = exponent.isEmpty ? (pieces.count == 2 ? pieces[1].count : nil) : nil
    return (value, decimals == 0 ? nil : decimals)
  }

  /// A shape, when `text` is written as one.
  private static func shape(_ text: String, expectingShape: Bool) -> ReadAnswer? {
    var inner = text
    if inner.hasPrefix("torch.Size(") && inner.hasSuffix(")") {
      inner = String(inner.dropFirst("torch.Size(".count).dropLast())
    }
    let bracketed =
      (inner.hasPrefix("(") && inner.hasSuffix(")"))
      || (inner.hasPrefix("[") && inner.hasSuffix("]"))
    let hasTimes = inner.contains { $0 == "x" || $0 == "X" || $0 == "×" || $0 == "*" }
    guard bracketed || hasTimes || expectingShape else { return nil }
    if bracketed { inner = String(inner.dropFirst().dropLast()) }
    let parts = inner.split { " ,xX×*\t".contains($0) }
    guard !parts.isEmpty, parts.count <= 8 else {
      return bracketed || hasTimes ? .unreadable("not a shape: \(shown(text))") : nil
    }
    var sizes: [Int] = []
    for part in parts {
      guard part.count <= 9, part.allSatisfy(\.isASCIIDigit), let size = Int(part) else {
        return bracketed || hasTimes ? .unreadable("not a shape: \(shown(text))") : nil
      }
      sizes.append(size)
    }
    return .shape(sizes, isLabel: !bracketed)
  }

  /// The text without surrounding spaces.
  private static func trimmed(_ line: String) -> String {
    let scalars = line.unicodeScalars
    guard let start = scalars.firstIndex(where: { !isSpace($0) }),
      let end = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[start...end])
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" || scalar == "\u{A0}"
  }

  /// At most 40 characters of what was typed, control characters shown as `?`.
  static func shown(_ text: String) -> String {
    let cleaned = String(
      text.unicodeScalars.prefix(40).map {
        $0.properties.generalCategory == .control || $0.value == 0x1B ? "?" : Character($0)
      })
    return text.unicodeScalars.count > 40 ? cleaned + "…" : cleaned
  }
}

extension Character {
  /// `0`…`9` only (not other scripts' digits).
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
