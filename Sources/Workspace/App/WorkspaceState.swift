import ConvPrompt

/// Where the keys go: the animation (single keys act) or the prompt (keys type).
enum Focus: Equatable, Sendable {
  case animation
  case prompt
}

/// A small window over the workspace.
enum Overlay: Equatable {
  /// The keys, shown by `?`.
  case help
  /// "go to output cell": what the learner has typed so far, e.g. `2, 3`.
  case goTo(String)
}
