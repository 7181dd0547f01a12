import Testing

@testable import Lessons
@testable import TerminalUI
@testable import Workspace

/// An operation's errata are read in full in the transcript, as its narration is, when the
/// animation leaves them no room on an 80×24 screen.
@Suite struct ErratumTranscriptTests {
  @Test func theErratumCutOnScreenIsWholeInTheTranscript() throws {
    var program = WorkspaceProgram(usesColor: false)
    program.open(try #require(LessonLibrary.shipped.lesson(named: "pooling")))
    // Step 3: MaxPool2d with stride (1, 2), whose slide prints 3 3 4 as the first row.
    _ = program.update(.key(.character("n")))
    _ = program.update(.key(.character("n")))
    var frame = Frame(rows: 24, columns: 80)
    program.render(into: &frame)
    let rows = frame.text.split(separator: "\n").map(String.init)
    #expect(!rows.contains { $0.contains("its own PyTorch output gives 3 3 3") })
    let erratum = program.transcript.lines.last { $0.text.hasPrefix("Erratum:") }
    #expect(
      erratum?.text
        == "Erratum: The slide's drawing prints 3 3 4 as the first row; its own PyTorch output "
        + "gives 3 3 3.")
  }

  @Test func aCellsErratumStaysBesideItsCell() throws {
    var program = WorkspaceProgram(usesColor: false)
    program.open(try #require(LessonLibrary.shipped.lesson(named: "pooling")))
    for _ in 0..<5 { _ = program.update(.key(.character("n"))) }
    // Step 6: AvgPool2d, whose slide labels the output 3 x 3 and rounds 1.6667 down.
    let errata = program.transcript.lines.filter { $0.text.hasPrefix("Erratum:") }.map(\.text)
    #expect(errata.contains { $0.hasPrefix("Erratum: the slide labels the output 3 x 3") })
    #expect(!errata.contains { $0.contains("the slide prints 1.6 for") })
  }

  /// In a quiz every erratum waits for its question, on screen and in the transcript: the one
  /// rule of the quiz (``Quiz/QuizSession/isVisible(_:)``), as in plain mode.
  @Test func aQuizsErrataWaitForTheirQuestions() throws {
    var program = WorkspaceProgram(usesColor: false)
    program.now = { 0 }
    program.open(try #require(LessonLibrary.shipped.lesson(named: "5")))
    while program.lessonSession?.step.operation?.layer.name != "MaxPool2d" {
      _ = program.update(.key(.control("n")))
    }
    let errata = { (program: WorkspaceProgram) in
      program.transcript.lines.filter { $0.text.hasPrefix("Erratum:") }.map(\.text)
    }
    let screen = { (program: WorkspaceProgram) -> String in
      var frame = Frame(rows: 24, columns: 80)
      program.render(into: &frame)
      return frame.text
    }
    let before = errata(program).count
    program.type("(1, 2, 2)")
    program.type("-52 120")
    program.type("248")
    // The slide gets all four cells wrong: the three answered have their errata, the last
    // one, still asked, has none on screen or in the transcript, nor has the slide's remark.
    let met = errata(program).dropFirst(before)
    #expect(met.count == 3, "\(met)")
    #expect(met.allSatisfy { $0.hasPrefix("Erratum: the slide prints") }, "\(met)")
    #expect(!met.contains { $0.contains("297") }, "\(met)")
    #expect(!screen(program).contains("297"))
    program.type("44")
    #expect(program.quizSession?.isFinished == true)
    let shown = errata(program).dropFirst(before)
    #expect(shown.contains { $0.contains("the slide prints 297") }, "\(shown)")
    #expect(shown.contains { $0.contains("whose maximum is 294, not 297") }, "\(shown)")
  }
}
