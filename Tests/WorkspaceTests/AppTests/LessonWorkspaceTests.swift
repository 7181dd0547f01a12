import Testing

@testable import Lessons
@testable import TerminalUI
@testable import Workspace

/// Lessons in the workspace: opening one, n and p, narration and errata on screen.
@Suite struct LessonWorkspaceTests {
  static func opened(_ id: String) throws -> WorkspaceProgram {
    var program = WorkspaceProgram(usesColor: false)
    program.open(try #require(LessonLibrary.shipped.lesson(named: id)))
    return program
  }

  static func screen(_ program: WorkspaceProgram, rows: Int = 24, columns: Int = 80) -> String {
    var frame = Frame(rows: rows, columns: columns)
    program.render(into: &frame)
    return frame.text
  }

  @Test func openingALessonShowsItsFirstStepAndPlace() throws {
    let program = try Self.opened("exercise-2")
    let session = try #require(program.lessonSession)
    #expect(session.stepIndex == 0)
    #expect(program.focus == .animation)
    let screen = Self.screen(program)
    #expect(screen.contains("Exercise 2"))
    #expect(screen.contains("step 1 of \(session.lesson.steps.count)"))
  }

  @Test func nAndPMoveThroughTheStepsAndStopAtTheEnds() throws {
    var program = try Self.opened("exercise-2")
    let count = program.lessonSession!.lesson.steps.count
    _ = program.update(.key(.character("p")))
    #expect(program.lessonSession?.stepIndex == 0)
    #expect(program.status == "this is the lesson's first step")
    // A quiz step puts the focus at the prompt, where Ctrl-N moves on.
    for _ in 0..<(count - 1) { _ = program.update(.key(.control("n"))) }
    #expect(program.lessonSession?.stepIndex == count - 1)
    // The last step names the next lesson, and n opens it.
    #expect(
      program.transcript.lines.contains {
        $0.text.contains("last step: n opens the next lesson, Exercise 3")
      })
    _ = program.update(.key(.control("p")))
    #expect(program.lessonSession?.stepIndex == count - 2)
    _ = program.update(.key(.control("n")))
    _ = program.update(.key(.control("n")))
    #expect(program.lessonSession?.lesson.id == "exercise-3")
    #expect(program.lessonSession?.stepIndex == 0)
  }

  @Test func theLastLessonsLastStepSaysSo() throws {
    var program = try Self.opened("exercise-5")
    let count = program.lessonSession!.lesson.steps.count
    for _ in 0..<count { _ = program.update(.key(.control("n"))) }
    #expect(program.lessonSession?.lesson.id == "exercise-5")
    #expect(program.lessonSession?.stepIndex == count - 1)
    #expect(program.status == "this is the last step of the last lesson")
    #expect(
      program.transcript.lines.contains {
        $0.text == "This is the lesson's last step: the course ends here."
      })
  }

  @Test func nTypedAtThePromptAfterAQuizMovesOn() throws {
    var program = try QuizWorkspaceTests.exerciseOneQuiz()
    let step = try #require(program.lessonSession?.stepIndex)
    program.type("2x4")
    program.type("4 7 5 8")
    program.type("4 8 4 8")
    #expect(program.quizSession?.isFinished == true)
    #expect(program.transcript.lines.contains { $0.text == "n goes to the lesson's next step." })
    program.type("n")
    #expect(program.lessonSession?.stepIndex == step + 1)
    #expect(!program.transcript.lines.contains { $0.kind == .error })
    // A variable named n is the learner's: typed alone, it is echoed.
    program.type("n = 7")
    program.type("n")
    #expect(program.lessonSession?.stepIndex == step + 1)
    #expect(program.transcript.lines.last?.text == "7")
  }

  @Test func anOperationStepIsAnimatedAndItsErratumShown() throws {
    var program = try Self.opened("exercise-5")
    let lesson = program.lessonSession!.lesson
    // The pooling step: its chain continues the edge map (conv, then pool).
    let poolIndex = try #require(
      lesson.steps.lastIndex { $0.operation?.layer.name == "MaxPool2d" })
    while program.lessonSession!.stepIndex < poolIndex {
      _ = program.update(.key(.control("n")))
    }
    let animation = try #require(program.animation)
    #expect(animation.chain.stages.count == 2)
    #expect(animation.location.stage == 1)
    #expect(animation.location.step == 0)
    #expect(animation.chain.stages[1].output.scalars == [-52, 120, 248, 44])
    // It is a quiz: answer the shape, then give up on each cell; the last cell's erratum
    // shows once that cell has its value on screen.
    program.type("2x2")
    for _ in 0..<3 { program.type("give up") }
    #expect(program.quizSession?.currentStepIndex == 3)
    #expect(!Self.screen(program, rows: 40, columns: 140).contains("the slide prints 297"))
    program.type("give up")
    #expect(program.quizSession?.isFinished == true)
    let narration = program.lessonSession!.narration(atCell: 3).joined(separator: "\n")
    #expect(narration.contains("the slide prints 297"))
    #expect(narration.contains("is 44"))
    #expect(!program.lessonSession!.narration(atCell: 0).joined().contains("the slide prints 297"))
    let wide = Self.screen(program, rows: 40, columns: 140)
    #expect(wide.contains("297"))
  }

  @Test func promptCommandsListAndOpenLessons() {
    var program = WorkspaceProgram(usesColor: false)
    program.type("%lessons")
    let listed = program.transcript.lines.map(\.text).joined(separator: "\n")
    for id in ["exercise-1", "exercise-5", "convolution", "pooling", "flatten"] {
      #expect(listed.contains(id))
    }
    program.type("%open 3")
    #expect(program.lessonSession?.lesson.id == "exercise-3")
    _ = program.update(.key(.tab))
    program.type("%open nothing")
    #expect(program.transcript.lines.last?.text == "no lesson nothing; %lessons lists them")
    #expect(program.transcript.lines.last?.kind == .error)
  }
}
