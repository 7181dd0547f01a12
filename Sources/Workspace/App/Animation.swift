import ConvCore

/// The animated call: a chain of one or more layer calls, the step on screen, and playback.
public struct Animation {
  /// The speeds the learner can choose, in milliseconds per step (slowest first).
  static let speeds = [2000, 1000, 500, 350, 250]

  /// The steps of every stage of the call.
  let chain: CallChain
  /// The step on screen, counted over the whole chain (0-based).
  private(set) var step = 0
  /// Whether the animation advances by itself on every tick.
  public private(set) var isPlaying = false
  /// Which of ``speeds`` is in use.
  private(set) var speedIndex = 1

  init(chain: CallChain) {
    self.chain = chain
  }

  /// The number of steps over the whole chain.
  var stepCount: Int { chain.stepCount }

  /// The milliseconds per step at the current speed.
  var millisecondsPerStep: Int { Self.speeds[speedIndex] }

  /// The stage and the step within it on screen.
  var location: (stage: Int, step: Int) {
    chain.location(ofCombinedIndex: step) ?? (0, 0)
  }

  /// Moves one step forward; playing stops at the last step.
  mutating func advance() {
    if step + 1 < stepCount {
      step += 1
    } else {
      isPlaying = false
    }
  }

  /// Moves one step back.
  mutating func retreat() {
    if step > 0 { step -= 1 }
  }

  mutating func goToFirst() { step = 0 }

  /// Goes to a step counted over the whole chain (clamped into range).
  mutating func jump(to combinedStep: Int) {
    step = min(max(0, combinedStep), max(0, stepCount - 1))
  }

  mutating func goToLast() { step = max(0, stepCount - 1) }

  /// Starts or stops playing; playing from the last step starts again from the first.
  mutating func togglePlaying() {
    if !isPlaying, step + 1 >= stepCount { step = 0 }
    isPlaying.toggle()
  }

  /// One speed faster (`+`), up to the fastest.
  mutating func faster() { speedIndex = min(speedIndex + 1, Self.speeds.count - 1) }

  /// One speed slower (`−`), down to the slowest.
  mutating func slower() { speedIndex = max(speedIndex - 1, 0) }

  /// Goes to the output cell at `coordinates` of the current stage's output, counting from 0:
  /// the last ones of its index (`row, column`, or `channel, row, column`, …); the ones left
  /// out stay those of the cell shown (its batch item and channel). Returns false when there
  /// is no such cell.
  mutating func goTo(_ coordinates: [Int]) -> Bool {
    let stage = location.stage
    let steps = chain.stages[stage]
    let shape = steps.output.shape
    guard !shape.isEmpty, !coordinates.isEmpty, coordinates.count <= shape.count,
      let current = steps.step(at: location.step)
    else { return false }
    var position = current.outputPosition
    if shape.count == 1, coordinates.count == 2 {
      // A vector's cells are row 0.
      guard coordinates[0] == 0 else { return false }
      position = [coordinates[1]]
    } else {
      position.replaceSubrange((shape.count - coordinates.count)..., with: coordinates)
    }
    guard let index = steps.index(ofOutputPosition: position) else { return false }
    step = chain.combinedIndex(stage: stage, step: index)
    return true
  }
}
