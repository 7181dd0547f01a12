import Quiz

/// Work the workspace asks its runner to carry out: ``WorkspaceProgram/update(_:)`` describes
/// it and never does it, so updating stays pure and a test can look at what was asked.
public enum WorkspaceEffect: Sendable, Equatable {
  /// Record one attempt (a lesson's quiz step, finished or left before its end) in the
  /// learner's review log.
  case record(Review)
  /// Read the learner's review log, for a drill's schedule to choose its items.
  case loadReviews(DrillRequest)
}

/// What came of a ``WorkspaceEffect``, handed back to ``WorkspaceProgram/update(with:)``.
public enum WorkspaceReply: Sendable, Equatable {
  /// The attempt was recorded, or not: what the progress store had to say (opening it and
  /// writing to it), each a sentence; no warnings when it was saved.
  case recorded(Review, loadWarnings: [String], saveWarning: String?)
  /// The review log as read for a drill (empty when it could not be read), with what the
  /// progress store had to say.
  case reviewsLoaded(DrillRequest, [Review], warnings: [String])
}
