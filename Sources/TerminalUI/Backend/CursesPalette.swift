import CNcurses

/// Turns a `Style` into ncurses attributes and a colour pair.
///
/// With colour, each role has its own pair (pair numbers 1…); without, a role becomes its
/// `monochromeAttributes`.
struct CursesPalette {
  /// Whether colour pairs are in use.
  let usesColor: Bool

  /// Attributes only; no colour set up.
  static var monochrome: CursesPalette { CursesPalette(usesColor: false) }

  private init(usesColor: Bool) { self.usesColor = usesColor }

  /// Sets up colour when `wanted` and the terminal has enough colour pairs. Call after
  /// `newterm`.
  init(wanted: Bool) {
    guard wanted, has_colors(), start_color() == OK, cn_color_pairs() > Style.Role.allCases.count
    else {
      usesColor = false
      return
    }
    let defaults = use_default_colors() == OK
    let background = defaults ? Int16(-1) : Int16(COLOR_BLACK)
    let foreground = defaults ? Int16(-1) : Int16(COLOR_WHITE)
    for role in Style.Role.allCases {
      let colors = Self.colors(of: role)
      _ = init_pair(
        Self.pair(of: role), colors.foreground.map(Int16.init) ?? foreground,
        colors.background.map(Int16.init) ?? background)
    }
    usesColor = true
  }

  /// The attributes and colour pair for `style`.
  func look(of style: Style) -> (attributes: attr_t, pair: Int16) {
    guard usesColor, let role = style.role else {
      return (Self.attributes(style.monochromeAttributes), 0)
    }
    return (
      Self.attributes(style.attributes.union(Self.colorAttributes(of: role))), Self.pair(of: role)
    )
  }

  static func pair(of role: Style.Role) -> Int16 { Int16(role.rawValue) + 1 }

  /// Foreground and background of each role (nil: the terminal's default).
  static func colors(of role: Style.Role) -> (foreground: Int32?, background: Int32?) {
    switch role {
    case .highlight: (COLOR_BLACK, COLOR_YELLOW)
    case .accent: (COLOR_BLACK, COLOR_CYAN)
    case .padding: (COLOR_BLUE, nil)
    case .result: (COLOR_GREEN, nil)
    case .error: (COLOR_RED, nil)
    case .muted: (nil, nil)
    }
  }

  /// Attributes a role keeps even in colour.
  static func colorAttributes(of role: Style.Role) -> Style.Attributes {
    switch role {
    case .error: .bold
    case .muted: .dim
    default: []
    }
  }

  static func attributes(_ attributes: Style.Attributes) -> attr_t {
    var result = cn_a_normal()
    if attributes.contains(.bold) { result |= cn_a_bold() }
    if attributes.contains(.reverse) { result |= cn_a_reverse() }
    if attributes.contains(.underline) { result |= cn_a_underline() }
    if attributes.contains(.dim) { result |= cn_a_dim() }
    return result
  }
}
