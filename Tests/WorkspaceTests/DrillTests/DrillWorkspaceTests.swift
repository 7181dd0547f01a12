import ConvCore
import Testing

@testable import ConvText
@testable import Quiz
@testable import TerminalUI
@testable import Workspace

/// A drill in the workspace: the item on screen, its questions at the prompt, the record of
/// each item, the animation of the answer, n for the next item.
@Suite struct DrillWorkspaceTests {
  /// A workspace in a seeded drill of `skills`, with clocks that do not move.
  static func drill(
    _ skills: [Skill] = [.conv], seed: UInt64 = 5, records: Bool = true
  ) -> (program: WorkspaceProgram, effects: [WorkspaceEffect]) {
    var program = WorkspaceProgram(usesColor: false)
    program.now = { 10 }
    program.wallClock = { 1_800_000_000 }
    program.recordsProgress = records
    let commands = program.startDrill(
      DrillRequest(skills: skills, seed: seed).schedule(reviews: [], at: 0))
    return (program, Self.effects(commands))
  }

  static func effects(_ commands: [Command<WorkspaceEffect>]) -> [WorkspaceEffect] {
    commands.compactMap { if case .perform(let effect) = $0 { effect } else { nil } }
  }

  /// Types `line` and presses Enter; the effects asked for.
  static func type(_ line: String, into program: inout WorkspaceProgram) -> [WorkspaceEffect] {
    if program.focus != .prompt { _ = program.update(.key(.tab)) }
    var effects: [WorkspaceEffect] = []
    for character in line { effects += Self.effects(program.update(.key(.character(character)))) }
    return effects + Self.effects(program.update(.key(.enter)))
  }

  /// Answers every question of the item on screen right; the effects asked for.
  static func answerRight(_ program: inout WorkspaceProgram) -> [WorkspaceEffect] {
    var effects: [WorkspaceEffect] = []
    while let quiz = program.quizSession, let question = quiz.question {
      let answer =
        switch question {
        case .shape: ShapeText.tuple(quiz.item.steps.output.shape)
        case .cell(let index):
          NumberText.text(quiz.item.steps[index].result, in: quiz.item.steps.notation.output)
        }
      effects += Self.type(answer, into: &program)
    }
    return effects
  }

  static func text(_ program: WorkspaceProgram, rows: Int = 24, columns: Int = 80) -> String {
    var frame = Frame(rows: rows, columns: columns)
    program.render(into: &frame)
    return frame.text
  }

  @Test func anItemIsAskedAtThePromptWithItsSkillAndLevelInTheTitle() throws {
    let (program, effects) = Self.drill()
    #expect(effects.isEmpty)
    let run = try #require(program.activity.drillRun)
    #expect(run.current.number == 1 && run.current.skill == .conv)
    #expect(program.focus == .prompt)
    #expect(program.activity.isAsking)
    let screen = Self.text(program)
    let title = try #require(screen.split(separator: "\n").first)
    #expect(title.contains("Drill 1 · conv · level 1 of 5 · new"))
    #expect(program.transcript.lines.contains { $0.text.hasPrefix("Drill with seed 5 ") })
    // Nothing of the output is shown before it is answered.
    let steps = run.current.item.steps
    if let first = steps.first, case .weightedSum = first.operation {
      #expect(!screen.contains(ArithmeticText(for: first, in: steps).text))
    }
  }

  @Test func anItemAnsweredIsRecordedAndItsAnswerAnimated() throws {
    var (program, _) = Self.drill()
    let effects = Self.answerRight(&program)
    guard case .record(let review)? = effects.first, effects.count == 1 else {
      Issue.record("expected one record, got \(effects)")
      return
    }
    #expect(review.exercise == .drill(seed: 5, number: 1, layer: review.exercise.layerText))
    #expect(review.skill == .conv && review.level == 1)
    #expect(review.time == 1_800_000_000)
    #expect(review.isFinished && review.grade == .easy)
    #expect(review.answers.count == review.score.questions)
    let animation = try #require(program.animation)
    #expect(animation.isPlaying && animation.location.step == 0)
    let title = Self.text(program).split(separator: "\n").first ?? ""
    #expect(title.contains("Drill 1 · conv · level 1 of 5 · due in 8 days"))
    // n at the prompt: the next item.
    #expect(Self.type("n", into: &program).isEmpty)
    #expect(program.activity.drillRun?.current.number == 2)
    #expect(program.activity.isAsking)
  }

  @Test func theSameSeedGivesTheSameItems() {
    func layers(seed: UInt64) -> [String] {
      var (program, _) = Self.drill([], seed: seed, records: false)
      var layers: [String] = []
      for _ in 0..<4 {
        layers.append(program.activity.drillRun?.current.item.layerText ?? "")
        _ = Self.answerRight(&program)
        _ = program.update(.key(.control("n")))
      }
      return layers
    }
    #expect(layers(seed: 9) == layers(seed: 9))
    #expect(layers(seed: 9) != layers(seed: 10))
  }

  @Test func anItemSkippedWithAnswersIsRecordedUnfinished() throws {
    var (program, _) = Self.drill()
    let quiz = try #require(program.quizSession)
    let first =
      quiz.question == .shape
      ? ShapeText.tuple(quiz.item.steps.output.shape)
      : NumberText.text(quiz.item.steps[0].result, in: quiz.item.steps.notation.output)
    #expect(Self.type(first, into: &program).isEmpty)
    let effects = Self.effects(program.update(.key(.control("n"))))
    guard case .record(let review)? = effects.first else {
      Issue.record("expected a record, got \(effects)")
      return
    }
    #expect(!review.isFinished && review.score.answered == 1)
    #expect(program.activity.drillRun?.current.number == 2)
    #expect(program.transcript.lines.contains { $0.text.hasPrefix("Drill item left unfinished.") })
  }

  @Test func percentDrillAsksForTheReviewsThenStarts() throws {
    var program = WorkspaceProgram(usesColor: false)
    program.recordsProgress = true
    let effects = Self.type("%drill maxpool --seed 3", into: &program)
    #expect(effects == [.loadReviews(DrillRequest(skills: [.maxpool], seed: 3))])
    #expect(program.activity.drillRun == nil)
    let commands = program.update(
      with: .reviewsLoaded(DrillRequest(skills: [.maxpool], seed: 3), [], warnings: ["w"]))
    #expect(commands.isEmpty)
    #expect(program.activity.drillRun?.current.skill == .maxpool)
    #expect(program.transcript.lines.contains { $0.text == "w" })
  }

  @Test func percentDrillWithoutProgressStartsAtOnceAndBadWordsSayWhy() {
    var program = WorkspaceProgram(usesColor: false)
    #expect(Self.type("%drill stride", into: &program).isEmpty)
    #expect(program.activity.drillRun?.current.skill == .stride)
    var other = WorkspaceProgram(usesColor: false)
    _ = Self.type("%drill juggling", into: &other)
    #expect(other.activity.drillRun == nil)
    #expect(other.transcript.lines.last?.text.hasPrefix("unknown skill juggling") == true)
    _ = Self.type("%drill --level 0", into: &other)
    #expect(other.transcript.lines.last?.text.hasPrefix("--level takes a level from 1") == true)
  }

  @Test func aDrillFitsBothScreenSizes() {
    let (program, _) = Self.drill([.maxpool], seed: 2)
    for (rows, columns) in [(24, 80), (40, 120)] {
      let screen = Self.text(program, rows: rows, columns: columns)
      #expect(screen.contains("Drill 1 · maxpool · level 1 of 4"))
      #expect(screen.contains("?"))
    }
  }
}

extension Review.Exercise {
  /// The drill item's layer text, for comparing the rest of an exercise.
  fileprivate var layerText: String {
    if case .drill(_, _, let layer) = self { return layer }
    return ""
  }
}

/// `drill --count N` in the workspace: N items, then the drill says it is over.
@Suite struct CountedDrillWorkspaceTests {
  @Test func theLastItemSaysSoAndNGoesNoFurther() {
    var program = WorkspaceProgram(usesColor: false)
    program.startDrill(DrillRequest(seed: 1).schedule(reviews: [], at: 0), count: 2)
    _ = DrillWorkspaceTests.answerRight(&program)
    _ = program.update(.key(.control("n")))
    #expect(program.activity.drillRun?.current.number == 2)
    _ = DrillWorkspaceTests.answerRight(&program)
    #expect(
      program.transcript.lines.last?.text.hasSuffix("q quits, %drill starts another.") == true)
    _ = program.update(.key(.control("n")))
    #expect(program.activity.drillRun?.current.number == 2)
    #expect(program.status?.hasPrefix("that was the drill's last item") == true)
  }
}

/// `%drill` after a lesson's quiz: the schedule reads the review log the quiz was saved to.
@Suite struct DrillAfterALessonTests {
  @Test func aLessonQuizRightOpensTheSkillsNextLevel() throws {
    let progress = MemoryProgress()
    var program = RecordingWorkspace(try QuizWorkspaceTests.exerciseOneQuiz(), progress: progress)
    program.type("2x4")
    program.type("4 7 5 8")
    program.type("4 8 4 8")
    #expect(progress.reviews.count == 1 && progress.reviews[0].skill == .conv)
    program.type("%drill conv")
    let run = try #require(program.activity.drillRun)
    // Exercise 1's convolution, right at the first try, holds conv's level 1.
    #expect(run.current.skill == .conv && run.current.level == 2)
  }
}

/// The title's due date: `new` for a level never drilled, `due now` for one whose time came.
@Suite struct DrillTitleDueTests {
  @Test func aLevelDrilledBeforeAndDueSaysSo() {
    var score = QuizScore()
    score.questions = 1
    score.rightFirstTry = 1
    score.seconds = 30
    let tenDaysAgo = Review(
      time: 1_800_000_000 - 10 * 86_400, exercise: .drill(seed: 1, number: 1, layer: "x"),
      skill: .maxpool, level: 1, score: score, isFinished: true, mistakes: [], answers: [])
    var program = WorkspaceProgram(usesColor: false)
    program.wallClock = { 1_800_000_000 }
    program.startDrill(
      DrillRequest(skills: [.maxpool]).schedule(reviews: [tenDaysAgo], at: 1_800_000_000))
    let title = DrillWorkspaceTests.text(program).split(separator: "\n").first ?? ""
    #expect(title.contains("Drill 1 · maxpool · level 1 of 4 · due now"))
  }
}

/// `%drill` during a lesson's quiz: the quiz is left and saved before the log is read, so the
/// drill's schedule knows of it.
@Suite struct DrillFromAQuizTests {
  @Test func theQuizLeftIsSavedBeforeTheReviewsAreRead() throws {
    let progress = MemoryProgress()
    var program = RecordingWorkspace(try QuizWorkspaceTests.exerciseOneQuiz(), progress: progress)
    program.type("2x4")
    program.type("%drill conv")
    #expect(progress.reviews.count == 1 && progress.reviews[0].isFinished == false)
    let lines = program.transcript.lines.map(\.text)
    let saved = try #require(lines.firstIndex(of: "Saved as an unfinished attempt."))
    let drill = try #require(lines.firstIndex { $0.hasPrefix("Drill with seed") })
    #expect(saved < drill)
    #expect(program.activity.drillRun?.current.skill == .conv)
  }
}

/// A Flatten cell asked: where its value comes from is the question, so no input cell is
/// marked until it is answered; once answered, the animation marks it again.
@Suite struct FlattenQuestionTests {
  /// The screen's marks (`[…]`) other than the asked cell's `[?]` and the planes' titles.
  static func marks(_ screen: String) -> [Substring] {
    screen.split(separator: "\n").filter { line in
      var rest = String(line)
      for known in ["x[0]", "[?]", "[ ?]"] { rest = rest.replacingOccurrences(of: known, with: "") }
      return rest.contains("[")
    }
  }

  @Test func noInputCellIsMarkedWhileItsPositionIsAsked() throws {
    var (program, _) = DrillWorkspaceTests.drill([.flatten], seed: 5)
    _ = DrillWorkspaceTests.type("give up", into: &program)
    let quiz = try #require(program.quizSession)
    #expect(quiz.currentStepIndex != nil)
    #expect(Self.marks(DrillWorkspaceTests.text(program)).isEmpty)
    _ = DrillWorkspaceTests.answerRight(&program)
    _ = program.update(.key(.tab))
    _ = program.update(.key(.right))
    #expect(!Self.marks(DrillWorkspaceTests.text(program)).isEmpty)
  }
}
