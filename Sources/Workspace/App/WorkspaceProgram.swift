import ConvCore
import ConvPrompt
import Foundation
import Lessons
import Quiz
import TerminalUI

/// The workspace: the animated call above, the transcript and the prompt below.
///
/// A pure program: ``update(_:)`` is the only place state changes, and ``render(into:)``
/// draws it. The interpreter is part of the state (it holds the script's variables). Saving
/// progress is an effect (``WorkspaceEffect``) that `update` returns for the runner to carry
/// out (the command line's `WorkspaceEffects`, on the progress database); what came of it
/// comes back through ``update(with:)``.
public struct WorkspaceProgram: Program {
  var focus: Focus = .prompt
  public internal(set) var animation: Animation?
  var prompt = PromptLine()
  var transcript = Transcript()
  var overlay: Overlay?
  /// Lines typed so far of a statement that continues (open brackets).
  var pendingSource = ""
  /// Whether colours are used (off with `--no-color` or `NO_COLOR`).
  public var usesColor: Bool
  /// The terminal's size as last told (by the launcher, then by each `.resize`), for what
  /// `update` lays out: PgUp and PgDn move the transcript by its rows at this size.
  public var screenSize: (rows: Int, columns: Int) = (24, 80)
  public internal(set) var isFinished = false
  /// A one-line message about the last key (e.g. "no output cell (9, 9)").
  var status: String?
  /// What the workspace is doing: free play, a lesson step, or a quiz on one.
  var activity = Activity.free
  /// The lesson open, if any, and its step on screen.
  var lessonSession: LessonSession? { activity.lessonSession }
  /// The quiz being answered, for a lesson's quiz step.
  var quizSession: QuizSession? { activity.quizSession }
  /// Whether quizzes are recorded (when finished, or left with answers given: the workspace
  /// ends, or another step or lesson is opened during one), as ``WorkspaceEffect/record(_:)``
  /// effects; false records nothing.
  public var recordsProgress = false
  /// The warning of the last save that failed, while saves keep failing (shown once).
  var lastProgressWarning: String?
  /// The effects asked for during the current update, returned when it ends.
  var pendingEffects: [WorkspaceEffect] = []
  /// The time in seconds, for a quiz's time taken (a monotonic clock; tests set their own).
  var now: () -> Double = { Double(MonotonicClock.milliseconds()) / 1000 }
  /// The time of day in seconds since 1970, for when an attempt is recorded (tests set their
  /// own).
  var wallClock: () -> Double = { Date().timeIntervalSince1970 }
  /// The lessons `%lessons` lists and `%open` opens; nil means the shipped ones, read only
  /// when first asked for (reading and checking them is not start-up work).
  public var lessonCatalog: LessonCatalog?
  /// The statements' interpreter: it holds the session's variables.
  let interpreter: Interpreter

  /// A workspace with a fresh session; `usesColor` as the terminal allows.
  public init(usesColor: Bool = true) {
    self.interpreter = Interpreter()
    self.usesColor = usesColor
  }

  /// A workspace opened on a call already made (for `convtutor show FILE`), with the focus on
  /// the animation and the session's variables kept for the prompt.
  public init(
    showing chain: CallChain, session interpreter: Interpreter, title: String,
    usesColor: Bool = true
  ) {
    self.interpreter = interpreter
    self.usesColor = usesColor
    animation = Animation(chain: chain)
    focus = .animation
    transcript.append("Showing \(title). Press → to step, space to play, ? for help.", as: .notice)
  }

  /// Adds a notice to the transcript (e.g. what a shown script printed).
  public mutating func note(_ text: String) {
    transcript.append(text, as: .output)
  }

  // MARK: - Program

  /// While playing, one tick a step at the chosen speed.
  public var tickInterval: Int? {
    guard let animation, animation.isPlaying else { return nil }
    return animation.millisecondsPerStep
  }

  public mutating func update(_ event: Event) -> [Command<WorkspaceEffect>] {
    status = nil
    defer { pendingEffects = [] }
    switch event {
    case .tick:
      tick()
    case .key(let key):
      if key == .control("c") {
        end()
      } else if overlay == nil, key == .control("n") || key == .control("p") {
        // Lesson steps from either focus: at the prompt n and p are letters.
        moveInLesson(forward: key == .control("n"))
      } else if overlay != nil {
        handleOverlayKey(key)
      } else if focus == .prompt {
        handlePromptKey(key)
      } else {
        handleAnimationKey(key)
      }
    case .paste(let text):
      paste(text)
    case .interrupt, .terminate, .inputClosed:
      end()
    case .resize(let rows, let columns):
      screenSize = (rows, columns)
      return [.repaint] + pendingEffects.map { .perform($0) }
    }
    return pendingEffects.map { .perform($0) }
  }

  /// What came of an effect: a recorded quiz's warnings, each said once while saves keep
  /// failing the same way.
  public mutating func update(with reply: WorkspaceReply) -> [Command<WorkspaceEffect>] {
    switch reply {
    case .recorded(let review, let loadWarnings, let saveWarning):
      for warning in loadWarnings { transcript.append(warning, as: .notice) }
      if let saveWarning, saveWarning != lastProgressWarning {
        transcript.append(saveWarning, as: .notice)
      }
      lastProgressWarning = saveWarning
      if saveWarning == nil, !review.isFinished, !isFinished {
        transcript.append("Saved as an unfinished attempt.", as: .notice)
      }
    case .reviewsLoaded(let request, let reviews, let warnings):
      for warning in warnings { transcript.append(warning, as: .notice) }
      beginDrill(request.schedule(reviews: reviews, at: wallClock()))
      defer { pendingEffects = [] }
      return pendingEffects.map { .perform($0) }
    }
    return []
  }

  /// Ends the workspace, however it ends (a key, a signal, the input gone); the answers of a
  /// quiz left unfinished are recorded first.
  mutating func end() {
    recordUnfinishedQuiz()
    isFinished = true
  }

  /// Advances the playing animation by one step.
  private mutating func tick() {
    guard var playing = animation, playing.isPlaying else { return }
    playing.advance()
    animation = playing
  }

  private mutating func handleAnimationKey(_ key: Key) {
    if activity.isAsking {
      // During a quiz the window follows the questions: stepping would show the answers.
      switch key {
      case .right, .left, .enter, .home, .end, .character("l"), .character("h"),
        .character(" "), .character("g"):
        status = "answer the quiz at the prompt (Tab), or n to move on"
        return
      default: break
      }
    }
    switch key {
    case .right, .character("l"), .enter: modifyAnimation { $0.advance() }
    case .left, .character("h"): modifyAnimation { $0.retreat() }
    case .character(" "): modifyAnimation { $0.togglePlaying() }
    case .character("+"), .character("="): modifyAnimation { $0.faster() }
    case .character("-"), .character("_"): modifyAnimation { $0.slower() }
    case .home: modifyAnimation { $0.goToFirst() }
    case .end: modifyAnimation { $0.goToLast() }
    case .character("g"):
      if animation != nil { overlay = .goTo("") }
    case .character("?"): overlay = .help
    case .character("q"): end()
    case .character("n"): moveInLesson(forward: true)
    case .character("p"): moveInLesson(forward: false)
    case .tab, .character(":"): focus = .prompt
    case .pageUp: scrollTranscript(up: true)
    case .pageDown: scrollTranscript(up: false)
    case .character(let character) where !character.isWhitespace:
      // Any other character starts a line at the prompt: typing (or pasting code whose last
      // lines follow a layer call) goes where it was meant to go.
      focus = .prompt
      prompt.insert(character)
    default: status = "\(key) does nothing here; press ? for the keys"
    }
  }

  private mutating func modifyAnimation(_ change: (inout Animation) -> Void) {
    guard var current = animation else {
      status =
        lessonSession != nil
        ? "this lesson step is narration: "
          + (lessonSession?.isAtEnd == true ? lastStepText : "n goes to the next step")
        : "nothing to animate yet: call a layer at the prompt (Tab)"
      return
    }
    change(&current)
    animation = current
  }

  private mutating func handleOverlayKey(_ key: Key) {
    switch (overlay, key) {
    case (.help, _):
      overlay = nil
    case (.goTo, .escape):
      overlay = nil
    case (.goTo(let typed), .enter):
      overlay = nil
      goTo(typed)
    case (.goTo(let typed), .backspace):
      overlay = .goTo(String(typed.dropLast()))
    case (.goTo(let typed), .character(let character))
    where character.isNumber || character == "," || character == " ":
      if typed.count < 12 { overlay = .goTo(typed + String(character)) }
    default:
      break
    }
  }

  /// Makes `chain` the animated call and moves the focus to it, so → steps at once.
  mutating func startAnimation(_ chain: CallChain) {
    guard chain.stepCount > 0 else {
      transcript.append("this call has no output elements to animate", as: .notice)
      return
    }
    animation = Animation(chain: chain)
    focus = .animation
  }

  private mutating func goTo(_ typed: String) {
    let numbers = typed.split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { Int($0) }
    guard (2...4).contains(numbers.count) else {
      status = "go to: type the output row and column (e.g. 2, 3), or channel, row, column"
      return
    }
    var moved = false
    modifyAnimation { moved = $0.goTo(numbers) }
    let cell = numbers.map(String.init).joined(separator: ", ")
    if !moved { status = "there is no output cell (\(cell)) in this stage" }
  }
}
