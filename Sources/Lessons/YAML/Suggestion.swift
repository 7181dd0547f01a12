/// "Did you mean …?" for a misspelt name: the closest of the known names, when it is close.
enum Suggestion {
  /// The known name closest to `name` by edit distance, if it is within a third of the
  /// name's length (and at least one edit); case is ignored.
  static func closest(to name: String, among known: [String]) -> String? {
    let target = Array(name.lowercased())
    var best: (name: String, distance: Int)?
    for candidate in known {
      let distance = editDistance(target, Array(candidate.lowercased()))
      if best == nil || distance < best!.distance { best = (candidate, distance) }
    }
    guard let best, best.distance <= max(1, target.count / 3) else { return nil }
    return best.name
  }

  /// Levenshtein distance, with adjacent swaps counted as one edit; names longer than 64
  /// characters are never close.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.count > 64 || b.count > 64 { return Int.max / 2 }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, table[i - 2][j - 2] + 1)
        }
        table[i][j] = value
      }
    }
    return table[a.count][b.count]
  }
}
