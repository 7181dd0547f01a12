#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Makes the C library's character type UTF-8, which ncurses needs to draw anything beyond
/// ASCII (without it, box-drawing characters silently disappear).
enum TerminalLocale {
  /// Applies the user's locale; when its codeset is not UTF-8 (no `LANG`, as under CI), falls
  /// back to `C.UTF-8` for the character type. Returns whether the codeset is UTF-8 now.
  @discardableResult
  static func prepare() -> Bool {
    _ = setlocale(LC_ALL, "")
    if isUTF8() { return true }
    _ = setlocale(LC_CTYPE, "C.UTF-8")
    return isUTF8()
  }

  static func isUTF8() -> Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }
}
