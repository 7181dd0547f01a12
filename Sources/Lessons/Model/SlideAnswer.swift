/// What a slide prints for an operation, kept to tell the learner where it is wrong.
public struct SlideAnswer: Sendable, Equatable {
  /// The output shape the slide labels (`4 x 3`), if given.
  let shape: [Int]?
  /// Whether ``shape`` is a size label (`4 x 3`), which names only the last dimensions.
  let shapeIsLabel: Bool
  /// The output values the slide prints, if given.
  public let cells: PrintedCells?
  /// The kernel the slide draws, if given (a drawing may differ from the code).
  let weight: PrintedCells?
  /// The author's remark about the slide, if any.
  let note: String?
}
