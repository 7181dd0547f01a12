/// Chained layer calls, such as `pool(conv(x))` or an `nn.Sequential`: one ``CallSteps`` per
/// stage, each stage's input the previous stage's output.
///
/// The chain is a collection of its stages; a combined index runs over every step of every
/// stage in order, for an animation that plays the stages one after the other.
public struct CallChain: RandomAccessCollection, Sendable {
  /// The stages, in call order.
  public let stages: [CallSteps]
  /// For each stage, the combined index of its first step.
  private let offsets: [Int]

  /// A chain of stages that were already laid out.
  public init(stages: [CallSteps]) {
    self.stages = stages
    var offsets: [Int] = []
    var total = 0
    for stage in stages {
      offsets.append(total)
      total += stage.count
    }
    self.offsets = offsets
    stepCount = total
  }

  /// Calls `layers` one after the other on `input`, laying out every call; the layers of a
  /// nested ``Sequential`` become stages of their own.
  init(layers: [any Layer], input: Tensor) throws(TorchError) {
    var stages: [CallSteps] = []
    var value = input
    for layer in CallChain.expanded(layers) {
      let stage = try layer.steps(for: value)
      stages.append(stage)
      value = stage.output
    }
    self.init(stages: stages)
  }

  /// The layers in call order, with every ``Sequential`` replaced by its own layers.
  static func expanded(_ layers: [any Layer]) -> [any Layer] {
    layers.flatMap { layer -> [any Layer] in
      if let sequential = layer as? Sequential { return expanded(sequential.layers) }
      return [layer]
    }
  }

  /// Always 0.
  public var startIndex: Int { 0 }
  /// The number of stages.
  public var endIndex: Int { stages.count }
  /// The stage at `position`.
  public subscript(position: Int) -> CallSteps { stages[position] }

  /// The first stage's input, or `nil` for an empty chain.
  var input: Tensor? { stages.first?.input }
  /// The last stage's output, or `nil` for an empty chain.
  var output: Tensor? { stages.last?.output }

  /// The number of steps of all stages together.
  public let stepCount: Int

  /// The combined index of step `step` of stage `stage`.
  public func combinedIndex(stage: Int, step: Int) -> Int {
    offsets[stage] + step
  }

  /// The stage and the step inside it for a combined index, or `nil` when out of range.
  public func location(ofCombinedIndex index: Int) -> (stage: Int, step: Int)? {
    guard index >= 0, index < stepCount else { return nil }
    var low = 0
    var high = offsets.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if offsets[middle] <= index { low = middle } else { high = middle - 1 }
    }
    // Skip empty stages that share an offset with the next stage.
    while stages[low].isEmpty { low += 1 }
    return (low, index - offsets[low])
  }

  /// The step at a combined index, with its stage, or `nil` when out of range.
  func step(atCombinedIndex index: Int) -> (stage: Int, step: Step)? {
    guard let (stage, step) = location(ofCombinedIndex: index) else { return nil }
    return (stage, stages[stage][step])
  }
}
