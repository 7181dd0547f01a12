import ConvCore
import Foundation
import Testing

@testable import Quiz

/// Every level of every skill, over many seeds: its exercises build, stay short (2 to 4 cells
/// asked), stay within the slides where the level says so, and repeat for a seed.
@Suite struct DrillLevelTests {
  /// Every (skill, level) pair.
  static let levels: [DrillLevel] = Skill.allCases.flatMap(\.levels)

  /// Seeds per level.
  static let seeds: [UInt64] = Array(0..<200)

  /// What `item` breaks of the rules every drill keeps, and of the slides' when
  /// `withinTheSlides`; empty when it keeps them.
  static func broken(_ item: QuizItem, withinTheSlides: Bool) -> [String] {
    var broken: [String] = []
    let steps = item.steps
    if steps.isEmpty { broken.append("no steps") }
    let scalars = steps.input.scalars
    if !scalars.allSatisfy({ $0 == $0.rounded() && $0 >= 0 && $0 <= 9 }) {
      broken.append("input values")
    }
    if item.asksCells {
      if !(2...4).contains(item.cellsAsked.count) { broken.append("\(item.cellsAsked) asked") }
      if item.cellsAsked != Array(Set(item.cellsAsked)).sorted() { broken.append("order") }
      if !steps.input.shape.suffix(2).allSatisfy({ $0 <= 7 }) { broken.append("input size") }
      if steps.count > 49 { broken.append("\(steps.count) cells") }
    }
    guard withinTheSlides else { return broken }
    for parameter in [
      "dilation=2", "dilation=(2", "ceil_mode=True", "divisor_override", "count_include_pad=False",
      "groups",
      "padding_mode",
    ] where item.layerText.contains(parameter) {
      broken.append(parameter)
    }
    guard let window = steps.geometry.window else { return broken }
    if window.dilation != Pair(1) { broken.append("dilation") }
    if window.ceilMode { broken.append("ceil_mode") }
    if window.fill != .zeros, window.fill != .negativeInfinity { broken.append("padding mode") }
    if steps.geometry.layerName == "Conv2d" {
      if window.inputChannels != 1 { broken.append("\(window.inputChannels) channels") }
      if case .weightedSum(let sum)? = steps.first?.operation {
        if !sum.terms.allSatisfy({ $0.weight == 0 || $0.weight == 1 }) { broken.append("weights") }
        if let bias = sum.bias, bias < 0 { broken.append("negative bias") }
      }
    } else if !window.padding.isZero {
      broken.append("padded pool")
    }
    if case .average(let average)? = steps.first?.operation,
      !average.countIncludePad || average.divisorOverride != nil
    {
      broken.append("average's divisor")
    }
    if item.asksCells {
      let size = window.outputSize
      let channels = window.isOneDimensional ? window.outputChannels : 1
      if size.rows > 3 || size.columns > 3 || channels > 3 { broken.append("output \(size)") }
    }
    return broken
  }

  @Test(arguments: levels)
  func everyLevelKeepsItsRules(level: DrillLevel) {
    for seed in Self.seeds {
      var generator = DrillGenerator(seed: seed)
      let item = generator.next(level.skill, level: level.number)
      let broken = Self.broken(item, withinTheSlides: level.staysWithinTheSlides)
      #expect(broken.isEmpty, "seed \(seed): \(item.layerText) \(item.steps.input.shape) \(broken)")
      #expect(
        item.title == "Drill 1: \(level.skill.title), level \(level.number): \(level.summary)")
      #expect(Skill.practised(by: item.steps, asksCells: item.asksCells) == level.skill)
    }
  }

  @Test func theFirstLevelsStayWithinTheSlidesAndTheLastDoNot() {
    for skill in Skill.allCases {
      #expect(skill.levelCount >= 3, "\(skill)")
      #expect(skill.levels.map(\.number) == Array(1...skill.levelCount))
      #expect(skill.levels[0].staysWithinTheSlides && skill.levels[1].staysWithinTheSlides)
      #expect(!skill.levels.last!.staysWithinTheSlides, "\(skill)")
      // Within the slides, then beyond: never back.
      let within = skill.levels.map(\.staysWithinTheSlides)
      #expect(within == within.sorted { $0 && !$1 }, "\(skill)")
    }
    #expect(Skill.conv.level(0) == Skill.conv.level(1))
    #expect(Skill.conv.level(99) == Skill.conv.levels.last)
    #expect(
      Skill.conv.level(1).title == "level 1 of 5: 3×3 kernel over a 4×4 input, no padding")
  }

  /// The layers and inputs of a session over `plan` (skill and level per exercise).
  static func session(seed: UInt64, plan: [(Skill, Int)]) -> [String] {
    var generator = DrillGenerator(seed: seed)
    return plan.map { skill, level in
      let item = generator.next(skill, level: level)
      return "\(item.layerText) \(item.steps.input.scalars) \(item.cellsAsked) \(item.asksShape)"
    }
  }

  @Test func theSameSeedAndLevelsGiveTheSameExercises() {
    let plan = Self.levels.map { ($0.skill, $0.number) }
    #expect(Self.session(seed: 5, plan: plan) == Self.session(seed: 5, plan: plan))
    #expect(Self.session(seed: 5, plan: plan) != Self.session(seed: 6, plan: plan))
    // `next(_:)` is the first level.
    var first = DrillGenerator(seed: 9)
    var second = DrillGenerator(seed: 9)
    #expect(first.next(.padding).layerText == second.next(.padding, level: 1).layerText)
  }

  @Test func theAskedCellsMeetACornerAndThePadding() {
    var corners = 0
    var padded = 0
    for seed in Self.seeds {
      var generator = DrillGenerator(seed: seed)
      let item = generator.next(.padding, level: 3)
      let shape = item.steps.output.shape
      let (rows, columns) = (shape[shape.count - 2], shape[shape.count - 1])
      let cornerCells = [0, columns - 1, (rows - 1) * columns, rows * columns - 1]
      if item.cellsAsked.contains(where: cornerCells.contains) { corners += 1 }
      if item.cellsAsked.contains(where: { item.steps[$0].window.contains(where: \.isPadding) }) {
        padded += 1
      }
    }
    #expect(corners == Self.seeds.count)
    #expect(padded == Self.seeds.count)
  }

  @Test func theReadmesTableListsTheLevels() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    for skill in Skill.allCases {
      let levels = skill.levels.map { "\($0.number). \($0.summary)" }.joined(separator: "; ")
      let within = skill.levels.filter(\.staysWithinTheSlides).count
      #expect(
        text.contains("| `\(skill.rawValue)` | \(levels) | 1–\(within) |"), "\(skill)")
    }
  }

  @Test func everyParameterOfTheOldDrillsIsReachedAtTheTopLevels() {
    var texts = ""
    var twoChannels = false
    for skill in Skill.allCases {
      var generator = DrillGenerator(seed: 1)
      for _ in 0..<60 {
        let item = generator.next(skill, level: skill.levelCount)
        texts += item.layerText + "\n"
        if item.steps.geometry.layerName == "Conv2d", item.steps.input.shape[0] == 2 {
          twoChannels = true
        }
      }
    }
    for parameter in [
      "padding=", "stride=", "dilation=(2, 2)", "padding_mode=", "ceil_mode=True", "bias=False",
      "count_include_pad=False", "divisor_override=", "MaxPool1d", "AvgPool1d", "Flatten",
      "start_dim=0", "padding=same", "end_dim=1", "kernel_size=(3, 2)",
    ] {
      #expect(texts.contains(parameter), "\(parameter)")
    }
    #expect(twoChannels)
  }
}
