/// The score of one quiz: questions right at the first try, hints used, time taken.
public struct QuizScore: Sendable, Equatable, Codable {
  /// Questions asked (the shape counts as one, each cell as one).
  public var questions = 0
  /// Right at the first try, without a hint.
  public var rightFirstTry = 0
  /// Right after a wrong try or a hint.
  public var rightLater = 0
  /// Shown after three wrong tries.
  public var revealed = 0
  /// Given up.
  public var gaveUp = 0
  /// Hints asked for.
  public var hintsUsed = 0
  /// Wrong tries in all.
  public var wrongTries = 0
  /// Seconds from the start to the last answer.
  public var seconds = 0.0

  /// An empty score.
  public init() {}

  /// Questions answered so far (at most `Int.max`, whatever the counts).
  public var answered: Int {
    [rightLater, revealed, gaveUp].reduce(rightFirstTry, QuizScore.saturatingSum)
  }

  /// `Score: 7 of 9 right at the first try, 1 right later, 1 shown; 2 hints; 1 min 5 s.`
  public var summary: String {
    var parts = ["\(rightFirstTry) of \(questions) right at the first try"]
    if rightLater > 0 { parts.append("\(rightLater) right later") }
    if revealed > 0 { parts.append("\(revealed) shown after 3 tries") }
    if gaveUp > 0 { parts.append("\(gaveUp) given up") }
    if answered < questions { parts.append("\(questions - answered) not answered") }
    let hints = hintsUsed == 1 ? "1 hint" : "\(hintsUsed) hints"
    return "Score: " + parts.joined(separator: ", ") + "; \(hints); \(QuizScore.time(seconds))."
  }

  /// `42 s`, `1 min 5 s` (any number of seconds: past 10^15 it says that many).
  static func time(_ seconds: Double) -> String {
    let whole = seconds.isFinite && seconds > 0 ? Int(min(seconds.rounded(), 1e15)) : 0
    return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
  }

  /// Adds another quiz's score. The counts saturate at `Int.max` (and `Int.min`) rather than
  /// overflow: a score read from a file edited by hand may hold any count.
  public mutating func add(_ other: QuizScore) {
    questions = QuizScore.saturatingSum(questions, other.questions)
    rightFirstTry = QuizScore.saturatingSum(rightFirstTry, other.rightFirstTry)
    rightLater = QuizScore.saturatingSum(rightLater, other.rightLater)
    revealed = QuizScore.saturatingSum(revealed, other.revealed)
    gaveUp = QuizScore.saturatingSum(gaveUp, other.gaveUp)
    hintsUsed = QuizScore.saturatingSum(hintsUsed, other.hintsUsed)
    wrongTries = QuizScore.saturatingSum(wrongTries, other.wrongTries)
    seconds += other.seconds
  }

  /// `a + b`, or the nearer end of `Int`'s range when that overflows.
  static func saturatingSum(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? (b > 0 ? .max : .min) : sum
  }
}
