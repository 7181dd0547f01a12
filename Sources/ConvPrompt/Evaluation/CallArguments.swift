/// The arguments of one call as written: positional, then keyword, each with its place.
struct CallArguments {
  struct Positional {
    var value: Value
    var range: SourceRange
  }

  struct Keyword {
    var label: String
    var value: Value
    var range: SourceRange
  }

  var positional: [Positional]
  var keyword: [Keyword]
  /// The whole call, for errors about the call as a whole.
  var range: SourceRange

  /// Binds the arguments to `signature` as Python binds them, or throws Python's TypeError.
  func bound(to signature: Signature) throws(Diagnostic) -> BoundArguments {
    var values: [String: (Value, SourceRange)] = [:]
    let positionalNames = signature.positionalNames
    if positional.count > positionalNames.count {
      let extra = positional[positionalNames.count]
      let most = positionalNames.count
      let least = signature.requiredCount
      let takes =
        most == least
        ? "\(most) positional argument\(most == 1 ? "" : "s")"
        : "from \(least) to \(most) positional arguments"
      throw Diagnostic(
        "\(signature.name)() takes \(takes) but \(positional.count) were given",
        at: extra.range)
    }
    for (name, argument) in zip(positionalNames, positional) {
      values[name] = (argument.value, argument.range)
    }
    for argument in keyword {
      guard signature.allNames.contains(argument.label) else {
        var message = "\(signature.name)() got an unexpected keyword argument '\(argument.label)'"
        if let guess = closestName(to: argument.label, among: signature.allNames) {
          message += "; did you mean '\(guess)'?"
        }
        throw Diagnostic(message, at: argument.range)
      }
      guard values[argument.label] == nil else {
        throw Diagnostic(
          "\(signature.name)() got multiple values for argument '\(argument.label)'",
          at: argument.range)
      }
      values[argument.label] = (argument.value, argument.range)
    }
    let missing = signature.positionalNames.prefix(signature.requiredCount).filter {
      values[$0] == nil
    }
    if !missing.isEmpty {
      let names = missing.map { "'\($0)'" }
      let list =
        names.count == 1
        ? names[0]
        : names.dropLast().joined(separator: ", ") + " and " + names.last!
      throw Diagnostic(
        "\(signature.name)() missing \(missing.count) required positional argument"
          + "\(missing.count == 1 ? "" : "s"): \(list)",
        at: range)
    }
    return BoundArguments(functionName: signature.name, values: values, callRange: range)
  }
}

/// The parameters a function takes, as a Python signature lists them.
struct Signature {
  var name: String
  /// Parameters that may be given by position (or by keyword), in order.
  var positionalNames: [String]
  /// How many of the leading positional parameters have no default.
  var requiredCount: Int
  /// Parameters that may only be given by keyword.
  var keywordOnlyNames: [String] = []

  var allNames: [String] { positionalNames + keywordOnlyNames }

  init(
    _ name: String, _ positionalNames: [String], required: Int? = nil,
    keywordOnly: [String] = []
  ) {
    self.name = name
    self.positionalNames = positionalNames
    self.requiredCount = required ?? positionalNames.count
    self.keywordOnlyNames = keywordOnly
  }
}

/// Arguments bound to parameter names, with the place each was written.
struct BoundArguments {
  var functionName: String
  var values: [String: (Value, SourceRange)]
  var callRange: SourceRange

  subscript(name: String) -> Value? {
    guard let value = values[name]?.0 else { return nil }
    if case .none = value { return nil }
    return value
  }

  /// Where the argument `name` was written, or the whole call when it was not given.
  func range(of name: String) -> SourceRange {
    values[name]?.1 ?? callRange
  }
}

/// The candidate closest to `name` by edit distance, when it is close enough to be a typo.
func closestName(to name: String, among candidates: [String]) -> String? {
  let scored = candidates.map { ($0, editDistance(name, $0)) }
  guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
  return best.1 <= max(2, name.count / 3) ? best.0 : nil
}

/// The Levenshtein distance between two strings, in characters.
func editDistance(_ first: String, _ second: String) -> Int {
  let a = Array(first)
  let b = Array(second)
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var previous = Array(0...b.count)
  var current = previous
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      let cost = a[i - 1] == b[j - 1] ? 0 : 1
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
    }
    swap(&previous, &current)
  }
  return previous[b.count]
}
