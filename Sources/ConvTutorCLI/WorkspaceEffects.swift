import ProgressStorage
import Quiz
import Workspace

/// Carries out the workspace's effects on the progress database: the runner calls
/// ``perform(_:)`` for each one that `WorkspaceProgram.update(_:)` returns, and hands the
/// reply back to the program.
///
/// The database is opened once, before the workspace starts. What opening said (an old
/// progress file imported) comes back with the first reply, to be shown in the transcript;
/// when the database cannot be used, each save's reply says why (the workspace shows it
/// once) and the quiz goes on unsaved.
final class WorkspaceEffects {
  /// Where attempts are recorded; nil when there is none.
  let store: ProgressStore?
  /// Why attempts cannot be recorded although there is a place for them, or nil.
  private let fault: String?
  /// What opening said and was not shown yet.
  private(set) var unshownMessages: [String]

  /// Effects recorded in the store `opening` gave; nil when there is no place for progress
  /// (neither XDG_DATA_HOME nor HOME), which records nothing.
  init(opening: ProgressStore.Opening?) {
    store = opening?.store
    if let opening, opening.store == nil, !opening.messages.isEmpty {
      fault = opening.messages.joined(separator: " ")
      unshownMessages = []
    } else {
      fault = nil
      unshownMessages = opening?.messages ?? []
    }
  }

  /// Whether the workspace should ask for its attempts to be recorded: there is a store, or
  /// a fault to tell when a quiz is saved.
  var recordsProgress: Bool { store != nil || fault != nil }

  /// Carries out `effect`; the reply says what came of it (`nil` when there is nothing to say).
  func perform(_ effect: WorkspaceEffect) -> WorkspaceReply? {
    switch effect {
    case .record(let review):
      guard let store else {
        return fault.map { .recorded(review, loadWarnings: [], saveWarning: $0) }
      }
      let warning = store.record(review)
      defer { unshownMessages = [] }
      return .recorded(review, loadWarnings: unshownMessages, saveWarning: warning)
    case .loadReviews(let request):
      defer { unshownMessages = [] }
      guard let store else {
        return .reviewsLoaded(request, [], warnings: fault.map { [$0] } ?? [])
      }
      do {
        return .reviewsLoaded(request, try store.reviews(), warnings: unshownMessages)
      } catch {
        return .reviewsLoaded(
          request, [],
          warnings: unshownMessages + [
            error.message + "; the drill chooses as if nothing were saved"
          ])
      }
    }
  }
}
