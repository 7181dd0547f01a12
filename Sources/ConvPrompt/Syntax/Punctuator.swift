/// Operators and delimiters, spelled as in Python (including those the subset refuses).
enum Punctuator: String, Sendable, CaseIterable {
  case leftParen = "("
  case rightParen = ")"
  case leftBracket = "["
  case rightBracket = "]"
  case leftBrace = "{"
  case rightBrace = "}"
  case comma = ","
  case colon = ":"
  case semicolon = ";"
  case dot = "."
  case ellipsis = "..."
  case equal = "="
  case plus = "+"
  case minus = "-"
  case star = "*"
  case slash = "/"
  case doubleSlash = "//"
  case percent = "%"
  case doubleStar = "**"
  case at = "@"
  case tilde = "~"
  case ampersand = "&"
  case pipe = "|"
  case caret = "^"
  case shiftLeft = "<<"
  case shiftRight = ">>"
  case less = "<"
  case greater = ">"
  case lessEqual = "<="
  case greaterEqual = ">="
  case equalEqual = "=="
  case notEqual = "!="
  case arrow = "->"
  case walrus = ":="
  case plusEqual = "+="
  case minusEqual = "-="
  case starEqual = "*="
  case slashEqual = "/="
  case doubleSlashEqual = "//="
  case percentEqual = "%="
  case doubleStarEqual = "**="
  case atEqual = "@="
  case ampersandEqual = "&="
  case pipeEqual = "|="
  case caretEqual = "^="
  case shiftLeftEqual = "<<="
  case shiftRightEqual = ">>="

  /// The closing bracket for an opening one.
  var closing: Punctuator? {
    switch self {
    case .leftParen: .rightParen
    case .leftBracket: .rightBracket
    case .leftBrace: .rightBrace
    default: nil
    }
  }

  var isComparison: Bool {
    switch self {
    case .less, .greater, .lessEqual, .greaterEqual, .equalEqual, .notEqual: true
    default: false
    }
  }

  var isBitwise: Bool {
    switch self {
    case .tilde, .ampersand, .pipe, .caret, .shiftLeft, .shiftRight: true
    default: false
    }
  }

  var isAugmentedAssignment: Bool {
    rawValue.count >= 2 && rawValue.hasSuffix("=") && !isComparison && self != .walrus
  }
}
