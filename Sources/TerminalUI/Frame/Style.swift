/// How a cell is drawn: text attributes plus an optional semantic colour role.
///
/// Roles are mapped to colours by the backend. When colour is off (`NO_COLOR`, a flag, or a
/// terminal without colours) each role falls back to attributes (`monochromeAttributes`), so the
/// screen still reads: reverse for the highlight, bold for results, dim for padding.
public struct Style: Hashable, Sendable {
  /// Text attributes that every terminal can show without colour.
  public struct Attributes: OptionSet, Hashable, Sendable {
    /// The raw bits.
    public let rawValue: UInt8

    /// Creates attributes from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold (or bright) text.
    public static let bold = Attributes(rawValue: 1 << 0)
    /// Foreground and background swapped.
    public static let reverse = Attributes(rawValue: 1 << 1)
    /// Underlined text.
    public static let underline = Attributes(rawValue: 1 << 2)
    /// Dim (faint) text.
    public static let dim = Attributes(rawValue: 1 << 3)
  }

  /// A semantic colour role, mapped to a colour pair by the backend.
  public enum Role: UInt8, Hashable, Sendable, CaseIterable {
    /// The current receptive field or selection.
    case highlight
    /// The current output cell, or the focused element.
    case accent
    /// The padding ring around an input.
    case padding
    /// A computed result.
    case result
    /// An error or a wrong answer.
    case error
    /// Secondary text (hints, unfilled cells).
    case muted

    /// The attributes that stand in for the colour when colour is off.
    var monochromeAttributes: Attributes {
      switch self {
      case .highlight: .reverse
      case .accent: [.bold, .underline]
      case .padding: .dim
      case .result: .bold
      case .error: [.bold, .reverse]
      case .muted: .dim
      }
    }

    /// The one-letter code of the role in style snapshots (upper case).
    var code: Character {
      switch self {
      case .highlight: "H"
      case .accent: "A"
      case .padding: "P"
      case .result: "R"
      case .error: "E"
      case .muted: "M"
      }
    }
  }

  /// The attributes drawn in every mode.
  var attributes: Attributes
  /// The colour role, or nil for the terminal's default colours.
  var role: Role?

  /// Creates a style from attributes and an optional role.
  public init(_ attributes: Attributes = [], role: Role? = nil) {
    self.attributes = attributes
    self.role = role
  }

  /// No attributes, default colours.
  public static let plain = Style()
  /// Bold text.
  public static let bold = Style(.bold)
  /// Reversed text.
  public static let reverse = Style(.reverse)
  /// Underlined text.
  public static let underline = Style(.underline)
  /// Dim text.
  public static let dim = Style(.dim)
  /// The highlight role.
  public static let highlight = Style(role: .highlight)
  /// The accent role.
  public static let accent = Style(role: .accent)
  /// The padding role.
  public static let padding = Style(role: .padding)
  /// The result role.
  public static let result = Style(role: .result)
  /// The error role.
  public static let error = Style(role: .error)
  /// The muted role.
  public static let muted = Style(role: .muted)

  /// This style with `more` attributes added.
  public func adding(_ more: Attributes) -> Style {
    Style(attributes.union(more), role: role)
  }

  /// The attributes to draw when colour is off: the explicit ones plus the role's stand-in.
  var monochromeAttributes: Attributes {
    attributes.union(role?.monochromeAttributes ?? [])
  }

  /// The one-letter code used in style snapshots.
  ///
  /// `.` plain; `b` bold, `r` reverse, `u` underline, `d` dim; a role's upper-case letter
  /// (`H` highlight, `A` accent, `P` padding, `R` result, `E` error, `M` muted); `*` for any
  /// other combination.
  var code: Character {
    if let role {
      return attributes.isEmpty ? role.code : "*"
    }
    switch attributes {
    case []: return "."
    case .bold: return "b"
    case .reverse: return "r"
    case .underline: return "u"
    case .dim: return "d"
    default: return "*"
    }
  }
}
