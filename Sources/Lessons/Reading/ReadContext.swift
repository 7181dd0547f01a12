import ConvPrompt

/// What every part of the reader shares while it reads one lesson file: the text (to find
/// places), the problem log, and a budget of work.
///
/// The budget bounds what a small file can make the reader do: YAML aliases can repeat a large
/// part of a file many times over, and every value read spends from the budget.
final class ReadContext {
  /// The most values (nodes and grid numbers) one file may make the reader look at.
  static let workLimit = 2_000_000
  /// The most multiply-adds (or comparisons) the operations of one lesson may cost.
  static let computeLimit = 20_000_000

  let source: SourceText
  let log: ProblemLog
  /// The file's lesson format (`format:`), once read: what its fields may hold.
  var format = LessonReader.formats.lowerBound
  private var work = 0
  private var compute = 0
  private(set) var isExhausted = false

  init(source: SourceText, log: ProblemLog) {
    self.source = source
    self.log = log
  }

  /// Whether reading should stop: too many errors, or the budget is spent.
  var shouldStop: Bool { isExhausted || log.isFull }

  /// Spends `amount` of the work budget; `false` (after saying so once) when it is spent.
  @discardableResult
  func spend(_ amount: Int = 1, at location: SourceLocation) -> Bool {
    guard !isExhausted else { return false }
    work += amount
    guard work <= ReadContext.workLimit else {
      isExhausted = true
      log.error(
        "the file expands to more than \(ReadContext.workLimit) values (through YAML aliases?); "
          + "a lesson is small", at: location)
      return false
    }
    return true
  }

  /// Spends `amount` of the compute budget; `false` (after saying so once) when it is spent.
  func spendCompute(_ amount: Int, at location: SourceLocation) -> Bool {
    guard !isExhausted else { return false }
    compute += amount
    guard compute <= ReadContext.computeLimit else {
      isExhausted = true
      log.error(
        "the lesson's operations cost more than \(ReadContext.computeLimit) multiply-adds; "
          + "keep lesson grids small", at: location)
      return false
    }
    return true
  }
}
