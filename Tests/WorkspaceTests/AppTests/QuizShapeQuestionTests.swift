import Testing

@testable import Lessons
@testable import TerminalUI
@testable import Workspace

/// The shape question of a quiz in the workspace gives nothing of the answer away: neither its
/// example of how to type a shape nor an erratum about the slide's shape label.
@Suite struct QuizShapeQuestionTests {
  /// A lesson whose quiz has a slide that labels the output `3 x 3` (it is 2×2).
  static let lessonWithShapeErratum = """
    format: 1
    id: shape-erratum
    title: "Stride two"
    summary: A quiz whose slide prints a wrong size.
    steps:
      - quiz:
          layer: nn.Conv2d(1, 1, kernel_size=3, padding=1, stride=2)
          input: |
            1 2 0 1
            0 1 3 2
            2 1 1 0
            1 0 2 3
          weight: |
            1 0 1
            0 1 0
            1 0 1
          bias: -1
          ask: both
          slide:
            shape: 3 x 3
    """

  static func frameText(_ program: WorkspaceProgram) -> String {
    var frame = Frame(rows: 24, columns: 80)
    program.render(into: &frame)
    return frame.text
  }

  @Test func theExampleOfExerciseOneIsNotItsAnswer() throws {
    let program = try QuizWorkspaceTests.exerciseOneQuiz()
    #expect(program.quizSession?.question == .shape)
    let text = Self.frameText(program)
    #expect(text.contains("What is the shape of the output? Type it at the prompt:"))
    #expect(!text.contains("2x4"))
    #expect(!text.contains("2×4"))
    #expect(!text.contains("(1, 2, 4)"))
  }

  @Test func theExampleAvoidsTheAnswerWhateverItIs() {
    #expect(WorkspaceProgram.shapeExample(avoiding: [1, 2, 4]) == "5x3, 5×3 or (1, 5, 3)")
    // Exercise 2's answer is (1, 5, 3): the example moves on to other sizes.
    #expect(WorkspaceProgram.shapeExample(avoiding: [1, 5, 3]) == "4x6, 4×6 or (1, 4, 6)")
    // With channels in front, the example writes them too.
    #expect(WorkspaceProgram.shapeExample(avoiding: [2, 5, 3]) == "3×4×6 or (3, 4, 6)")
    #expect(WorkspaceProgram.shapeExample(avoiding: [1, 4, 6]) == "5x3, 5×3 or (1, 5, 3)")
    // Nor is it the input's size: exercise 3's input is 5×3, its output 3×2.
    #expect(
      WorkspaceProgram.shapeExample(avoiding: [1, 3, 2], input: [1, 5, 3])
        == "4x6, 4×6 or (1, 4, 6)")
    #expect(
      WorkspaceProgram.shapeExample(avoiding: [1, 5, 3], input: [1, 4, 6])
        == "3x2, 3×2 or (1, 3, 2)")
  }

  @Test func theSlidesShapeLabelWaitsForTheShapeAnswer() throws {
    let read = LessonReader.read(text: Self.lessonWithShapeErratum, fileName: "shape.yaml")
    let lesson = try #require(read.lesson)
    var program = WorkspaceProgram(usesColor: false)
    program.now = { 0 }
    program.open(lesson)
    #expect(program.quizSession?.question == .shape)
    let asking = Self.frameText(program)
    #expect(!asking.contains("Erratum"))
    #expect(!asking.contains("2×2"))
    #expect(!program.transcript.lines.contains { $0.text.contains("Erratum") })
    program.type("2x2")
    #expect(program.quizSession?.question == .cell(0))
    #expect(Self.frameText(program).contains("Erratum: the slide labels the output 3 x 3"))
  }

  @Test func theQuestionIsWholeOnASmallScreenWithThePicture() throws {
    // Exercise 2's first quiz has a long remark about the slide.
    var program = WorkspaceProgram(usesColor: false)
    program.now = { 0 }
    program.open(try #require(LessonLibrary.shipped.lesson(named: "2")))
    _ = program.update(.key(.character("n")))
    #expect(program.quizSession?.question == .shape)
    let text = Self.frameText(program)
    // The question is whole on one line of the step view, with the picture it needs: the
    // padded input, the kernel, the bias and the layer.
    #expect(
      text.contains("What is the shape of the output? Type it at the prompt: 4x6, 4×6 or (1, 4, 6)")
    )
    #expect(text.contains("padded input 7×5") && text.contains("kernel 3×3"))
    #expect(text.contains("bias 2") && text.contains("padding=(1, 1)"))
    // The slide's remark about its answer grid waits for every answer, then is whole in the
    // transcript.
    let remark = { (program: WorkspaceProgram) in
      program.transcript.lines.contains { $0.text.hasSuffix("this 5×3 input \"4 x 6\".") }
    }
    #expect(!remark(program) && !text.contains("Erratum"))
    program.type("5x3")
    for row in ["11 13 12", "15 18 13", "14 14 11", "9 17 8"] { program.type(row) }
    #expect(!remark(program))
    program.type("7 15 6")
    #expect(program.quizSession?.isFinished == true)
    #expect(remark(program))
  }
}
