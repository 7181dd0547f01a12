/// The characters of a box border.
public struct BoxLines: Hashable, Sendable {
  /// The horizontal line.
  var horizontal: Character
  /// The vertical line.
  var vertical: Character
  /// The top-left corner.
  var topLeft: Character
  /// The top-right corner.
  var topRight: Character
  /// The bottom-left corner.
  var bottomLeft: Character
  /// The bottom-right corner.
  var bottomRight: Character

  /// A border made of the given characters.
  init(
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
  static let heavy = BoxLines(
    horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗",
    bottomRight: "┛")
  /// `╔═╗║╚╝`
  static let double = BoxLines(
    horizontal: "═", vertical: "║", topLeft: "╔", topRight: "╗", bottomLeft: "╚",
    bottomRight: "╝")
  /// `╭─╮│╰╯`
  static let rounded = BoxLines(
    horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰",
    bottomRight: "╯")
  /// `+-+|++`, for terminals without box-drawing characters.
  static let ascii = BoxLines(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
    bottomRight: "+")
}
