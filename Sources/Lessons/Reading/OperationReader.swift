import ConvCore
import ConvPrompt
import ConvText
@preconcurrency import Yams

/// The operation before a step, for `input: previous`.
enum PreviousOperation {
  /// No operation before this one.
  case none
  /// The operation before had errors (already reported), so its output is unknown.
  case failed
  /// The operation before.
  case operation(LessonOperation)
}

/// Reads the operation of a `show:` or `quiz:` step, builds its layer with the core (through
/// ``LayerConstructor``, as the prompt builds `nn.Conv2d(…)`), lays out the call's steps, and
/// checks the answers written for it.
struct OperationReader {
  /// The fields of `show:`.
  static let showFields = ["layer", "input", "weight", "bias", "say", "expect", "slide"]
  /// The most channels of an input, and output channels of a layer.
  static let maximumChannels = 16

  let context: ReadContext

  /// The operation in `fields`, or `nil` when it has errors (all reported).
  func read(_ fields: Fields, previous: PreviousOperation) -> LessonOperation? {
    let errorsBefore = context.log.errorCount
    let narration = fields["say"].flatMap {
      TextReader.text($0, what: "`say:`", context: context)
    }
    let layerNode = fields.required(
      "layer", context: context, hint: ", the layer call, such as `nn.Conv2d(1, 1, kernel_size=3)`")
    let inputNode = fields.required(
      "input", context: context, hint: ", a grid of numbers, a list of grids, or `previous`")
    var built: (layer: any Layer, text: String, location: SourceLocation)?
    if let layerNode { built = buildLayer(layerNode, fields: fields) }
    let input = inputNode.flatMap { readInput($0, previous: previous) }
    let expect = fields["expect"].flatMap {
      AnswerReader.read($0, key: "expect", context: context)
    }
    let slide = fields["slide"].flatMap { AnswerReader.read($0, key: "slide", context: context) }
    guard context.log.errorCount == errorsBefore, !context.shouldStop, let built,
      let (tensor, fromPrevious) = input
    else { return nil }
    let steps: CallSteps
    do {
      steps = try built.layer.steps(for: tensor)
    } catch {
      context.log.error(
        "\(built.text) refuses an input of shape \(ShapeText.tuple(tensor.shape)): "
          + error.message, at: built.location)
      return nil
    }
    let cost = steps.output.elementCount * max(1, steps.geometry.window?.windowSize ?? 1)
    guard context.spendCompute(cost, at: built.location) else { return nil }
    let check = AnswerCheck(steps: steps, context: context)
    if let expect { check.checkExpected(expect) }
    let errata = slide.map { check.errata(of: $0, kernel: (built.layer as? Conv2d)?.weight) } ?? []
    var stages = [steps]
    if fromPrevious, case .operation(let before) = previous {
      stages = before.linkedChain.stages + stages
    }
    return LessonOperation(
      layerText: built.text, layer: built.layer, input: tensor, usesPreviousOutput: fromPrevious,
      steps: steps, chain: CallChain(stages: [steps]), linkedChain: CallChain(stages: stages),
      narration: narration, expected: expect?.printed, slide: slide?.slide, errata: errata,
      location: fields.location)
  }

  /// The layer with its weight and bias set, or `nil` after reporting what is wrong.
  private func buildLayer(_ node: Node, fields: Fields)
    -> (layer: any Layer, text: String, location: SourceLocation)?
  {
    guard case .scalar(let scalar) = node, !node.isNull else {
      context.log.error(
        "`layer:` must be text: a layer call, such as `nn.Conv2d(1, 1, kernel_size=3)`",
        at: node.location)
      return nil
    }
    guard context.spend(1 + scalar.string.utf8.count / 16, at: node.location) else { return nil }
    let text = ScalarText(scalar, source: context.source)
    guard let call = LayerExpression.parse(text, context: context) else { return nil }
    let shown = text.value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let layer: any Layer
    do {
      layer = try LayerConstructor.layer(
        named: call.name, arguments: call.arguments, at: call.range)
    } catch {
      context.log.error(error.message, at: text.location(of: error.range.start))
      return nil
    }
    let reader = ParameterReader(layerText: shown, context: context)
    var convolution = layer as? Conv2d
    let weightShape = convolution?.weight.shape
    let biasShape = convolution?.bias?.shape
    var ok = true
    if let weightShape {
      if weightShape[0] > Self.maximumChannels {
        context.log.error(
          "\(shown) has \(weightShape[0]) output channels; a lesson layer has at most "
            + "\(Self.maximumChannels)", at: text.location)
        return nil
      }
      if let weightNode = fields.required(
        "weight", context: context,
        hint: "; \(shown) needs its kernel (a weight of shape \(ShapeText.tuple(weightShape)))")
      {
        if let weight = reader.weight(weightNode, shape: weightShape) {
          convolution?.weight = weight
        } else {
          ok = false
        }
      } else {
        ok = false
      }
    } else if fields["weight"] != nil {
      context.log.error(
        "\(shown) has no weight; remove `weight:`", at: fields.keyLocation("weight"))
      ok = false
    }
    if let biasShape {
      if let biasNode = fields.required(
        "bias", context: context, hint: "; \(shown) adds a bias (write `bias=False` for none)")
      {
        if let bias = reader.bias(biasNode, count: biasShape[0]) {
          convolution?.bias = bias
        } else {
          ok = false
        }
      } else {
        ok = false
      }
    } else if fields["bias"] != nil {
      let reason = convolution != nil ? " (it says bias=False)" : ""
      context.log.error(
        "\(shown) has no bias\(reason); remove `bias:`", at: fields.keyLocation("bias"))
      ok = false
    }
    return ok ? (convolution ?? layer, shown, text.location) : nil
  }

  /// The input tensor and whether it is the previous output, or `nil` (reported, or the
  /// previous operation failed).
  private func readInput(_ node: Node, previous: PreviousOperation) -> (Tensor, Bool)? {
    if case .scalar(let scalar) = node, scalar.string == "previous", scalar.style == .plain {
      switch previous {
      case .none:
        context.log.error(
          "`input: previous` takes the output of the operation before, but no `show:` or "
            + "`quiz:` comes before this one", at: node.location)
        return nil
      case .failed:
        return nil
      case .operation(let before):
        return (before.output, true)
      }
    }
    var grids: [GridCells] = []
    if case .sequence(let channels) = node {
      guard channels.count <= Self.maximumChannels else {
        context.log.error(
          "the input has \(channels.count) channels; a lesson input has at most "
            + "\(Self.maximumChannels)", at: node.location)
        return nil
      }
      for (index, channel) in channels.enumerated() {
        guard
          let grid = GridReader.read(
            channel, what: "input channel \(index)", context: context)
        else { return nil }
        if let first = grids.first, first.rows != grid.rows || first.columns != grid.columns {
          context.log.error(
            "input channel \(index) is \(grid.sizeText) but input channel 0 is "
              + first.sizeText, at: grid.location)
          return nil
        }
        grids.append(grid)
      }
      guard !grids.isEmpty else {
        context.log.error("the input is an empty list; give a grid", at: node.location)
        return nil
      }
    } else {
      guard let grid = GridReader.read(node, what: "the input", context: context) else {
        return nil
      }
      grids = [grid]
    }
    let shape = [grids.count, grids[0].rows, grids[0].columns]
    return (Tensor(shape: shape, scalars: grids.flatMap(\.values)), false)
  }
}
