/// The items of a Python list or tuple, with their nesting depth and size measured once, when
/// the list is made.
///
/// A script can nest lists through variables (`a = [a]`) and share them (`a = (a, a)`), so the
/// tree behind one value can be far deeper or larger than its source. Measuring each list from
/// its items' stored measures costs O(items), whatever is shared below them, which lets the
/// interpreter refuse a value before anything walks it.
struct ValueList {
  /// The items, in order.
  let items: [Value]
  /// How deeply lists and tuples nest in this one: 1 for `[1, 2]`, 2 for `[[1], 2]`.
  let depth: Int
  /// How many values the tree holds below this list, nested lists and their items included,
  /// with a shared item counted as often as it appears (as printing it would): 2 for `[1, 2]`,
  /// 3 for `[[1], 2]`. Saturates at `Int.max`.
  let size: Int

  init(_ items: [Value]) {
    self.items = items
    var depth = 0
    var size = 0
    for item in items {
      let (itemDepth, itemSize) = Self.measure(item)
      depth = Swift.max(depth, itemDepth)
      let (sum, overflow) = size.addingReportingOverflow(itemSize)
      size = overflow ? .max : sum
    }
    self.depth = depth + 1
    self.size = size
  }

  private static func measure(_ value: Value) -> (depth: Int, size: Int) {
    switch value {
    case .list(let list), .tuple(let list): (list.depth, list.size == .max ? .max : list.size + 1)
    case .size(let sizes): (1, sizes.count + 1)
    default: (0, 1)
    }
  }
}

extension ValueList: RandomAccessCollection {
  var startIndex: Int { items.startIndex }
  var endIndex: Int { items.endIndex }
  subscript(position: Int) -> Value { items[position] }
}

extension ValueList: ExpressibleByArrayLiteral {
  init(arrayLiteral elements: Value...) {
    self.init(elements)
  }
}
