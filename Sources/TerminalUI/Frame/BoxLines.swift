/// The characters of a box border.
public struct BoxLines: Hashable, Sendable {
  /// The horizontal line.
  public var horizontal: Character
  /// The vertical line.
  public var vertical: Character
  /// The top-left corner.
  public var topLeft: Character
  /// The top-right corner.
  public var topRight: Character
  /// The bottom-left corner.
  public var bottomLeft: Character
  /// The bottom-right corner.
  public var bottomRight: Character

  /// A border made of the given characters.
  public init(
    horizontal: Character, vertical: Character, topLeft: Character, topRight: Character,
    bottomLeft: Character, bottomRight: Character
  ) {
    self.horizontal = horizontal
    self.vertical = vertical
    self.topLeft = topLeft
    self.topRight = topRight
    self.bottomLeft = bottomLeft
    self.bottomRight = bottomRight
  }

  /// `┌─┐│└┘`
  public static let light = BoxLines(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
    bottomRight: "┘")
  /// `┏━┓┃┗┛`
  public static let heavy = BoxLines(
    horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗",
    bottomRight: "┛")
  /// `╔═╗║╚╝`
  public static let double = BoxLines(
    horizontal: "═", vertical: "║", topLeft: "╔", topRight: "╗", bottomLeft: "╚",
    bottomRight: "╝")
  /// `╭─╮│╰╯`
  public static let rounded = BoxLines(
    horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰",
    bottomRight: "╯")
  /// `+-+|++`, for terminals without box-drawing characters.
  public static let ascii = BoxLines(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
    bottomRight: "+")
}
