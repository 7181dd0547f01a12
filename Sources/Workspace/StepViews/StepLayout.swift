import ConvCore
import ConvText
import Foundation
import TerminalText
import TerminalUI

/// Where everything of a step view goes in a region: heading, shapes, notes, the body, the
/// arithmetic.
///
/// The layout takes the first arrangement that fits from a ladder of compromises, in this
/// order of what it gives up last: two input channels of a multi-channel convolution (so that
/// the sum over channels is seen), then the arithmetic written out term by term (summarised
/// only when its lines are not there), then grids shown whole (cut down to their focus with
/// two cells around it, then one, then none), then the other input channels, then the blank
/// rows around the body, then an arrangement with every block in its own column (the
/// narrower one puts the output under the kernel). The arithmetic then gets every row the
/// body leaves.
struct StepLayout {
  /// What a layout gives up, compared in order: the fewer, the better.
  struct Compromise: Comparable {
    /// Of the first two input channels of a multi-channel convolution, those not shown.
    var firstChannelsLeftOut = 0
    /// 0 when the arithmetic has all the lines it may take, 1 for two lines, 2 for one.
    var arithmetic = 0
    /// 0 for whole grids, 1 to 3 for grids cut to their focus with two, one or no cells
    /// around it, 4 when even that did not fit.
    var gridCut = 0
    /// Input channels not shown.
    var channelsLeftOut = 0
    /// 1 when the blank rows around the body are dropped.
    var separatorsDropped = 0
    /// The place of the body's arrangement in ``StepScene/bodies(showingChannels:)``.
    var arrangement = 0

    private var ordered: [Int] {
      [
        firstChannelsLeftOut, arithmetic, gridCut, channelsLeftOut, separatorsDropped,
        arrangement,
      ]
    }

    static func < (left: Compromise, right: Compromise) -> Bool {
      left.ordered.lexicographicallyPrecedes(right.ordered)
    }
  }

  /// What is shown.
  let scene: StepScene
  /// The region's width.
  let width: Int
  /// The layer's description, on one line or two.
  let headingLines: [String]
  /// The shapes and formula lines.
  let shapeLines: [String]
  /// The notes lines (none when there are no notes).
  private(set) var notes: [String]
  /// The body, fitted.
  private(set) var body: BodyLayout
  /// The arithmetic lines.
  private(set) var arithmetic: [String]
  /// Whether blank rows separate the body from the header and the arithmetic.
  private(set) var separators: Bool
  /// What this layout gave up to fit.
  private(set) var compromise: Compromise

  /// How far grids may be cut, by ``Compromise/gridCut``.
  private static let visibilities: [GridPicture.Visibility] = [
    .whole, .context(2), .context(1), .context(0),
  ]

  /// One way to lay the scene out: what it gives up, with the channel count it shows (as an
  /// index of the counts tried).
  private struct Candidate {
    var compromise: Compromise
    var choice: Int
  }

  /// The layout of `scene` in `rows` × `columns`.
  init(scene: StepScene, rows: Int, columns: Int) {
    self.scene = scene
    width = columns
    headingLines = StepLayout.headingLines(scene, width: columns)
    shapeLines = StepLayout.shapeLines(scene, width: columns)
    let total = scene.channelGroups.count
    // A channel group takes at least 6 columns: more than columns / 6 never fit.
    let counts = total > 0 ? Array((1...min(total, max(1, columns / 6))).reversed()) : [0]
    // Written out, the arithmetic may take a third of a tall region, at least 4 lines.
    let limits = [max(4, rows / 3), 2, 1]
    let arithmetics = limits.map {
      scene.arithmetic.lines(width: columns, maximumLines: $0)
    }
    let header = headingLines.count + shapeLines.count
    let choices = counts.map { count in
      let bodies = scene.bodies(showingChannels: count)
      return (
        notes: StepLayout.notes(scene, showing: count, width: columns), bodies: bodies,
        sizes: bodies.map { body in StepLayout.visibilities.map(body.smallestSize) }
      )
    }
    let candidates = StepLayout.candidates(
      counts: counts, channels: scene.channelCount, levels: limits.count,
      arrangements: choices.map(\.bodies.count).min() ?? 0)
    for candidate in candidates {
      let choice = choices[candidate.choice]
      let compromise = candidate.compromise
      let arithmetic = arithmetics[compromise.arithmetic]
      let separators = compromise.separatorsDropped == 0
      let (cut, arrangement) = (compromise.gridCut, compromise.arrangement)
      let fixed = header + choice.notes.count + (separators ? 2 : 0) + arithmetic.count
      let smallest = choice.sizes[arrangement][cut]
      guard smallest.columns <= columns, smallest.rows <= rows - fixed else { continue }
      var fitted = choice.bodies[arrangement]
      fitted.fit(rows: rows - fixed, columns: columns, visibility: StepLayout.visibilities[cut])
      (notes, body, self.arithmetic, self.separators) =
        (choice.notes, fitted, arithmetic, separators)
      self.compromise = compromise
      giveArithmeticTheRowsLeft(rows: rows)
      return
    }
    // Nothing fits: one channel, the narrowest arrangement cut as far as it takes.
    let count = min(total, 1)
    notes = StepLayout.notes(scene, showing: count, width: columns)
    let bodies = scene.bodies(showingChannels: count)
    let narrowest =
      bodies.indices.min {
        bodies[$0].smallestSize(.least).columns < bodies[$1].smallestSize(.least).columns
      } ?? 0
    arithmetic = arithmetics[arithmetics.count - 1]
    separators = false
    let fixed = header + notes.count + arithmetic.count
    body = bodies[narrowest]
    body.fit(rows: max(1, rows - fixed), columns: columns, visibility: .least)
    compromise = Compromise(
      firstChannelsLeftOut: max(0, min(2, scene.channelCount) - count),
      arithmetic: limits.count - 1, gridCut: StepLayout.visibilities.count,
      channelsLeftOut: scene.channelCount - count, separatorsDropped: 1, arrangement: narrowest)
    giveArithmeticTheRowsLeft(rows: rows)
  }

  /// Every way to lay a scene out with one of `counts` of its `channels` input channels shown,
  /// the arithmetic at one of `levels`, grids cut or not, blank rows or not, one of
  /// `arrangements`: the least compromise first.
  private static func candidates(
    counts: [Int], channels: Int, levels: Int, arrangements: Int
  ) -> [Candidate] {
    var candidates: [Candidate] = []
    for (choice, count) in counts.enumerated() {
      for level in 0..<levels {
        for cut in visibilities.indices {
          for dropped in 0...1 {
            for arrangement in 0..<arrangements {
              let compromise = Compromise(
                firstChannelsLeftOut: max(0, min(2, channels) - count), arithmetic: level,
                gridCut: cut, channelsLeftOut: channels - count, separatorsDropped: dropped,
                arrangement: arrangement)
              candidates.append(Candidate(compromise: compromise, choice: choice))
            }
          }
        }
      }
    }
    return candidates.sorted { $0.compromise < $1.compromise }
  }

  /// Lays the arithmetic out again in every row the body leaves, when that is more than it
  /// has: a summary becomes the terms when they fit.
  private mutating func giveArithmeticTheRowsLeft(rows: Int) {
    let left = rows - (height - arithmetic.count)
    guard left > arithmetic.count else { return }
    arithmetic = scene.arithmetic.lines(width: width, maximumLines: left)
  }

  /// The fewest rows `scene` reads well in at `columns`: one input channel, grids cut to their
  /// focus with two cells around it (or less when that is too wide), the arithmetic in at most
  /// two lines, no blank rows around the body.
  static func minimumRows(_ scene: StepScene, columns: Int) -> Int {
    let count = min(scene.channelGroups.count, 1)
    let bodies = scene.bodies(showingChannels: count)
    let notes = StepLayout.notes(scene, showing: count, width: columns).count
    let arithmetic = scene.arithmetic.lines(width: columns, maximumLines: 2)
    let fixed =
      headingLines(scene, width: columns).count + shapeLines(scene, width: columns).count + notes
      + arithmetic.count
    var least = Int.max
    for visibility in visibilities.dropFirst() + [.least] {
      let sizes = bodies.map { $0.smallestSize(visibility) }
      least = min(least, sizes.map(\.rows).min() ?? 0)
      if let fitting = sizes.filter({ $0.columns <= columns }).map(\.rows).min() {
        return fixed + fitting
      }
    }
    return fixed + (least == .max ? 0 : least)
  }

  /// The fewest columns (at most `maximum`) in which `scene` is laid out in `rows` rows as
  /// well as in `maximum` columns: wide enough for its body and its heading, shapes and notes
  /// lines, and for its arithmetic in no more lines than at `maximum`.
  static func preferredColumns(_ scene: StepScene, rows: Int, maximum: Int) -> Int {
    let widest = StepLayout(scene: scene, rows: rows, columns: maximum)
    let texts =
      [DisplayWidth.of(scene.heading) + 2 + DisplayWidth.of(scene.position)]
      + widest.shapeLines.map(DisplayWidth.of) + widest.notes.map(DisplayWidth.of)
    let needed = min(maximum, max(widest.body.width, texts.max() ?? 0))
    let arithmetic = widest.arithmetic.map(DisplayWidth.of).max() ?? 0
    for columns in Set([needed, max(needed, arithmetic)]).sorted() where columns < maximum {
      let narrow = StepLayout(scene: scene, rows: rows, columns: columns)
      if narrow.compromise == widest.compromise,
        narrow.arithmetic.count == widest.arithmetic.count
      {
        return columns
      }
    }
    return maximum
  }

  /// The layer's description (its PyTorch repr) beside the step's position, on a second line
  /// when it does not fit beside it, broken after a top-level argument's comma; cut with `…`
  /// only when two lines cannot hold it.
  static func headingLines(_ scene: StepScene, width: Int) -> [String] {
    let heading = scene.heading
    let first = max(1, width - DisplayWidth.of(scene.position) - 2)
    if DisplayWidth.of(heading) <= first { return [heading] }
    // Pieces that end after a comma outside the inner brackets: `Conv2d(1, ` `1, ` …
    var pieces: [String] = []
    var piece = ""
    var depth = 0
    for character in heading {
      piece.append(character)
      if character == "(" || character == "[" { depth += 1 }
      if character == ")" || character == "]" { depth -= 1 }
      if character == " ", piece.hasSuffix(", "), depth <= 1 {
        pieces.append(piece)
        piece = ""
      }
    }
    if !piece.isEmpty { pieces.append(piece) }
    var lines = [""]
    for piece in pieces {
      let limit = lines.count == 1 ? first : width
      if !lines[lines.count - 1].isEmpty,
        DisplayWidth.of(lines[lines.count - 1] + piece.trimmingSuffix(" ")) > limit
      {
        lines.append("")
      }
      lines[lines.count - 1] += piece
    }
    let trimmed = lines.map { $0.trimmingSuffix(" ") }
    guard trimmed.count > 2 || trimmed.contains(where: { DisplayWidth.of($0) > width }) else {
      return trimmed
    }
    return [
      DisplayWidth.truncate(trimmed[0], to: first),
      DisplayWidth.truncate(trimmed.dropFirst().joined(separator: " "), to: width),
    ]
  }

  /// The shapes and the formulas on one line when they fit, else the formulas on a second
  /// line, else one line each.
  static func shapeLines(_ scene: StepScene, width: Int) -> [String] {
    let formulas = scene.formulas.joined(separator: "   ")
    if formulas.isEmpty { return [scene.shapes] }
    let one = scene.shapes + "   " + formulas
    if DisplayWidth.of(one) <= width { return [one] }
    if DisplayWidth.of(formulas) <= width { return [scene.shapes, formulas] }
    return [scene.shapes] + scene.formulas
  }

  /// The scene's notes and the channel note in lines of at most `width` columns: joined by
  /// ` · ` while they fit, a note too wide for a line cut with `…`.
  static func notes(_ scene: StepScene, showing count: Int, width: Int) -> [String] {
    let notes = scene.notes + [scene.channelNote(showing: count)].compactMap { $0 }
    var lines: [String] = []
    for note in notes {
      if let last = lines.last, DisplayWidth.of(last) + 3 + DisplayWidth.of(note) <= width {
        lines[lines.count - 1] = last + " · " + note
      } else {
        lines.append(DisplayWidth.truncate(note, to: max(1, width)))
      }
    }
    return lines
  }

  /// The number of rows the layout takes.
  var height: Int {
    headingLines.count + shapeLines.count + notes.count + (separators ? 2 : 0) + body.height
      + arithmetic.count
  }

  /// Draws the layout from the top-left corner of the current region.
  func draw(into frame: inout Frame, palette: StepPalette) {
    frame.put(scene.position, row: 0, column: 0, width: width, alignment: .trailing)
    var row = 0
    for line in headingLines {
      frame.put(line, row: row, column: 0, style: palette.title)
      row += 1
    }
    for line in shapeLines {
      frame.put(DisplayWidth.truncate(line, to: width), row: row, column: 0)
      row += 1
    }
    for line in notes {
      frame.put(line, row: row, column: 0, style: palette.note)
      row += 1
    }
    if separators { row += 1 }
    body.draw(at: row, column: 0, into: &frame, palette: palette)
    row += body.height + (separators ? 1 : 0)
    for line in arithmetic {
      frame.put(line, row: row, column: 0)
      row += 1
    }
    if let last = arithmetic.last, let range = last.range(of: scene.resultText, options: .backwards)
    {
      let column = DisplayWidth.of(String(last[..<range.lowerBound]))
      frame.restyle(
        Rect(
          row: row - 1, column: column, rows: 1, columns: DisplayWidth.of(scene.resultText)),
        style: palette.result)
    }
  }
}

extension String {
  /// The text without the trailing `character`s.
  fileprivate func trimmingSuffix(_ character: Character) -> String {
    var text = self
    while text.last == character { text.removeLast() }
    return text
  }
}
