import Foundation
import Quiz

/// Carries out the workspace's effects: the runner calls ``perform(_:)`` for each one that
/// ``WorkspaceProgram/update(_:)`` returns, and hands the reply back to the program.
public struct WorkspaceEffects: Sendable {
  /// Where quiz attempts are recorded; `nil` records nothing.
  public var progressStore: ProgressStore?

  /// Effects recorded in `progressStore`.
  public init(progressStore: ProgressStore?) {
    self.progressStore = progressStore
  }

  /// Carries out `effect`; the reply says what came of it (`nil` when there is nothing to say).
  public func perform(_ effect: WorkspaceEffect) -> WorkspaceReply? {
    switch effect {
    case .recordQuiz(let record):
      guard let store = progressStore else { return nil }
      var loaded = store.load()
      loaded.data.record(
        lessonId: record.lessonId, stepIndex: record.stepIndex, score: record.score,
        misconceptions: record.misconceptions, finished: record.isFinished,
        at: Date().timeIntervalSince1970)
      let warning = store.save(loaded.data)
      return .recorded(record, loadWarnings: loaded.warnings, saveWarning: warning)
    }
  }
}
