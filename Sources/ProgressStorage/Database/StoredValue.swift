internal import GRDB

/// A value read from the database as a hand editor may have left it: any storage class in any
/// column. Each reading clamps or refuses; none traps.
struct StoredValue {
  /// The value as SQLite stores it.
  let storage: DatabaseValue.Storage

  /// The value of `column` in `row` (NULL when there is no such column).
  init(_ row: Row, _ column: String) {
    storage = row.hasColumn(column) ? (row[column] as DatabaseValue).storage : .null
  }

  /// A count of something (questions, tries, hints): a whole number of at least 0; a fraction
  /// is cut, text that reads as a number is that number, anything else is 0.
  var count: Int { whole(atLeast: 0) ?? 0 }

  /// A whole number of at least `lowest` (a fraction is cut), or nil when there is none.
  func whole(atLeast lowest: Int) -> Int? {
    if case .int64(let value) = storage { return max(lowest, Int(value)) }
    guard let number, !number.isNaN else { return nil }
    return max(lowest, StoredValue.clamped(number))
  }

  /// Seconds taken: finite and at least 0, else 0.
  var seconds: Double { StoredValue.seconds(number ?? 0) }

  /// A time of day in seconds since 1970, within the years 1970 to 9999 (else the nearer end).
  var time: Double { StoredValue.time(number ?? 0) }

  /// Whether it is true: a number other than 0 (or text that reads as one).
  var isTrue: Bool { (number ?? 0) != 0 }

  /// The text, when it is text (or a number, written out).
  var text: String? {
    switch storage {
    case .string(let text): text
    case .int64(let value): String(value)
    case .double(let value): String(value)
    case .null, .blob: nil
    }
  }

  /// The text's 64-bit unsigned value (a drill's seed), or nil.
  var unsigned: UInt64? {
    switch storage {
    case .string(let text): UInt64(text.trimmingWhitespace())
    case .int64(let value): value >= 0 ? UInt64(value) : nil
    case .double, .null, .blob: nil
    }
  }

  /// The number, when it is one or text that reads as one.
  private var number: Double? {
    switch storage {
    case .int64(let value): Double(value)
    case .double(let value): value
    case .string(let text): Double(text.trimmingWhitespace())
    case .null, .blob: nil
    }
  }

  /// The largest time kept: 9999-12-31T23:59:59Z.
  static let latestTime = 253_402_300_799.0

  /// `value` as a count: cut to a whole number, at least 0, at most `Int.max`; NaN is 0.
  static func count(_ value: Double) -> Int { max(0, clamped(value)) }

  /// `value` as seconds taken: NaN, infinities and negative values are 0.
  static func seconds(_ value: Double) -> Double { value.isFinite && value > 0 ? value : 0 }

  /// `value` as a time of day: NaN is 0, and the rest is kept within 1970 to 9999.
  static func time(_ value: Double) -> Double { value.isNaN ? 0 : min(max(value, 0), latestTime) }

  /// `value` cut to a whole number within `Int`'s range (NaN is 0).
  static func clamped(_ value: Double) -> Int {
    if value.isNaN { return 0 }
    if value >= 9_223_372_036_854_775_807.0 { return .max }
    if value <= -9_223_372_036_854_775_808.0 { return .min }
    return Int(value)
  }
}

extension String {
  /// The text without spaces, tabs or line breaks at either end.
  func trimmingWhitespace() -> Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    let start = firstIndex { !isSpace($0) } ?? endIndex
    let end = lastIndex { !isSpace($0) }.map(index(after:)) ?? start
    return self[start..<max(start, end)]
  }
}
