/// Everything the tutor remembers of a learner, as saved in `progress.json`.
public struct ProgressData: Sendable, Equatable, Codable {
  /// The format this build writes and reads.
  static let currentFormat = 1

  /// The file's format version.
  var format = ProgressData.currentFormat
  /// Results per lesson id.
  var lessons: [String: LessonProgress] = [:]
  /// The drills' spaced-repetition state.
  public var drill = DrillProgress()

  /// No progress yet.
  public init() {}

  /// Records the result of a lesson's quiz step (its index among the lesson's steps), and
  /// sends the skills of the mistakes made back to the first Leitner box.
  public mutating func record(
    lessonId: String, stepIndex: Int, score: QuizScore, misconceptions: [Misconception],
    finished: Bool, at time: Double
  ) {
    var lesson = lessons[lessonId] ?? LessonProgress()
    var result = lesson.steps[String(stepIndex)] ?? StepResult()
    result.attempts += 1
    result.last = score
    if finished, score.answered == score.questions {
      result.completed = true
      result.bestRightFirstTry = max(result.bestRightFirstTry ?? 0, score.rightFirstTry)
    }
    result.lastTime = time
    lesson.steps[String(stepIndex)] = result
    lessons[lessonId] = lesson
    for skill in Set(misconceptions.map(\.skill)) { drill.missed(skill) }
  }
}

/// The results of one lesson's quiz steps.
struct LessonProgress: Sendable, Equatable, Codable {
  /// Results by the step's index in the lesson, as text (`"1"`).
  var steps: [String: StepResult] = [:]

  /// No results yet.
  init() {}
}

/// The result of one quiz step.
struct StepResult: Sendable, Equatable, Codable {
  /// How many times the quiz was taken.
  var attempts = 0
  /// Whether every question was answered at least once.
  var completed = false
  /// The most questions right at the first try in a finished attempt.
  var bestRightFirstTry: Int?
  /// The last attempt's score.
  var last = QuizScore()
  /// When the last attempt ended, in seconds since 1970.
  var lastTime: Double?

  /// No result yet.
  init() {}
}
