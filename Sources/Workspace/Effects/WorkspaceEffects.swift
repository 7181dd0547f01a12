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
    case .record(let review):
      guard let store = progressStore,
        case .lessonStep(let lessonId, let stepIndex) = review.exercise
      else { return nil }
      var loaded = store.load()
      loaded.data.record(
        lessonId: lessonId, stepIndex: stepIndex, score: review.score,
        misconceptions: [], finished: review.isFinished, at: review.time)
      let warning = store.save(loaded.data)
      return .recorded(review, loadWarnings: loaded.warnings, saveWarning: warning)
    case .loadReviews(let request):
      return .reviewsLoaded(request, [], warnings: [])
    }
  }
}
