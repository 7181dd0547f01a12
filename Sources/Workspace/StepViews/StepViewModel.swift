import ConvCore

/// Everything a step view needs: a chain of one or more stages (a single call is a chain of
/// one), and where we are in it.
struct StepViewModel: Sendable {
  /// The stages of the call.
  let chain: CallChain
  /// The step as asked for: a combined index over every step of every stage.
  let combinedStep: Int
  /// When the learner is quizzed on the last stage: what they have answered so far.
  var answers: QuizAnswers?

  /// The view of step `combinedStep` (a combined index over all stages) of `chain`; an index
  /// out of range shows the nearest step.
  init(chain: CallChain, combinedStep: Int) {
    self.chain = chain
    self.combinedStep = combinedStep
  }

  /// The view of step `step` of a single call.
  init(steps: CallSteps, step: Int) {
    self.init(chain: CallChain(stages: [steps]), combinedStep: step)
  }

  /// The combined index shown: `combinedStep` clamped to the chain's steps.
  var shownCombinedStep: Int {
    min(max(combinedStep, 0), max(chain.stepCount - 1, 0))
  }

  /// The stage and the step inside it that are shown, or `nil` when the chain has no steps.
  var location: (stage: Int, step: Int)? {
    chain.location(ofCombinedIndex: shownCombinedStep)
  }
}
