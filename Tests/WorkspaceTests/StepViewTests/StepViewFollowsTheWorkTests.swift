import ConvText
import Foundation
import Lessons
import Testing

@testable import ConvCore
@testable import TerminalUI
@testable import Workspace

/// The view follows the work: at every size from 80×24 the current output cell is on screen
/// with the same edge arrows as the input's window, cells are whole, and the arithmetic is
/// written out term by term whenever its lines are free. Checked on the case that failed: an
/// 8×8 input of 4-decimal floats under a 3×3 float kernel.
@Suite("StepView follows the work")
struct StepViewFollowsTheWorkTests {
  /// The call of the report: `torch.rand` floats, a `Conv2d` with PyTorch's initial weights.
  static let eightByEight = [
    "import torch", "import torch.nn as nn", "torch.manual_seed(0)", "x = torch.rand(1, 1, 8, 8)",
    "conv = nn.Conv2d(1, 1, 3)", "conv(x)",
  ]

  /// The workspace after running the 8×8 call, at `step` (the last when `nil`).
  static func workspace(step: Int? = nil) -> WorkspaceProgram {
    var program = WorkspaceUpdateTests.workspace(typing: eightByEight)
    _ = program.update(.key(.end))
    if let step, let count = program.animation?.stepCount {
      for _ in 0..<(count - 1 - step) { _ = program.update(.key(.left)) }
    }
    return program
  }

  static func frame(_ program: WorkspaceProgram, rows: Int, columns: Int) -> Frame {
    var frame = Frame(rows: rows, columns: columns)
    program.render(into: &frame)
    return frame
  }

  /// The step view's part of a workspace frame (the transcript holds the printed output).
  static func animation(_ frame: Frame) -> String {
    let rect = WorkspaceLayout(rows: frame.rows, columns: frame.columns).animation
    return frame.lines()[rect.row..<(rect.row + rect.rows)].joined(separator: "\n")
  }

  /// Where the title `title` is on the frame: its row and column.
  static func place(of title: String, in frame: Frame) -> (row: Int, column: Int)? {
    for (row, line) in frame.lines().enumerated() {
      guard let range = line.range(of: title) else { continue }
      return (row, line.distance(from: line.startIndex, to: range.lowerBound))
    }
    return nil
  }

  /// The lines of the grid titled `title`, from its title down: the columns from the title's
  /// to the title `next` right of it (or the frame's edge).
  static func block(titled title: String, upTo next: String? = nil, in frame: Frame) -> [String]? {
    guard let (row, column) = place(of: title, in: frame) else { return nil }
    let end = next.flatMap { place(of: $0, in: frame)?.column } ?? frame.columns
    return frame.lines()[row...].map { String($0.dropFirst(column).prefix(end - column)) }
  }

  /// The numbers with decimals written on the frame, without their signs.
  static func decimals(in text: String) -> [String] {
    let pattern = try! Regex("[0-9]+\\.[0-9]+")
    return text.matches(of: pattern).map { String(text[$0.range]) }
  }

  /// Every value the 8×8 call can write, as grids and the arithmetic write it, without signs.
  static func writtenValues(_ steps: CallSteps) -> Set<String> {
    let notation = steps.notation
    var values = steps.input.scalars.map { ($0, notation.input) }
    values += steps.output.scalars.map { ($0, notation.output) }
    for step in steps {
      if case .weightedSum(let sum) = step.operation {
        values += sum.terms.map { ($0.weight, notation.weight) }
        values += [sum.bias].compactMap { $0 }.map { ($0, notation.bias) }
      }
    }
    var written = Set<String>()
    for (value, notation) in values {
      written.insert(String(NumberText.text(value, in: notation).drop { $0 == "-" }))
    }
    return written
  }

  @Test func theLastStepAtEightyByTwentyFourHoldsTheCurrentCellAndItsArrow() throws {
    let program = Self.workspace()
    let steps = try #require(program.animation?.chain.stages.last)
    let frame = Self.frame(program, rows: 24, columns: 80)
    let output = try #require(Self.block(titled: "output 6×6", in: frame), "\(frame.text)")
    // Columns 0–3 are hidden: the labels start with ←; the current cell is bracketed.
    #expect(output[1].contains("←"), "\(frame.text)")
    #expect(output[1].hasSuffix(" 5"), "\(frame.text)")
    let last = NumberText.text(try #require(steps.output.scalars.last), in: steps.notation.output)
    #expect(output[7].contains(try Regex("\\[ *\(last)\\]")), "\(frame.text)")
    Snapshot.check(frame, named: "workspace-8x8-floats-last-step")
  }

  @Test func theNineProductsAreWrittenOutAtEightyByTwentyFour() throws {
    var program = Self.workspace(step: 0)
    let steps = try #require(program.animation?.chain.stages.last)
    for index in 0..<steps.count {
      let text = Self.animation(Self.frame(program, rows: 24, columns: 80))
      let arithmetic = ArithmeticText(for: steps[index], in: steps).text
      #expect(
        text.filter { !$0.isWhitespace }.contains(arithmetic.filter { !$0.isWhitespace }),
        "step \(index) lacks \(arithmetic):\n\(text)")
      #expect(!text.contains("products (3×3)"), "step \(index) summarises:\n\(text)")
      _ = program.update(.key(.right))
    }
  }

  @Test(arguments: [(24, 80), (30, 100), (40, 120), (50, 200)])
  func everyStepShowsItsWindowAndItsCellWhole(rows: Int, columns: Int) throws {
    var program = Self.workspace(step: 0)
    let steps = try #require(program.animation?.chain.stages.last)
    let written = Self.writtenValues(steps)
    for index in 0..<steps.count {
      let text = Self.animation(Self.frame(program, rows: rows, columns: columns))
      // Three bracketed rows of the window, one bracketed current cell.
      #expect(text.components(separatedBy: "[").count - 1 == 4, "step \(index):\n\(text)")
      let cell = NumberText.text(steps.output.scalars[index], in: steps.notation.output)
      #expect(text.contains(try Regex("\\[ *\(cell)\\]")), "step \(index):\n\(text)")
      // No number is cut: every one written is a value of the call.
      let cut = Self.decimals(in: text).filter { !written.contains($0) }
      #expect(cut.isEmpty, "\(rows)×\(columns) step \(index) cuts \(cut):\n\(text)")
      _ = program.update(.key(.right))
    }
  }

  @Test func theOutputScrollsAsTheInputDoesWithTheSameArrows() throws {
    let first = Self.frame(Self.workspace(step: 0), rows: 24, columns: 80)
    let firstInput = try #require(Self.block(titled: "input 8×8", upTo: "kernel 3×3", in: first))
    let firstOutput = try #require(Self.block(titled: "output 6×6", in: first))
    // At the first step both grids show their first columns and say there are more.
    #expect(firstInput[1].contains("→") && !firstInput[1].contains("←"), "\(first.text)")
    #expect(firstOutput[1].contains("→") && !firstOutput[1].contains("←"), "\(first.text)")
    let last = Self.frame(Self.workspace(), rows: 24, columns: 80)
    let lastInput = try #require(Self.block(titled: "input 8×8", upTo: "kernel 3×3", in: last))
    let lastOutput = try #require(Self.block(titled: "output 6×6", in: last))
    #expect(lastInput[1].contains("←"), "\(last.text)")
    #expect(lastOutput[1].contains("←") && !lastOutput[1].contains("→"), "\(last.text)")
    // With the room, both grids are whole.
    for (rows, columns) in [(40, 120), (50, 200)] {
      let wide = Self.animation(Self.frame(Self.workspace(), rows: rows, columns: columns))
      #expect(!wide.contains("←") && !wide.contains("↑") && !wide.contains("↓"), "\(wide)")
    }
  }

  @Test func aGridTooWideForItsRegionLosesColumnsNotPartsOfCells() throws {
    let chain = try #require(Self.workspace().animation?.chain)
    let steps = try #require(chain.stages.last)
    let written = Self.writtenValues(steps)
    for columns in [30, 44, 52, 60, 70] {
      for rows in [8, 12, 18] {
        var frame = Frame(rows: rows, columns: columns)
        StepView.draw(
          StepViewModel(chain: chain, combinedStep: 35), in: frame.bounds, into: &frame,
          color: false)
        let cut = Self.decimals(in: frame.text).filter { !written.contains($0) }
        #expect(cut.isEmpty, "\(rows)×\(columns) cuts \(cut):\n\(frame.text)")
      }
    }
  }

  @Test func aBodyWiderThanItsRegionDrawsWholeCellsOnly() {
    let grid = GridPicture(title: "g", rows: 2, columns: 6) { row, column in
      GridPicture.Cell(text: "\(row)\(column)abc")
    }
    let body = BodyLayout(columns: [
      BodyColumn(items: [.grid(grid)]), BodyColumn(items: [.text(["bias 0.2762"])]),
    ])
    for width in 1..<body.width {
      var frame = Frame(rows: 5, columns: width)
      body.draw(at: 0, column: 0, into: &frame, palette: StepPalette(color: false))
      for line in frame.lines().dropFirst(2) {
        let cells = line.split(separator: " ").dropFirst()
        #expect(cells.allSatisfy { $0.count == 5 && $0.hasSuffix("abc") }, "\(width): \(line)")
      }
    }
  }
}
