import ConvCore

/// Fresh exercises for a skill at one of its levels (``Skill/levels``), from a seed: the same
/// seed and the same sequence of skills and levels give the same exercises.
///
/// Each level has its recipe, in the file of its layer (`DrillGenerator+Convolution`,
/// `+Pooling`, `+Flatten`, `+Shapes`): the first levels use only what the slides show, the
/// later ones widen, and the top levels reach every parameter of the core (channels, kernel
/// sizes, bias, padding as numbers, pairs, `'same'` and every padding mode, stride, dilation,
/// `ceil_mode`, `count_include_pad`, `divisor_override`, 1-d pools, Flatten's dimensions).
/// Small integers and inputs of at most 7×7, so that a drill fits an 80×24 screen. An
/// exercise asks the shape when its recipe says so and 2 to 4 of the output's cells
/// (``askedCells(of:)``), so that it takes a minute or two.
struct DrillGenerator: Sendable {
  /// The dice: every draw of the recipes comes from here, in order.
  var random: RandomGenerator
  /// Exercises made so far.
  private(set) var count = 0

  /// A generator seeded with `seed`.
  init(seed: UInt64) {
    random = RandomGenerator(seed: seed)
  }

  /// The next exercise of `skill` at its first level.
  mutating func next(_ skill: Skill) -> QuizItem {
    next(skill, level: 1)
  }

  /// The next exercise of `skill` at level `level` (from 1; out of range, the nearest level).
  mutating func next(_ skill: Skill, level: Int) -> QuizItem {
    count += 1
    let level = skill.level(level)
    for _ in 0..<20 {
      // An exercise that asks cells asks at least two.
      if let item = try? make(level), !item.asksCells || item.steps.count >= 2 { return item }
    }
    // The recipes only draw valid calls; this is a last resort that cannot fail.
    return try! convolution(Skill.conv.level(1), bias: false)
  }

  /// A number drawn from `range`.
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    random.integer(from: range.lowerBound, below: range.upperBound + 1)
  }

  /// True `percent` times in 100.
  mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

  /// One of `choices`.
  mutating func pick<Choice>(_ choices: [Choice]) -> Choice {
    choices[int(0...(choices.count - 1))]
  }

  /// A tensor of `shape` with whole numbers drawn from `values`.
  mutating func grid(_ shape: [Int], _ values: ClosedRange<Int>) -> Tensor {
    let count = shape.reduce(1, *)
    return Tensor(shape: shape, scalars: (0..<count).map { _ in Double(int(values)) })
  }

  private mutating func make(_ level: DrillLevel) throws(TorchError) -> QuizItem {
    switch level.skill {
    case .conv: try convolution(level, bias: false)
    case .bias: try convolution(level, bias: true)
    case .padding: try padding(level)
    case .stride: try stride(level)
    case .maxpool: try pool(level, maximum: true)
    case .avgpool: try pool(level, maximum: false)
    case .pool1d: try pool1d(level)
    case .flatten: try flatten(level)
    case .shape: try shapeOnly(level)
    }
  }

  /// The exercise of `layer` on `input` at `level`: the shape asked when `shape`, and, when
  /// `cells`, a few of the output's cells.
  mutating func item(
    _ level: DrillLevel, _ layer: any Layer, _ input: Tensor, shape: Bool, cells: Bool = true
  ) throws(TorchError) -> QuizItem {
    let steps = try layer.steps(for: input)
    return QuizItem(
      title: "Drill \(count): \(level.skill.title), level \(level.number): \(level.summary)",
      narration: nil, layerText: DrillGenerator.text(of: layer), steps: steps, asksShape: shape,
      asksCells: cells, askedCells: cells ? askedCells(of: steps) : nil)
  }

  /// The layer as PyTorch prints it, with the average pools' arguments that PyTorch's repr
  /// leaves out (`ceil_mode`, `count_include_pad`, `divisor_override`) added.
  static func text(of layer: any Layer) -> String {
    var text = "nn." + layer.description
    if let pool = layer as? AvgPool2d {
      var extra: [String] = []
      if pool.ceilMode { extra.append("ceil_mode=True") }
      if !pool.countIncludePad { extra.append("count_include_pad=False") }
      if let divisor = pool.divisorOverride { extra.append("divisor_override=\(divisor)") }
      if !extra.isEmpty, text.hasSuffix(")"), !text.contains("count_include_pad") {
        text = String(text.dropLast()) + ", " + extra.joined(separator: ", ") + ")"
      }
    }
    return text
  }
}
