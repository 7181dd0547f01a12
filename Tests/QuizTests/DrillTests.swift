import ConvCore
import Testing

@testable import Quiz

/// Drills: the same seed gives the same exercises, every skill makes valid small exercises,
/// and the Leitner boxes decide what comes next.
@Suite struct DrillTests {
  static func descriptions(seed: UInt64, skill: Skill, count: Int = 8) -> [String] {
    var generator = DrillGenerator(seed: seed)
    return (0..<count).map { _ in
      let item = generator.next(skill)
      return item.layerText + " " + item.steps.input.scalars.map { "\($0)" }.joined(separator: ",")
    }
  }

  @Test(arguments: Skill.allCases)
  func sameSeedSameExercises(skill: Skill) {
    #expect(Self.descriptions(seed: 7, skill: skill) == Self.descriptions(seed: 7, skill: skill))
    #expect(Self.descriptions(seed: 7, skill: skill) != Self.descriptions(seed: 8, skill: skill))
  }

  @Test(arguments: Skill.allCases)
  func exercisesAreSmall(skill: Skill) {
    var generator = DrillGenerator(seed: 42)
    for _ in 0..<30 {
      let item = generator.next(skill)
      #expect(!item.steps.isEmpty)
      if item.asksCells {
        let shape = item.steps.input.shape
        #expect(shape.suffix(2).allSatisfy { $0 <= 7 }, "\(item.layerText) \(shape)")
        #expect(item.steps.count <= 49)
        #expect(item.steps.input.scalars.allSatisfy { $0 == $0.rounded() && abs($0) <= 9 })
      }
    }
  }

  @Test func everyParameterAppears() {
    var texts = ""
    for skill in Skill.allCases {
      var generator = DrillGenerator(seed: 1)
      for _ in 0..<40 { texts += generator.next(skill).layerText + "\n" }
    }
    for parameter in [
      "padding=", "stride=", "dilation=", "padding_mode=", "ceil_mode=True", "bias=False",
      "count_include_pad=False", "divisor_override=", "MaxPool1d", "AvgPool1d", "Flatten",
      "start_dim=0", "padding=same",
    ] {
      #expect(texts.contains(parameter), "\(parameter)")
    }
  }

  @Test func leitnerBoxes() {
    var progress = DrillProgress()
    #expect(progress.nextSkill(among: [.conv, .bias]) == .conv)
    progress.record(.conv, right: true)
    #expect(progress.box(of: .conv) == 2)
    #expect(progress.nextSkill(among: [.conv, .bias]) == .bias)
    progress.record(.bias, right: false)
    #expect(progress.box(of: .bias) == 1)
    // Round 2: bias (box 1) is due every round, conv (box 2) every other round.
    #expect(progress.isDue(.bias))
    #expect(progress.isDue(.conv))
    #expect(progress.nextSkill(among: [.conv, .bias]) == .bias)
    progress.record(.bias, right: true)
    progress.record(.conv, right: true)
    #expect(progress.box(of: .conv) == 3)
    #expect(!progress.isDue(.conv))
    progress.missed(.conv)
    #expect(progress.box(of: .conv) == 1)
    #expect(progress.isDue(.conv))
  }

  @Test func aMissedExerciseComesBackInTheSameSession() {
    var schedule = DrillSchedule(skills: [.conv, .maxpool], seed: 3, progress: DrillProgress())
    let first = schedule.next()
    schedule.record(first.skill, item: first.item, right: false, wasRepeat: false)
    let second = schedule.next()
    #expect(!second.isRepeat)
    schedule.record(second.skill, item: second.item, right: true, wasRepeat: false)
    let third = schedule.next()
    #expect(third.isRepeat)
    #expect(third.item.layerText == first.item.layerText)
    #expect(third.item.steps.input == first.item.steps.input)
  }
}

/// `drill --seed N` repeats exactly: what is saved does not choose the skills of a seeded
/// session, though its results are still recorded.
@Suite struct RepeatableDrillTests {
  /// The first `count` skills and layers of a seeded session from `progress`, everything right.
  static func session(from progress: DrillProgress, repeatable: Bool, count: Int = 12)
    -> (exercises: [String], progress: DrillProgress)
  {
    var schedule = DrillSchedule(
      skills: [], seed: 7, progress: progress, repeatable: repeatable)
    var exercises: [String] = []
    for _ in 0..<count {
      let (skill, item, isRepeat) = schedule.next()
      exercises.append("\(skill) \(item.layerText)")
      schedule.record(skill, item: item, right: true, wasRepeat: isRepeat)
    }
    return (exercises, schedule.progress)
  }

  @Test func theSameSeedGivesTheSameExercisesWhateverIsSaved() {
    let fresh = DrillProgress()
    var practised = DrillProgress()
    for _ in 0..<5 { practised.record(.conv, right: true) }
    practised.missed(.maxpool)
    let first = Self.session(from: fresh, repeatable: true)
    let second = Self.session(from: practised, repeatable: true)
    #expect(first.exercises == second.exercises)
    // Without the seed's promise, what is saved decides, and the sessions differ.
    #expect(
      Self.session(from: fresh, repeatable: false).exercises
        != Self.session(from: practised, repeatable: false).exercises)
    // The results still go into the saved progress.
    #expect(second.progress != practised)
  }
}
