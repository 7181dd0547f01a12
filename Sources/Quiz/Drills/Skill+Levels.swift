/// The levels of each skill, easiest first. ``DrillGenerator`` makes the exercises of each
/// level (one recipe per level, in the file of the skill's layer); these are the words for
/// them.
extension Skill {
  /// The levels, easiest first (``DrillLevel/number`` from 1).
  public var levels: [DrillLevel] {
    Skill.summaries(of: self).enumerated().map { offset, entry in
      DrillLevel(
        skill: self, number: offset + 1, summary: entry.summary,
        staysWithinTheSlides: entry.withinTheSlides)
    }
  }

  /// How many levels the skill has.
  public var levelCount: Int { Skill.summaries(of: self).count }

  /// Level `number`, counted from 1; a number out of range gives the nearest level.
  public func level(_ number: Int) -> DrillLevel {
    levels[min(max(number, 1), levelCount) - 1]
  }

  /// Each level's summary, and whether it stays within the slides.
  private static func summaries(of skill: Skill) -> [(summary: String, withinTheSlides: Bool)] {
    switch skill {
    case .conv:
      [
        ("3×3 kernel over a 4×4 input, no padding", true),
        ("3×3 kernel over inputs up to 5×5", true),
        ("2×3, 3×2 or 2×2 kernel over inputs up to 5×5", true),
        ("kernels up to 3×3 with weights from -1 to 2, inputs up to 5×6", false),
        ("two input channels: a kernel for each, all the products added", false),
      ]
    case .bias:
      [
        ("3×3 kernel and a bias over a 4×4 input", true),
        ("3×3 kernel and a bias over inputs up to 5×5", true),
        ("2×3, 3×2 or 2×2 kernel and a bias over inputs up to 5×5", true),
        ("weights from -1 to 2 and negative biases, inputs up to 5×6", false),
        ("two input channels and a bias", false),
      ]
    case .padding:
      [
        ("padding=1 around an input up to 3×3, 3×3 kernel", true),
        ("padding='same', (1, 0) or (0, 1), outputs up to 3×3", true),
        ("padding=1 or (2, 1) over inputs up to 5×5", false),
        ("padding modes reflect, replicate and circular, inputs up to 5×5", false),
      ]
    case .stride:
      [
        ("stride 2, 3×3 kernel, no padding, outputs up to 3×3", true),
        ("stride 2 and padding=1, outputs up to 3×3", true),
        ("stride pairs such as (1, 2), inputs up to 7×7", false),
        ("dilation=2 and every stride before, inputs up to 7×7", false),
      ]
    case .maxpool:
      [
        ("2×2 window, stride 2, over inputs of 4 or 6 a side", true),
        ("2×2 or 1×2 windows; an edge left over is not read", true),
        ("3×3 windows with stride 1, and stride pairs such as (1, 2)", false),
        ("padding, ceil_mode=True and dilation", false),
      ]
    case .avgpool:
      [
        ("2×2 window, stride 2, over inputs of 4 or 6 a side", true),
        ("2×2 or 3×2 windows with stride 2, as on the slides; edges left over", true),
        ("padding=1: the padded zeros count in the average", false),
        ("ceil_mode, count_include_pad=False and divisor_override", false),
      ]
    case .pool1d:
      [
        ("MaxPool1d: a window of 2 or 3 and the same stride, along each row", true),
        ("AvgPool1d too; the last cells of a row may be left over", true),
        ("stride 1: windows that overlap, rows up to 7 long", false),
        ("padding=1 in AvgPool1d, and everything before", false),
      ]
    case .flatten:
      [
        ("nn.Flatten() on one channel of shape (1, H, W)", true),
        ("start_dim=0: every value in one row", true),
        ("several channels, a batch in front, end_dim", false),
      ]
    case .shape:
      [
        ("a convolution without padding, stride 1", true),
        ("a convolution with padding and a stride", true),
        ("max and average pooling: the stride is the window unless given", true),
        ("channels, a batch, kernel pairs, dilation and ceil_mode", false),
      ]
    }
  }
}
