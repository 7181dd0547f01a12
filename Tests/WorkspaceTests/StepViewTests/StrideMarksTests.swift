import Lessons
import Testing

@testable import ConvCore
@testable import TerminalUI
@testable import Workspace

/// Stride marks where the window starts (the slides' "Skip" for the positions passed over),
/// and the rows and columns no window reads are dim: in the grid's indices, in its cells, and
/// in a note that says what the marks mean.
@Suite("Stride and coverage marks")
struct StrideMarksTests {
  static func window(_ layer: any Layer, _ input: Tensor) throws -> WindowGeometry {
    try #require(try CallChain(layers: [layer], input: input).stages[0].geometry.window)
  }

  static func counting(_ rows: Int, _ columns: Int) -> Tensor {
    Tensor(shape: [1, rows, columns], scalars: (0..<(rows * columns)).map(Double.init))
  }

  @Test func strideTwoMarksTheStartsAndWhatIsNeverRead() {
    // Kernel 3, stride 2 over 6: windows at 0 and 2 read 0–4; 5 is never read.
    let axis = WindowCoverage.Axis(
      size: 6, outputs: 2, kernel: 3, stride: 2, dilation: 1, inputStart: 0, inputSize: 6)
    #expect(axis.marks == [.windowStart, .none, .windowStart, .none, .none, .unread])
    #expect(axis.labels(of: .windowStart) == ["0", "2"])
    #expect(axis.labels(of: .unread) == ["5"])
  }

  @Test func strideOneMarksNothingAndOneWindowSkipsNothing() {
    let stride1 = WindowCoverage.Axis(
      size: 6, outputs: 4, kernel: 3, stride: 1, dilation: 1, inputStart: 0, inputSize: 6)
    #expect(stride1.marks.allSatisfy { $0 == .none })
    // One window along the axis: the stride passes nothing over.
    let single = WindowCoverage.Axis(
      size: 2, outputs: 1, kernel: 2, stride: 2, dilation: 1, inputStart: 0, inputSize: 2)
    #expect(single.marks == [.none, .none])
  }

  @Test func paddingStartsAreNamedAsTheLabelsWriteThem() throws {
    // Exercise 2: 5×3, padding 1, stride 2, kernel 3: rows start at p, 1, 3; columns at p, 1.
    let layer = try SeedExamples.conv(
      SeedExamples.onesKernel, bias: 2, stride: .single(2), padding: .explicit(.single(1)))
    let coverage = WindowCoverage(
      window: try Self.window(layer, SeedExamples.grid(SeedExamples.exercise2)))
    #expect(coverage.rows.labels(of: .windowStart) == ["p", "1", "3"])
    #expect(coverage.columns.labels(of: .windowStart) == ["p", "1"])
    #expect(
      coverage.notes == ["stride 2: windows start at rows p, 1, 3, columns p, 1 (underlined)"])
  }

  @Test func poolingNeverReadsTheLastRowAndColumnOfAnOddInput() throws {
    let pool = try MaxPool2d(kernelSize: .single(2))
    let coverage = WindowCoverage(window: try Self.window(pool, Self.counting(5, 5)))
    #expect(coverage.rows.marks == [.windowStart, .none, .windowStart, .none, .unread])
    #expect(coverage.columns.marks == coverage.rows.marks)
    #expect(
      coverage.notes == [
        "stride 2: windows start at 0, 2 (underlined)", "row 4 and column 4 not read (dim)",
      ])
    // With ceil_mode a third window hangs over the edge and reads them.
    let ceil = try MaxPool2d(kernelSize: .single(2), ceilMode: true)
    let covered = WindowCoverage(window: try Self.window(ceil, Self.counting(5, 5)))
    #expect(!covered.rows.marks.contains(.unread))
    #expect(covered.notes == ["stride 2: windows start at 0, 2, 4 (underlined)"])
  }

  @Test func dilationReadsEveryOtherCell() {
    // Kernel 2, dilation 3, stride 3 over 7: windows at 0 and 3 read 0, 3, 6 and 3, 6.
    let axis = WindowCoverage.Axis(
      size: 7, outputs: 2, kernel: 2, stride: 3, dilation: 3, inputStart: 0, inputSize: 7)
    #expect(
      axis.marks == [.windowStart, .unread, .unread, .windowStart, .unread, .unread, .none])
    #expect(axis.labels(of: .unread) == ["1", "2", "4", "5"])
  }

  @Test func listsAreShortAndRunsAreRanges() {
    #expect(WindowCoverage.list(["0", "2"]) == "0, 2")
    #expect(WindowCoverage.list(["4", "5", "6"]) == "4–6")
    #expect(WindowCoverage.list((0..<31).map { String($0 * 2) }) == "0, 2, 4, …, 60")
    #expect(WindowCoverage.list(["p", "1", "3"]) == "p, 1, 3")
  }

  /// The style of the cell at (`row`, `column`) of `frame`.
  static func attributes(_ frame: Frame, _ row: Int, _ column: Int) -> Style.Attributes {
    frame[row, column].style.monochromeAttributes
  }

  @Test func theStridedInputUnderlinesItsStartsAndDimsWhatIsNeverRead() throws {
    // L6b: 6×6, kernel 3, stride 2: windows start at rows and columns 0 and 2; 5 is unread.
    let frame = try StepViewSnapshotTests.frame("L6b", step: 1)
    let lines = frame.lines()
    #expect(
      lines.contains(
        "stride 2: windows start at 0, 2 (underlined) · row 5 and column 5 not read (dim)"),
      "\(frame.text)")
    let title = try #require(lines.firstIndex { $0.hasPrefix("input 6×6") && !$0.contains("→") })
    let labels = Array(lines[title + 1])
    // Column labels `   0 1 2 3 4 5`: 0 and 2 underlined, 1, 3 and 4 plain, 5 dim.
    for (column, label) in ["0", "1", "2", "3", "4", "5"].enumerated() {
      let at = 3 + 2 * column
      #expect(String(labels[at]) == label)
      let expected: Style.Attributes =
        column == 5 ? .dim : column == 0 || column == 2 ? .underline : []
      #expect(Self.attributes(frame, title + 1, at) == expected, "column \(column)")
    }
    // Row labels: rows 0 and 2 underlined, row 5 dim with every cell of it.
    for row in 0..<6 {
      let expected: Style.Attributes = row == 5 ? .dim : row == 0 || row == 2 ? .underline : []
      #expect(Self.attributes(frame, title + 2 + row, 0) == expected, "row \(row)")
    }
    for column in 0..<6 {
      #expect(Self.attributes(frame, title + 7, 3 + 2 * column) == .dim, "row 5 column \(column)")
      #expect(Self.attributes(frame, title + 2 + column, 13) == .dim, "column 5 row \(column)")
    }
    // A cell read by some window stays plain.
    #expect(Self.attributes(frame, title + 5, 5) == [])
  }

  @Test func aStrideOneConvolutionHasNoMarksAndNoNote() throws {
    let frame = try StepViewSnapshotTests.frame("L1", step: 0)
    #expect(!frame.text.contains("windows start") && !frame.text.contains("not read"))
    // (The current output cell is reverse and underlined; an index would be underlined alone.)
    #expect(frame.cells.allSatisfy { $0.style.monochromeAttributes != .underline })
  }

  @Test func theMarksReadInColourToo() throws {
    let chain = try CallChain(
      layers: [try MaxPool2d(kernelSize: .single(2))], input: Self.counting(5, 5))
    var frame = Frame(rows: 18, columns: 80)
    StepView.draw(
      StepViewModel(chain: chain, combinedStep: 0), in: frame.bounds, into: &frame, color: true)
    let lines = frame.lines()
    let title = try #require(lines.firstIndex { $0.hasPrefix("input 5×5") && !$0.contains("→") })
    // Row 4's label and cells are muted; row 0's label underlined.
    #expect(frame[title + 6, 0].style.role == .muted, "\(frame.text)")
    #expect(frame[title + 6, 4].style.role == .muted, "\(frame.text)")
    #expect(frame[title + 2, 0].style.attributes.contains(.underline), "\(frame.text)")
  }
}

/// While the shape is asked, where windows start (and what none reads) would count the
/// output's size: neither the note nor the marks are there until the shape is answered.
@Suite struct CoverageDuringTheShapeQuestionTests {
  @Test func theStrideNoteWaitsForTheShape() throws {
    var program = WorkspaceProgram(usesColor: false)
    program.now = { 0 }
    program.open(try #require(LessonLibrary.shipped.lesson(named: "4")))
    while program.quizSession == nil, program.lessonSession?.isAtEnd == false {
      _ = program.update(.key(.control("n")))
    }
    #expect(program.quizSession?.question == .shape)
    let screen = { (program: WorkspaceProgram) -> String in
      var frame = Frame(rows: 24, columns: 80)
      program.render(into: &frame)
      return frame.text
    }
    #expect(!screen(program).contains("windows start"), "\(screen(program))")
    #expect(!screen(program).contains("not read"), "\(screen(program))")
    program.type("3x3")
    #expect(screen(program).contains("windows start at 0, 2, 4"), "\(screen(program))")
  }
}
