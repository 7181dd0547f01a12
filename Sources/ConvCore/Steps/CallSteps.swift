/// One layer call laid out as steps: one ``Step`` per output element, in row-major order of
/// the output tensor.
///
/// Building it runs the call once (the output and the padded input are kept); each step is
/// computed on demand when subscripted, so stepping back costs what stepping forward costs and
/// a large call is as cheap to build as its forward pass. A step's `result` always equals
/// `output.scalars[step.flatIndex]`.
public struct CallSteps: RandomAccessCollection, Sendable {
  /// What each step computes.
  enum Plan: Sendable {
    case convolution(ConvolutionPlan)
    case pool(PoolPlan)
    case flatten(start: Int, end: Int)
    case rectify
  }

  /// The call's input.
  public let input: Tensor
  /// The input as the operation sees it, with its padding (the input itself when nothing is
  /// padded). Max-pooling padding holds −∞ (the tensor is float64 when the input is int64).
  public let paddedInput: Tensor
  /// The call's output.
  public let output: Tensor
  /// The shapes and the window geometry.
  public let geometry: CallGeometry
  /// How each tensor's values are written.
  public let notation: CallNotation
  let plan: Plan

  /// Always 0.
  public var startIndex: Int { 0 }
  /// The number of output elements.
  public var endIndex: Int { output.elementCount }

  /// The step that computes output element `position` (row-major).
  ///
  /// - Precondition: `position` is in `indices`; use ``step(at:)`` for an unchecked index.
  public subscript(position: Int) -> Step {
    precondition(position >= 0 && position < endIndex, "step index \(position) out of range")
    switch plan {
    case .convolution(let plan): return convolutionStep(plan, at: position)
    case .pool(let plan): return poolStep(plan, at: position)
    case .flatten(let start, let end): return flattenStep(start: start, end: end, at: position)
    case .rectify: return rectifyStep(at: position)
    }
  }

  /// The step at `position`, or `nil` when there is no such step.
  public func step(at position: Int) -> Step? {
    position >= 0 && position < endIndex ? self[position] : nil
  }

  /// The step index of the output element at `position` (one coordinate per output
  /// dimension), or `nil` when the position is outside the output.
  public func index(ofOutputPosition position: [Int]) -> Int? {
    let shape = output.shape
    guard position.count == shape.count,
      zip(position, shape).allSatisfy({ $0 >= 0 && $0 < $1 })
    else { return nil }
    return Tensor.flatIndex(of: position, strides: output.strides)
  }

  init(convolution plan: ConvolutionPlan, input: Tensor, layer: any Layer) {
    let (padded, output) = plan.run(input)
    self.input = input
    paddedInput = Tensor(shape: plan.paddedShape, roundedScalars: padded, dtype: input.dtype)
    self.output = output
    notation = CallNotation(input: input, output: output, weight: plan.weight, bias: plan.bias)
    geometry = CallGeometry(
      layerName: layer.name, layerDescription: layer.description, inputShape: input.shape,
      paddedShape: plan.paddedShape, outputShape: output.shape,
      isBatched: plan.layout.isBatched, window: plan.window)
    self.plan = .convolution(plan)
  }

  init(pool plan: PoolPlan, input: Tensor, layer: any Layer) {
    self.input = input
    paddedInput = plan.paddedInput(input)
    output = plan.run(input)
    notation = CallNotation(input: input, output: output)
    geometry = CallGeometry(
      layerName: layer.name, layerDescription: layer.description, inputShape: input.shape,
      paddedShape: plan.paddedShape, outputShape: output.shape,
      isBatched: plan.layout.isBatched, window: plan.window)
    self.plan = .pool(plan)
  }

  init(flatten dimensions: (start: Int, end: Int), input: Tensor, output: Tensor, layer: any Layer)
  {
    self.init(
      elementwise: .flatten(start: dimensions.start, end: dimensions.end), input, output, layer)
  }

  init(rectifying input: Tensor, output: Tensor, layer: any Layer) {
    self.init(elementwise: .rectify, input, output, layer)
  }

  private init(elementwise plan: Plan, _ input: Tensor, _ output: Tensor, _ layer: any Layer) {
    self.input = input
    paddedInput = input
    self.output = output
    notation = CallNotation(input: input, output: output)
    geometry = CallGeometry(
      layerName: layer.name, layerDescription: layer.description, inputShape: input.shape,
      paddedShape: input.shape, outputShape: output.shape, isBatched: false, window: nil)
    self.plan = plan
  }

  private func flattenStep(start: Int, end: Int, at index: Int) -> Step {
    let source = Tensor.position(ofFlatIndex: index, in: input.shape)
    let target = Tensor.position(ofFlatIndex: index, in: output.shape)
    let merged = input.rank == 0 ? [] : Array(start...end)
    let move = Step.FlattenMove(
      sourcePosition: source, startDimension: start, endDimension: end,
      coordinates: merged.map { source[$0] }, sizes: merged.map { input.shape[$0] },
      index: input.rank == 0 ? 0 : target[start])
    return Step(
      flatIndex: index, outputPosition: target, location: nil, window: [],
      operation: .flatten(move), result: input.scalars[index])
  }

  private func rectifyStep(at index: Int) -> Step {
    let position = Tensor.position(ofFlatIndex: index, in: input.shape)
    let value = input.scalars[index]
    return Step(
      flatIndex: index, outputPosition: position, location: nil, window: [],
      operation: .rectify(Step.Rectification(input: value, sourcePosition: position)),
      result: ReLU.rectified(value))
  }
}
