/// Indices along one dimension, counted from 0 as PyTorch and the grid labels count them:
/// `row 2`, `rows 0 to 2`, `columns -1 to 1` (an index before the input is in the padding).
public enum IndexSpan {
  /// `row 2` for one index, `rows 0 to 2` for several (their lowest and highest); `noun` is
  /// the singular (`row`, `column`, `position`), made plural with an `s`.
  public static func text(_ noun: String, _ indices: some Sequence<Int>) -> String {
    let low = indices.min() ?? 0
    let high = indices.max() ?? 0
    return low == high ? "\(noun) \(low)" : "\(noun)s \(low) to \(high)"
  }
}
