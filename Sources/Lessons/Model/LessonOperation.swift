import ConvCore
import ConvPrompt

/// One layer call of a lesson, built and run: the layer as the slides construct it, with its
/// weight and bias, the input, and every step of the call.
public struct LessonOperation: Sendable {
  /// The `layer:` text as written (`nn.Conv2d(1, 1, kernel_size=3, padding=1)`).
  public let layerText: String
  /// The layer, with the lesson's weight and bias.
  let layer: any Layer
  /// The input: the lesson's grid as a (C, H, W) tensor, or the previous operation's output.
  let input: Tensor
  /// Whether the input is the previous operation's output (`input: previous`).
  let usesPreviousOutput: Bool
  /// The call laid out as steps, one per output element.
  public let steps: CallSteps
  /// This call alone, as a chain of one stage.
  let chain: CallChain
  /// This call with the calls it continues through `input: previous`, first stage first:
  /// `pool(conv(x))` for the pooling step of exercise 3.
  public let linkedChain: CallChain
  /// The narration shown with the operation (its `say:`), if any.
  public let narration: String?
  /// The author's answer key (`expect:`), checked equal to the engine's answer.
  let expected: PrintedAnswer?
  /// What the slide prints for this operation (`slide:`), if the author gave it.
  let slide: SlideAnswer?
  /// Where the slide's printed values differ from the engine's, and the author's remarks.
  public let errata: [Erratum]
  /// Where the step is written in the lesson file.
  let location: SourceLocation

  /// The call's output: the right answer.
  var output: Tensor { steps.output }
}
