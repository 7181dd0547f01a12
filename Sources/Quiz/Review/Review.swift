/// One attempt at an exercise, as the review log keeps it: what was asked, how each question
/// went, and when. Scores, progress and the drills' schedule are all derived from these.
public struct Review: Sendable, Equatable {
  /// What was practised.
  public enum Exercise: Sendable, Equatable {
    /// A lesson's quiz step: the lesson's id and the step's index among its steps (from 0).
    case lessonStep(lessonId: String, stepIndex: Int)
    /// A drill item: the drill's seed, the item's number in that drill (from 1), and the
    /// layer as PyTorch writes it.
    case drill(seed: UInt64, number: Int, layer: String)
  }

  /// When the attempt ended, in seconds since 1970 (UTC).
  public var time: Double
  /// The exercise.
  public var exercise: Exercise
  /// The skill practised; `nil` for a lesson step no drill skill covers.
  public var skill: Skill?
  /// The level of the skill (1 for a lesson's quiz step).
  public var level: Int
  /// The score of the attempt.
  public var score: QuizScore
  /// Whether every question was answered (false: left before its end).
  public var isFinished: Bool
  /// The skills of the mistakes named during the attempt, in order.
  public var mistakes: [Skill]
  /// Each answered question, in the order answered.
  public var answers: [QuestionResult]

  /// A review from its parts.
  public init(
    time: Double, exercise: Exercise, skill: Skill?, level: Int, score: QuizScore,
    isFinished: Bool, mistakes: [Skill], answers: [QuestionResult]
  ) {
    self.time = time
    self.exercise = exercise
    self.skill = skill
    self.level = level
    self.score = score
    self.isFinished = isFinished
    self.mistakes = mistakes
    self.answers = answers
  }

  /// The review of `session`'s attempt at `exercise`, ended at `time` (seconds since 1970).
  /// The skill is `skill`, or, when `nil`, the one the exercise's layer practises.
  public init(
    of session: QuizSession, exercise: Exercise, skill: Skill? = nil, level: Int = 1,
    at time: Double
  ) {
    self.init(
      time: time, exercise: exercise,
      skill: skill
        ?? Skill.practised(by: session.item.steps, asksCells: session.item.asksCells),
      level: level, score: session.score, isFinished: session.isFinished,
      mistakes: session.misconceptions.map(\.skill), answers: session.results)
  }

  /// The FSRS grade of the attempt; `nil` when it says nothing (left with nothing shown).
  public var grade: Grade? { Grade(score: score, isFinished: isFinished) }
}
