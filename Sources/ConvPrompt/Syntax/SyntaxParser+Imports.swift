/// `import a.b as c, d` and `from a.b import c as d, e`.
extension SyntaxParser {
  /// `import torch.nn as nn, math`: one `importModule` statement per module, each with the
  /// range of its own clause (the first one's starts at `import`).
  mutating func parseImport(into statements: inout [Statement]) throws(Diagnostic) {
    var clauseStart = try advance().range.start
    while true {
      let path = try parseDottedName(after: "import")
      var alias: String?
      if try accept(.as) != nil { alias = try expectName(after: "as") }
      statements.append(
        Statement(.importModule(path: path, alias: alias), range: range(from: clauseStart)))
      guard try accept(.comma) != nil else { return }
      clauseStart = try peek().range.start
    }
  }

  /// `from torch import nn as n, tensor` or `from torch.nn import (functional as F,)`.
  mutating func parseFromImport(into statements: inout [Statement]) throws(Diagnostic) {
    let start = try advance().range.start
    let first = try peek()
    if first.isPunctuator(.dot) || first.isPunctuator(.ellipsis) {
      throw Diagnostic(
        Unsupported.message(for: "relative imports (`from . import …`) are"), at: first.range)
    }
    let module = try parseDottedName(after: "from")
    guard try accept(.import) != nil else {
      let token = try peek()
      throw Diagnostic(
        token.kind == .newline || token.kind == .end
          ? "expected 'import' after the module name" : "invalid syntax", at: token.range)
    }
    let star = try peek()
    if star.isPunctuator(.star) {
      throw Diagnostic(Unsupported.message(for: "`import *` is"), at: star.range)
    }
    let parenthesized = try accept(.leftParen) != nil
    var names: [ImportedName] = []
    while true {
      let name = try expectName(after: names.isEmpty ? "import" : ",")
      var alias: String?
      if try accept(.as) != nil { alias = try expectName(after: "as") }
      names.append(ImportedName(name: name, alias: alias))
      guard let comma = try accept(.comma) else { break }
      let next = try peek()
      if parenthesized && next.isPunctuator(.rightParen) { break }
      if !parenthesized && (next.kind == .newline || next.kind == .end) {
        throw Diagnostic(
          "trailing comma not allowed without surrounding parentheses", at: comma.range)
      }
    }
    if parenthesized {
      let token = try peek()
      guard token.isPunctuator(.rightParen) else {
        throw afterOperandError(token, inBrackets: false, itemStart: nil)
      }
      try advance()
    }
    statements.append(
      Statement(.importFrom(module: module, names: names), range: range(from: start)))
  }

  /// `torch.nn.functional`.
  private mutating func parseDottedName(after keyword: String) throws(Diagnostic) -> [String] {
    var path = [try expectName(after: keyword, what: "a module name")]
    while try accept(.dot) != nil {
      path.append(try expectName(after: ".", what: "a module name"))
    }
    return path
  }

  /// A name token, or an error saying one was expected after `previous`.
  private mutating func expectName(after previous: String, what: String = "a name")
    throws(Diagnostic) -> String
  {
    let token = try peek()
    guard case .name(let name) = token.kind else {
      if case .keyword(let keyword) = token.kind {
        throw Diagnostic(
          "'\(keyword.rawValue)' is a Python keyword and cannot be used as a name here",
          at: token.range)
      }
      throw Diagnostic("expected \(what) after '\(previous)'", at: token.range)
    }
    try advance()
    return name
  }
}
