import ConvCore
import Testing

@testable import Lessons

/// The shipped lessons carry the seed's examples and exercises with their data, their right
/// answers, and the slides' wrong answers as `slide:` notes (`Fixtures/seed-examples.md`).
@Suite struct SeedAgreementTests {
  /// Where each example of the seed is in the shipped lessons: lesson id and operation index.
  static let places: [(example: String, lesson: String, operation: Int)] = [
    ("L1", "convolution", 0), ("L2", "convolution", 1), ("L3", "convolution", 2),
    ("L4", "padding-and-stride", 0), ("L5", "padding-and-stride", 1),
    ("L6a", "padding-and-stride", 2), ("L6b", "padding-and-stride", 3),
    ("L7", "padding-and-stride", 4),
    ("P1", "pooling", 0), ("P2", "pooling", 1), ("P3", "pooling", 2), ("P4", "pooling", 3),
    ("P5", "pooling", 4),
    ("E1a", "exercise-1", 0), ("E1b", "exercise-1", 1), ("E2a", "exercise-2", 0),
    ("E2b", "exercise-2", 1), ("E3a", "exercise-3", 0), ("E3b", "exercise-3", 1),
    ("E4", "exercise-4", 0), ("E5a", "exercise-5", 1), ("E5b", "exercise-5", 2),
  ]

  @Test func everyExampleOfTheSeedHasAPlace() throws {
    #expect(Set(try SeedExample.all().keys) == Set(Self.places.map(\.example)))
  }

  @Test("the lesson's operation is the seed's example", arguments: places.map(\.example))
  func example(_ id: String) throws {
    let place = try #require(Self.places.first { $0.example == id })
    let seed = try #require(try SeedExample.all()[id])
    let lesson = try #require(LessonLibrary.shipped.lesson(named: place.lesson))
    let operation = lesson.operations[place.operation]
    #expect(operation.layerText == seed.call)
    if seed.inputIsPrevious {
      #expect(operation.usesPreviousOutput)
      #expect(operation.input == lesson.operations[place.operation - 1].output)
    } else {
      #expect(!operation.usesPreviousOutput)
      #expect(operation.input.shape == [1, seed.input.count, seed.input[0].count])
      #expect(operation.input.scalars == seed.input.flatMap { $0 })
    }
    let convolution = operation.layer as? Conv2d
    if let weight = seed.weight {
      #expect(convolution?.weight.scalars == weight.flatMap { $0 })
      #expect(convolution?.weight.shape == [1, 1, weight.count, weight[0].count])
    } else {
      #expect(convolution == nil)
    }
    #expect(convolution?.bias?.scalars.first == seed.bias)
    #expect(operation.output.shape == seed.shape)
    let answer = seed.answer.flatMap { $0 }
    #expect(zip(operation.output.scalars, answer).allSatisfy { abs($0 - $1) < 0.00005 })
    #expect(operation.expected?.shape == seed.shape)
    #expect(operation.expected?.cells?.numbers.map(\.value) == answer)
    if let slide = seed.slide {
      #expect(operation.slide?.cells?.numbers.map(\.value) == slide.flatMap { $0 })
      let wrong = zip(slide.flatMap { $0 }, answer).enumerated().filter {
        abs($0.element.0 - $0.element.1) > 0.05
      }.map(\.offset)
      let cellErrata = operation.errata.compactMap { erratum -> Int? in
        if case .cell(let index) = erratum.subject { return index }
        return nil
      }
      #expect(cellErrata == wrong, "every wrong cell of the slide is an erratum")
    }
  }

  @Test func exercisesAreQuizzesInTheSeedsOrder() throws {
    let expected: [String: [String]] = [
      "exercise-1": ["E1a", "E1b"], "exercise-2": ["E2a", "E2b"], "exercise-3": ["E3a", "E3b"],
      "exercise-4": ["E4"], "exercise-5": ["E5a", "E5b"],
    ]
    let seed = try SeedExample.all()
    for (lessonId, examples) in expected {
      let lesson = try #require(LessonLibrary.shipped.lesson(named: lessonId))
      #expect(lesson.quizzes.map(\.operation.layerText) == examples.map { seed[$0]!.call })
    }
  }

  @Test func theSlidesShapeLabelsAndDrawingsAreErrata() throws {
    let pooling = try #require(LessonLibrary.shipped.lesson(named: "pooling"))
    let shapeErrata = pooling.operations.map { $0.errata.filter { $0.subject == .shape }.count }
    #expect(shapeErrata == [0, 0, 1, 1, 1], "P3 and P5 say 4 x 3, P4 says 3 x 3")
    #expect(pooling.operations[3].errata.contains { $0.message.hasPrefix("the slide prints 1.6 ") })
    #expect(
      pooling.operations[4].errata.filter { if case .cell = $0.subject { true } else { false } }
        .isEmpty)
    let convolution = try #require(LessonLibrary.shipped.lesson(named: "convolution"))
    #expect(
      convolution.operations[1].errata.first?.message
        == "the slide draws the kernel 1 0 1 / 1 0 1 / 0 1 0, but the layer's weight is "
        + "1 1 0 / 1 1 0 / 1 0 1")
  }
}
