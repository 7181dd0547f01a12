import ConvCore
import Foundation
import Testing

@testable import Quiz

/// FSRS-6 against the reference implementation: `Fixtures/fsrs/golden.json`, written by
/// `Fixtures/fsrs/make-golden.py` with PyPI's `fsrs`, holds review sequences (first reviews of
/// each grade, same-day reviews, long gaps, lapses) and, after each review, the stability,
/// difficulty, interval and retrievabilities the reference computed.
@Suite struct FSRSGoldenTests {
  /// The largest relative difference allowed from the reference's values: none. Swift and
  /// Python both call the C library's `pow`, with the operations in the same order, so the
  /// stabilities, difficulties and retrievabilities agree to the last bit (and the intervals
  /// exactly). A platform whose `pow` rounds differently would need about 1e-15.
  static let tolerance = 0.0

  struct Golden: Decodable {
    var reference: String
    var parameters: [Double]
    var desiredRetention: Double
    var maximumInterval: Int
    var learningSteps: [Double]
    var relearningSteps: [Double]
    var fuzzing: Bool
    var sequences: [Sequence]
  }

  struct Sequence: Decodable {
    var name: String
    var reviews: [Step]
  }

  struct Step: Decodable {
    var time: Double
    var grade: Int
    var stability: Double
    var difficulty: Double
    var intervalDays: Int
    var retrievabilityAtNextReview: Double?
    var retrievabilityAtDue: Double
  }

  static func golden() throws -> Golden {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/fsrs/golden.json")
    return try JSONDecoder().decode(Golden.self, from: Data(contentsOf: url))
  }

  static func relativeDifference(_ value: Double, _ expected: Double) -> Double {
    value == expected ? 0 : abs(value - expected) / max(abs(expected), .leastNormalMagnitude)
  }

  @Test func theReferenceIsFSRS6WithTheSettingsUsedHere() throws {
    let golden = try Self.golden()
    #expect(golden.reference.hasPrefix("fsrs 6."))
    let fsrs = FSRS()
    #expect(golden.parameters == fsrs.parameters)
    #expect(golden.desiredRetention == fsrs.desiredRetention)
    #expect(golden.maximumInterval == fsrs.maximumInterval)
    #expect(golden.learningSteps.isEmpty && golden.relearningSteps.isEmpty && !golden.fuzzing)
    #expect(golden.sequences.count >= 30)
    #expect(golden.sequences.allSatisfy { (1...12).contains($0.reviews.count) })
    #expect(Set(golden.sequences.compactMap(\.reviews.first?.grade)) == [1, 2, 3, 4])
  }

  @Test func everyReviewMatchesTheReference() throws {
    let fsrs = FSRS()
    var worst = 0.0
    for sequence in try Self.golden().sequences {
      var memory: LevelMemory?
      for (index, step) in sequence.reviews.enumerated() {
        let grade = try #require(Grade(rawValue: step.grade))
        if memory == nil {
          memory = LevelMemory(firstReviewAt: step.time, grade: grade, fsrs: fsrs)
        } else {
          memory?.review(at: step.time, grade: grade, fsrs: fsrs)
        }
        let level = try #require(memory)
        let place = Comment(rawValue: "\(sequence.name), review \(index + 1)")
        #expect(level.intervalDays == step.intervalDays, place)
        var differences = [
          Self.relativeDifference(level.state.stability, step.stability),
          Self.relativeDifference(level.state.difficulty, step.difficulty),
          Self.relativeDifference(
            level.retrievability(at: level.dueTime, fsrs: fsrs),
            step.retrievabilityAtDue),
        ]
        if let next = sequence.reviews.dropFirst(index + 1).first {
          let expected = try #require(step.retrievabilityAtNextReview, place)
          differences.append(
            Self.relativeDifference(level.retrievability(at: next.time, fsrs: fsrs), expected))
        } else {
          #expect(step.retrievabilityAtNextReview == nil, place)
        }
        #expect(differences.allSatisfy { $0 <= Self.tolerance }, place)
        worst = max(worst, differences.max() ?? 0)
      }
    }
    #expect(worst <= Self.tolerance)
  }

  /// The schedule replays the log the same way: every sequence as a level of its own, the
  /// reviews of all of them shuffled together (those of a level at the same time keep their
  /// order, as the log's order decides between them).
  @Test func theScheduleReplaysTheLogAsTheReferenceDoes() throws {
    let sequences = try Self.golden().sequences
    var reviews: [Review] = []
    for (index, sequence) in sequences.enumerated() {
      for step in sequence.reviews {
        reviews.append(
          GradedReview.make(.conv, level: index + 1, at: step.time, Grade(rawValue: step.grade)))
      }
    }
    var order = Array(reviews.indices)
    var random = RandomGenerator(seed: 11)
    for index in order.indices.reversed() {
      order.swapAt(index, random.integer(from: 0, below: index + 1))
    }
    // Reviews of one level at one time: back in their own order, in the places they took.
    let ties = Dictionary(grouping: order.indices) {
      "\(reviews[order[$0]].level) \(reviews[order[$0]].time)"
    }
    for places in ties.values {
      for (place, original) in zip(places, places.map { order[$0] }.sorted()) {
        order[place] = original
      }
    }
    reviews = order.map { reviews[$0] }
    let schedule = SkillSchedule(reviews: reviews, levels: { _ in sequences.count })
    for (index, sequence) in sequences.enumerated() {
      let last = try #require(sequence.reviews.last)
      let memory = try #require(schedule.memory(of: .conv, level: index + 1))
      #expect(memory.reviewCount == sequence.reviews.count)
      #expect(memory.lastReview == last.time)
      #expect(memory.intervalDays == last.intervalDays, "\(sequence.name)")
      #expect(Self.relativeDifference(memory.state.stability, last.stability) <= Self.tolerance)
      #expect(Self.relativeDifference(memory.state.difficulty, last.difficulty) <= Self.tolerance)
    }
  }
}
