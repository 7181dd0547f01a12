/// The lesson that `convtutor lesson new NAME` writes: every field explained in comments,
/// and correct as it is, so that it passes `lesson check` before the author changes anything.
public enum LessonTemplate {
  /// Why a name cannot be a new lesson's name.
  public struct NameProblem: Error, Sendable, Equatable {
    /// What is wrong with the name.
    public let message: String
  }

  /// The lesson id for a new lesson called `name` (a trailing `.yaml` is dropped), or why the
  /// name cannot be one: it must be lowercase letters, digits and single hyphens.
  public static func id(forName name: String) -> Result<String, NameProblem> {
    let id = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name
    guard LessonReader.isValidId(id) else {
      return .failure(
        NameProblem(
          message:
            "a lesson name may hold only lowercase letters, digits and single hyphens, such as "
            + "`edge-detection` (at most \(LessonReader.maximumIdLength) characters)"))
    }
    return .success(id)
  }

  /// The template's text for a lesson with id `id`.
  public static func text(id: String) -> String {
    """
    # A convtutor lesson (format \(LessonReader.format)). Check it with:  convtutor lesson check \(id).yaml
    # Use it with:  convtutor lessons --lessons FOLDER  (FOLDER holds this file)

    format: \(LessonReader.format)                      # the version of the lesson format
    id: \(id)                      # lowercase letters, digits and hyphens; unique
    title: "A first convolution"   # one line
    summary: |
      What the learner will do, in a sentence or two.

    # The steps, in order. Each step is one of:
    #   say:  narration
    #   show: an operation the learner watches, step by step
    #   quiz: an operation the learner computes
    steps:
      - say: |
          Narration: write as to a learner beside you. It may take several lines.

      - show:
          say: What to look at while the kernel slides (optional).
          # The layer, written as the slides write it. The layers a lesson can use:
          # nn.Conv2d, nn.MaxPool2d, nn.AvgPool2d, nn.MaxPool1d, nn.AvgPool1d,
          # nn.Flatten and nn.ReLU, with PyTorch's arguments.
          layer: nn.Conv2d(1, 1, kernel_size=2)
          # The input: a grid, one row per line after `|`, numbers separated by
          # spaces (it is one channel, shape (1, H, W)). For several channels write a
          # list of grids (`- |` per channel). `input: previous` takes the output of
          # the show or quiz before.
          input: |
            1 2 0
            0 1 3
            2 1 1
          # The kernel: for one input and one output channel, a grid of the kernel's
          # size. For more channels, a list with one entry per output channel, each a
          # list of grids, one per input channel. A pooling layer has no weight.
          weight: |
            1 0
            0 1
          # One number per output channel (a list for several). Leave it out only
          # with `bias=False` in the layer, or for a pooling layer.
          bias: 1
          # The answer key, checked against what PyTorch computes. `shape` is the
          # whole shape as a list, or a size label such as `2 x 2` for the last
          # dimensions; `cells` is the output as a grid (a list of grids for several
          # channels). A number with decimals is checked to the decimals written.
          expect:
            shape: [1, 2, 2]
            cells: |
              3 6
              2 3

      - quiz:
          say: Now you. (The quiz's question.)
          layer: nn.MaxPool2d(kernel_size=2, stride=1)
          input: previous             # the output of the show above
          ask: both                   # shape, cells or both
          # Given one per `?`, among the tutor's own, general first; a hint that
          # states the answer comes after the tutor's products. `for:` is the
          # question: `shape`, `cells` (any cell), or one cell as PyTorch indexes
          # the output, counted from 0: `[0, 1]` is row 0, column 1.
          hints:
            - for: shape
              text: "A 2×2 window fits a 2×2 input once: the output is 1×1."
            - for: cells
              text: "Pooling has no weights: it only compares the window's values."
            - for: [0, 0]
              text: "The one window is the whole grid: take its largest value."
          expect:
            shape: [1, 1, 1]
            cells: 6
          # What a slide prints, where it differs from PyTorch, is kept as an erratum
          # that the learner sees (`lesson check` reports it as a note):
          # slide:
          #   shape: 2 x 2              # the size label the slide prints
          #   cells: |                  # the grid the slide prints
          #     5
          #   note: Why the slide differs, in your words.

      - say: |
          Close with what the learner should remember.

    """
  }
}
