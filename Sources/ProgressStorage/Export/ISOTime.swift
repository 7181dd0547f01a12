#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Times of day as ISO 8601 writes them in UTC: `2025-01-02T15:30:00Z`.
enum ISOTime {
  /// `seconds` since 1970 (cut to the second, kept within 1970 to 9999) in ISO 8601, UTC.
  static func text(_ seconds: Double) -> String {
    var time = time_t(StoredValue.time(seconds).rounded(.down))
    var parts = tm()
    gmtime_r(&time, &parts)
    func digits(_ value: Int32, _ count: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, count - text.count)) + text
    }
    return digits(parts.tm_year + 1900, 4) + "-" + digits(parts.tm_mon + 1, 2) + "-"
      + digits(parts.tm_mday, 2) + "T" + digits(parts.tm_hour, 2) + ":"
      + digits(parts.tm_min, 2) + ":" + digits(parts.tm_sec, 2) + "Z"
  }
}
