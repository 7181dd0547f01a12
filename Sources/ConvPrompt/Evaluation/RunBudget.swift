import ConvCore

/// What one run of the interpreter has spent so far, against ``RunLimits``.
struct RunBudget {
  private(set) var work = 0
  private(set) var createdElements = 0
  private(set) var layerCalls = 0

  /// Counts the elements of a tensor a statement made.
  mutating func create(_ elements: Int, at range: SourceRange) throws(Diagnostic) {
    createdElements = Self.adding(createdElements, elements)
    guard createdElements <= RunLimits.maximumCreatedElements else {
      throw Diagnostic(
        "this run has made tensors of \(createdElements) elements in all, over convtutor's "
          + "limit of \(RunLimits.maximumCreatedElements) (64 Mi) for one run; "
          + "use smaller tensors or split the work over several runs",
        at: range)
    }
    try spend(elements, at: range)
  }

  /// Counts one layer call and its work.
  mutating func callLayer(work amount: Int, at range: SourceRange) throws(Diagnostic) {
    layerCalls += 1
    guard layerCalls <= RunLimits.maximumLayerCalls else {
      throw Diagnostic(
        "this run has called layers \(RunLimits.maximumLayerCalls) times, convtutor's limit "
          + "for one run; make fewer calls",
        at: range)
    }
    try spend(Swift.max(1, amount), at: range)
  }

  private mutating func spend(_ amount: Int, at range: SourceRange) throws(Diagnostic) {
    work = Self.adding(work, amount)
    guard work <= RunLimits.maximumWork else {
      throw Diagnostic(
        "this run has done over \(RunLimits.maximumWork) operations (4 × 10⁹), convtutor's "
          + "limit for one run, so that nothing hangs; use smaller tensors or fewer calls",
        at: range)
    }
  }

  private static func adding(_ total: Int, _ amount: Int) -> Int {
    let (sum, overflow) = total.addingReportingOverflow(amount)
    return overflow ? .max : sum
  }
}
