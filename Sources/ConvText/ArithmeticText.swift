import ConvCore

/// The arithmetic of one step, as the slides write it, made of pieces that a renderer lays out
/// (breaking lines only before a piece that allows it) and that a quiz or a hint can leave out
/// by their role; nothing is ever parsed back from the text.
///
/// - Convolution: `2×1 + 2×1 + 1×0 + … + 1×1 = 9`, with a bias `… + 1 (bias) = 10`; negative
///   factors in parentheses: `43×(-1)`. With several input channels each channel is a group
///   with its own sum, and the channel sums add up with the bias:
///   `ch0: … = 5   ch1: … = 7   → 5 + 7 + 1 (bias) = 13`.
/// - Max pooling: `max([3], 2, 0, 3) = 3`, the winner in brackets, padding as `-∞`.
/// - Average pooling: `(3 + 2 + 0 + 3) / 4 = 2`, saying whether padded zeros are counted, and
///   naming a `divisor_override`.
/// - Flatten: `x[0, 1, 1] → i = 1·2 + 1 = 3 → y[0, 3] = 1`.
/// - ReLU: `max(0, -3) = 0`.
///
/// Every number is written in its tensor's notation (``NumberText``): an input value as the
/// input grid writes it, a weight as the kernel does, sums and the result as the output does.
public struct ArithmeticText: Sendable, Equatable {
  /// What a piece of the arithmetic is, for the ones that show only some of it.
  public enum Role: Sendable, Hashable {
    /// A channel's name (`ch0:`) or an opening such as `max(`.
    case label
    /// A product, a value compared or added, or a flattened index's part.
    case term
    /// The bias added.
    case bias
    /// The divisor of an average (` / 4`).
    case divisor
    /// A channel's sum (` = 5`), or a sum of the channels' sums (`→ 5 + 7`).
    case partialSum
    /// The step's result (` = 9`).
    case result
    /// A remark about the window (`, padded zeros counted`).
    case note
  }

  /// A piece that is never broken across lines; it starts with the operator that joins it to
  /// the piece before (` + 2×1`).
  public struct Piece: Sendable, Equatable {
    public var text: String
    var role: Role
    /// Whether a line may start with this piece (its leading spaces are then dropped).
    public var breaksBefore: Bool

    public init(_ text: String, _ role: Role, breaksBefore: Bool = true) {
      self.text = text
      self.role = role
      self.breaksBefore = breaksBefore
    }
  }

  /// Three spaces: what separates the groups (one per input channel, then the total).
  public static let groupSeparator = "   "

  /// The groups: the whole arithmetic, or one per input channel and then the total.
  public var groups: [[Piece]]
  /// Shorter forms, most informative first, each ending with the result.
  public var summaries: [[Piece]]

  public init(groups: [[Piece]], summaries: [[Piece]]) {
    self.groups = groups
    self.summaries = summaries
  }

  /// The whole arithmetic as one line.
  public var text: String { Self.joined(groups) }

  /// The arithmetic without the pieces of `roles` (a hint's products leave the result out).
  public func text(without roles: Set<Role>) -> String {
    Self.joined(groups.map { $0.filter { !roles.contains($0.role) } }.filter { !$0.isEmpty })
  }

  /// The terms and the bias as one sum, without any total: `2×1 + 4×0 + … + 2 (bias)`, the
  /// channels one after the other (a hint's products).
  public var termsAsOneSum: String {
    let pieces = groups.joined().filter { $0.role == .term || $0.role == .bias }
    // A channel's first product carries no operator (it cannot start a line after a label):
    // between channels the sum goes on with ` + `.
    return pieces.enumerated().map { offset, piece in
      offset > 0 && !piece.breaksBefore ? " + " + piece.text : piece.text
    }.joined()
  }

  /// Groups as one line, separated by ``groupSeparator``.
  static func joined(_ groups: [[Piece]]) -> String {
    groups.map { $0.map(\.text).joined() }.joined(separator: groupSeparator)
  }

  /// The arithmetic of `step`, one of the steps of `steps`.
  public init(for step: Step, in steps: CallSteps) {
    let notation = steps.notation
    let result = Piece(" = " + NumberText.text(step.result, in: notation.output), .result)
    switch step.operation {
    case .weightedSum(let sum):
      self = Self.weightedSum(
        sum, step: step, kernel: steps.geometry.window?.kernelSize, notation: notation,
        result: result)
    case .maximum(let maximum):
      let cells = step.window.enumerated().filter { $0.element.kind != .overhang }
      var pieces = [Piece("max(", .label)]
      for (position, (offset, cell)) in cells.enumerated() {
        let text = NumberText.text(cell.value, in: notation.input)
        let shown = offset == maximum.winner ? "[\(text)]" : text
        pieces.append(Piece((position == 0 ? "" : ", ") + shown, .term, breaksBefore: position > 0))
      }
      pieces.append(Piece(")", .label, breaksBefore: false))
      self.init(
        groups: [pieces + [result]],
        summaries: [[Piece("max of \(cells.count) values", .label), result]])
    case .average(let average):
      self = Self.average(average, step: step, steps: steps, result: result)
    case .flatten(let move):
      let pieces = [
        Piece("x" + NumberText.index(move.sourcePosition), .label),
        Piece(" → i = " + move.formulaText, .term),
        Piece(" → y" + NumberText.index(step.outputPosition), .term), result,
      ]
      self.init(groups: [pieces], summaries: [[Piece("i = " + move.formulaText, .term)]])
    case .rectify(let rectification):
      let pieces = [
        Piece("max(0, " + NumberText.text(rectification.input, in: notation.input) + ")", .term),
        result,
      ]
      self.init(groups: [pieces], summaries: [pieces])
    }
  }

  private static func weightedSum(
    _ sum: Step.WeightedSum, step: Step, kernel: Pair?, notation: CallNotation, result: Piece
  ) -> ArithmeticText {
    let bias = sum.bias.map {
      Piece(signed($0, in: notation.bias, first: false) + " (bias)", .bias)
    }
    // The products, grouped by the input channel they read; each group's sum is the step's.
    var groupedTerms: [[Piece]] = []
    var lastChannel: Int?
    for term in sum.terms {
      let channel = step.window[term.cell].channel
      let product =
        NumberText.factor(term.value, in: notation.input) + "×"
        + NumberText.factor(term.weight, in: notation.weight)
      if lastChannel == channel {
        groupedTerms[groupedTerms.count - 1].append(Piece(" + " + product, .term))
      } else {
        groupedTerms.append([Piece(product, .term, breaksBefore: false)])
      }
      lastChannel = channel
    }
    let channels = zip(step.channelSums, groupedTerms).map {
      (channel: $0.channel, terms: $1, sum: $0.sum)
    }
    let shape = kernel.map { ShapeText.size([$0.rows, $0.columns]) } ?? "\(sum.terms.count)"
    let count = sum.terms.count
    let biasPieces = bias.map { [$0] } ?? []
    guard channels.count > 1 else {
      let terms = channels.first?.terms ?? [Piece("0", .term)]
      return ArithmeticText(
        groups: [terms + biasPieces + [result]],
        summaries: [[Piece("\(count) products (\(shape))", .label)] + biasPieces + [result]])
    }
    var groups = channels.map { channel in
      [Piece("ch\(channel.channel): ", .label, breaksBefore: false)] + channel.terms + [
        Piece(" = " + NumberText.text(channel.sum, in: notation.output), .partialSum)
      ]
    }
    let total = Piece(
      "→ " + signedSum(channels.map(\.sum), in: notation.output), .partialSum, breaksBefore: false)
    groups.append([total] + biasPieces + [result])
    let shapeText = "\(channels.count) channels × \(shape)"
    return ArithmeticText(
      groups: groups,
      summaries: [
        [Piece("channel sums " + signedSum(channels.map(\.sum), in: notation.output), .partialSum)]
          + biasPieces + [result, Piece(" (\(count) products, \(shapeText))", .note)],
        [Piece("\(count) products (\(shapeText))", .label)] + biasPieces + [result],
      ])
  }

  private static func average(
    _ average: Step.Average, step: Step, steps: CallSteps, result: Piece
  ) -> ArithmeticText {
    let counted = step.window.filter {
      $0.kind == .input || ($0.kind == .padding && average.countIncludePad)
    }
    var pieces: [Piece] = []
    for (offset, cell) in counted.enumerated() {
      let text = signed(cell.value, in: steps.notation.input, first: offset == 0)
      pieces.append(Piece((offset == 0 && counted.count > 1 ? "(" : "") + text, .term))
    }
    if pieces.isEmpty { pieces.append(Piece("0", .term)) }
    if counted.count > 1 { pieces[pieces.count - 1].text += ")" }
    var notes = ""
    if let divisor = average.divisorOverride {
      notes += ", divisor_override=\(divisor)"
    } else if step.window.contains(where: { $0.kind == .padding }) {
      notes += average.countIncludePad ? ", padded zeros counted" : ", padding not counted"
    }
    if step.window.contains(where: { $0.kind == .overhang }) {
      notes += ", window clipped at the edge"
    }
    let quotient = average.sum / Double(average.divisor)
    if steps.output.dtype == .int64, quotient.isFinite, quotient != quotient.rounded(.towardZero) {
      notes += ", rounded toward zero (int64)"
    }
    let divisor = Piece(" / \(average.divisor)", .divisor)
    let note = notes.isEmpty ? [] : [Piece(notes, .note, breaksBefore: false)]
    return ArithmeticText(
      groups: [pieces + [divisor, result] + note],
      summaries: [[Piece("sum of \(counted.count) values", .label), divisor, result] + note])
  }

  /// ` + 3` or ` - 3` (or `-3` / `3` first in a sum).
  static func signed(_ value: Double, in notation: ElementNotation, first: Bool) -> String {
    let text = NumberText.text(value, in: notation)
    if first { return text }
    return text.hasPrefix("-") ? " - " + text.dropFirst() : " + " + text
  }

  /// `5 + 7 - 3`: values added, a negative one written as a subtraction.
  static func signedSum(_ values: [Double], in notation: ElementNotation) -> String {
    guard !values.isEmpty else { return "0" }
    return values.enumerated().map { signed($0.element, in: notation, first: $0.offset == 0) }
      .joined()
  }
}
