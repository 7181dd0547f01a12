import Quiz

/// Work the workspace asks its runner to carry out: ``WorkspaceProgram/update(_:)`` describes
/// it and never does it, so updating stays pure and a test can look at what was asked.
public enum WorkspaceEffect: Sendable, Equatable {
  /// Record one attempt (a lesson's quiz step, finished or left before its end) in the
  /// learner's review log.
  case record(Review)
}

/// What came of a ``WorkspaceEffect``, handed back to ``WorkspaceProgram/update(with:)``.
public enum WorkspaceReply: Sendable, Equatable {
  /// The attempt was recorded, or not: what the progress store had to say (opening it and
  /// writing to it), each a sentence; no warnings when it was saved.
  case recorded(Review, loadWarnings: [String], saveWarning: String?)
}
