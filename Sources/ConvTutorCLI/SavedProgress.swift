import ProgressStorage
import Quiz
import TerminalText

/// The learner's progress during `quiz` and `drill`: the database opened once, each attempt
/// recorded as it ends, messages on standard error. A save that fails warns once, not after
/// every quiz, until a save works again or fails another way.
struct SavedProgress {
  /// Where attempts are recorded; nil when there is no place (no XDG_DATA_HOME nor HOME) or
  /// the database cannot be used (a message said why).
  let store: ProgressStore?
  /// The warning of the last failed save, while saves keep failing.
  private var lastWarning: String?

  private init(store: ProgressStore?) {
    self.store = store
  }

  /// The standard store, opened (and an old progress file imported); what opening had to say
  /// goes to standard error as warnings.
  static func open() -> SavedProgress {
    guard let opening = ProgressStore.standard() else {
      warn("neither XDG_DATA_HOME nor HOME is set; progress is not saved")
      return SavedProgress(store: nil)
    }
    for message in opening.messages { warn(message) }
    return SavedProgress(store: opening.store)
  }

  /// Records `review`; warns when the save fails, unless the last one failed the same way.
  mutating func record(_ review: Review) {
    guard let store else { return }
    let warning = store.record(review)
    if let warning, warning != lastWarning { SavedProgress.warn(warning) }
    lastWarning = warning
  }

  /// Writes `message` to standard error as a warning, escaped.
  static func warn(_ message: String) {
    Terminal.writeError("convtutor: warning: \(TerminalEscaping.escaped(message))\n")
  }
}
