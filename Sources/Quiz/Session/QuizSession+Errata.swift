import Lessons

/// When the learner may see each erratum of a quiz: the one rule, for plain mode and the
/// workspace alike. An erratum names a right value (or the right shape), so it waits for its
/// question: a cell's until that cell is answered (a cell not asked, until the end), the
/// shape's until the shape is, and the slide's grid as a whole (and the author's remark about
/// it) until every question is. The kernel a slide draws is the learner's data, not an answer: it is visible from the start.
/// "Answered" includes shown after the last try and given up.
extension QuizSession {
  /// Whether `erratum` (one of ``QuizItem/errata``) is visible now.
  public func isVisible(_ erratum: Erratum) -> Bool {
    switch erratum.subject {
    case .weight:
      return true
    case .shape:
      return !item.asksShape || shapeMark != nil
    case .cell(let index):
      return item.asks(cell: index) ? filledCells[index] != nil : isFinished
    case .grid, .remark:
      return isFinished
    }
  }

  /// The errata visible now, in the lesson's order.
  public var visibleErrata: [Erratum] { item.errata.filter(isVisible) }

  /// The errata that became visible between `earlier` (this session before an answer) and
  /// now, in the lesson's order.
  public func errataShown(since earlier: QuizSession) -> [Erratum] {
    item.errata.filter { isVisible($0) && !earlier.isVisible($0) }
  }
}
