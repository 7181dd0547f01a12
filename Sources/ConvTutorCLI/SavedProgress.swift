import ConvPrompt
import Quiz
import TerminalText

/// The learner's progress during `quiz` and `drill`: loaded once, saved after each quiz, with
/// warnings on standard error. A save that fails warns once, not after every quiz, until a
/// save works again or fails another way.
struct SavedProgress {
  /// Where the progress is saved; nil when neither XDG_DATA_HOME nor HOME is set.
  let store: ProgressStore?
  /// The progress, changed by the caller between saves.
  var data: ProgressData
  /// The warning of the last failed save, while saves keep failing.
  private var lastWarning: String?

  private init(store: ProgressStore?, data: ProgressData) {
    self.store = store
    self.data = data
  }

  /// The progress of the standard store; warnings (a file moved aside, no place to save) go
  /// to standard error.
  static func load() -> SavedProgress {
    guard let store = ProgressStore.standard() else {
      Terminal.writeError(
        "convtutor: warning: neither XDG_DATA_HOME nor HOME is set; progress is not saved\n")
      return SavedProgress(store: nil, data: ProgressData())
    }
    let loaded = store.load()
    for warning in loaded.warnings {
      Terminal.writeError("convtutor: warning: \(TerminalEscaping.escaped(warning))\n")
    }
    return SavedProgress(store: store, data: loaded.data)
  }

  /// Saves the progress; warns when the save fails, unless the last one failed the same way.
  mutating func save() {
    guard let store else { return }
    let warning = store.save(data)
    if let warning, warning != lastWarning {
      Terminal.writeError("convtutor: warning: \(TerminalEscaping.escaped(warning))\n")
    }
    lastWarning = warning
  }
}
