import Testing

@testable import TerminalUI
@testable import Workspace

/// The transcript scrolls by rows as drawn: PgUp and PgDn move a page of wrapped rows, so no
/// row is ever skipped. Seen before: with 3 rows at 80×24, PgUp moved three lines, and the
/// wrapped rows of a long line between them were never shown.
@Suite struct TranscriptScrollTests {
  /// Numbered lines, every third one long enough to wrap into several rows at `width`; every
  /// row's text is different.
  static func transcript(lines: Int, width: Int) -> Transcript {
    var transcript = Transcript()
    for index in 0..<lines {
      let words = (0..<width / 2).map { "\(index)-\($0)" }.joined(separator: " ")
      transcript.append(
        index % 3 == 1 ? "line \(index): " + words : "line \(index)", as: .output,
        prose: index % 2 == 0)
    }
    return transcript
  }

  /// Every row of the transcript at `width`, oldest first.
  static func allRows(_ transcript: Transcript, width: Int) -> [String] {
    transcript.lines.flatMap { $0.rows(width: width) }
  }

  /// Where the rows on screen are among all the rows.
  static func shown(_ transcript: Transcript, _ page: Int, width: Int, in all: [String])
    -> Range<Int>?
  {
    let rows = transcript.visibleRows(page, width: width).map(\.text)
    guard rows.count == page else { return nil }
    let start = (0...(all.count - page)).first { Array(all[$0..<$0 + page]) == rows }
    return start.map { $0..<$0 + page }
  }

  @Test(arguments: [1, 2, 3, 5])
  func pagingUpShowsEveryRowAndSkipsNone(page: Int) throws {
    let width = 20
    var transcript = Self.transcript(lines: 12, width: width)
    let all = Self.allRows(transcript, width: width)
    #expect(all.count >= 12 + 8, "some lines wrap")
    #expect(Set(all).count == all.count)
    var view = try #require(Self.shown(transcript, page, width: width, in: all))
    #expect(view.upperBound == all.count)
    while view.lowerBound > 0 {
      transcript.scrollUp(by: page, visible: page, width: width)
      let next = try #require(Self.shown(transcript, page, width: width, in: all))
      // A page up: the new view ends where the last one began (at the top, it may overlap).
      #expect(next.lowerBound < view.lowerBound)
      #expect(next.upperBound == view.lowerBound || next.lowerBound == 0, "\(next) after \(view)")
      #expect(next.upperBound >= view.lowerBound, "no row skipped")
      view = next
    }
    let top = transcript.position
    transcript.scrollUp(by: page, visible: page, width: width)
    #expect(transcript.position == top)
  }

  @Test(arguments: [1, 3, 4])
  func pagingDownComesBackToTheNewestSkippingNone(page: Int) throws {
    let width = 20
    var transcript = Self.transcript(lines: 9, width: width)
    let all = Self.allRows(transcript, width: width)
    for _ in 0..<100 { transcript.scrollUp(by: page, visible: page, width: width) }
    var view = try #require(Self.shown(transcript, page, width: width, in: all))
    #expect(view.lowerBound == 0)
    while view.upperBound < all.count {
      transcript.scrollDown(by: page, width: width)
      let next = try #require(Self.shown(transcript, page, width: width, in: all))
      #expect(next.lowerBound == view.upperBound || next.upperBound == all.count)
      #expect(next.lowerBound <= view.upperBound, "no row skipped")
      view = next
    }
    #expect(transcript.position == Transcript.Position())
  }

  @Test func aLineLongerThanTheViewIsReadRowByRow() {
    var transcript = Transcript()
    transcript.append("before", as: .output)
    transcript.append(String(repeating: "0123456789", count: 10), as: .output)
    transcript.append("after", as: .output)
    // The long line takes 10 rows of 10; the view is 3 rows.
    transcript.scrollUp(by: 3, visible: 3, width: 10)
    #expect(transcript.position == Transcript.Position(linesBelow: 1, rowsBelow: 2))
    #expect(
      transcript.visibleRows(3, width: 10).map(\.text)
        == Array(repeating: "0123456789", count: 3))
  }

  @Test func aShortTranscriptDoesNotScroll() {
    var transcript = Transcript()
    transcript.append("one\ntwo", as: .output)
    transcript.scrollUp(by: 3, visible: 3, width: 80)
    #expect(transcript.position == Transcript.Position())
    #expect(transcript.visibleRows(3, width: 80).map(\.text) == ["one", "two"])
  }

  @Test func newOutputScrollsBackToTheBottom() {
    var transcript = Self.transcript(lines: 12, width: 20)
    transcript.scrollUp(by: 3, visible: 3, width: 20)
    #expect(transcript.position != Transcript.Position())
    transcript.append("new", as: .output)
    #expect(transcript.position == Transcript.Position())
    #expect(transcript.visibleRows(3, width: 20).last?.text == "new")
  }

  /// Made taller at the top (a resize), the view fills with the rows below.
  @Test func aTallerViewAtTheTopFillsFromBelow() {
    var transcript = Self.transcript(lines: 12, width: 20)
    let all = Self.allRows(transcript, width: 20)
    for _ in 0..<100 { transcript.scrollUp(by: 3, visible: 3, width: 20) }
    #expect(transcript.visibleRows(8, width: 20).map(\.text) == Array(all.prefix(8)))
  }

  /// In the workspace at 80×24 (3 transcript rows): PgUp at the prompt pages through the rows
  /// of an output line that wraps, as the frame shows them, and follows a resize.
  @Test func pageUpInTheWorkspaceMovesByRowsAsDrawn() {
    var program = WorkspaceProgram(usesColor: false)
    program.type("print('start')")
    program.note(String(repeating: "a", count: 200))
    program.type("print('end')")
    func transcriptRows(columns: Int = 80) -> [String] {
      let layout = WorkspaceLayout(rows: 24, columns: columns)
      var frame = Frame(rows: 24, columns: columns)
      program.render(into: &frame)
      return Array(frame.lines().dropFirst(layout.transcript.row).prefix(layout.transcript.rows))
    }
    func a(_ count: Int) -> String { String(repeating: "a", count: count) }
    let bottom = [a(40), ">>> print('end')", "end"]
    #expect(transcriptRows() == bottom)
    _ = program.update(.key(.pageUp))
    #expect(transcriptRows() == ["start", a(80), a(80)])
    _ = program.update(.key(.pageUp))
    #expect(transcriptRows() == [">>> print('start')", "start", a(80)])
    _ = program.update(.key(.pageUp))
    #expect(transcriptRows() == [">>> print('start')", "start", a(80)])
    _ = program.update(.key(.pageDown))
    #expect(transcriptRows() == [a(80), a(40), ">>> print('end')"])
    _ = program.update(.key(.pageDown))
    #expect(transcriptRows() == bottom)
    // At 100 columns the long line takes two rows, and a page is laid out at that width.
    _ = program.update(.resize(rows: 24, columns: 100))
    #expect(program.screenSize == (24, 100))
    _ = program.update(.key(.pageUp))
    #expect(transcriptRows(columns: 100) == [">>> print('start')", "start", a(100)])
    _ = program.update(.key(.pageDown))
    #expect(transcriptRows(columns: 100) == [a(100), ">>> print('end')", "end"])
  }
}
