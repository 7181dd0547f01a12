import ConvCore
import Foundation
import Testing

@testable import Lessons

/// The lessons shipped in the program: clean, with exactly the expected errata, and exactly
/// the files of the repository's `Lessons/`.
@Suite struct ShippedLessonTests {
  @Test func everyShippedLessonChecksClean() {
    let catalog = LessonLibrary.shipped
    #expect(catalog.errorCount == 0, "\(catalog.diagnostics.filter(\.isError))")
    #expect(catalog.lessons.count == LessonLibrary.shippedFiles.count)
    #expect(catalog.failedFiles.isEmpty)
  }

  @Test func theLessonsInCourseOrder() {
    #expect(
      LessonLibrary.shipped.lessons.map(\.id) == [
        "convolution", "padding-and-stride", "pooling", "flatten",
        "exercise-1", "exercise-2", "exercise-3", "exercise-4", "exercise-5",
      ])
  }

  @Test func theCheckReportsExactlyTheExpectedErrata() throws {
    let catalog = LessonLibrary.check(paths: [])
    var lines = catalog.diagnostics.map(\.rendered)
    lines.append("\(catalog.fileCount) lesson files checked: 0 errors, \(catalog.noteCount) notes")
    let expected = try Fixture.text("shipped-check.txt").split(separator: "\n").map(String.init)
    #expect(lines == expected)
    #expect(catalog.diagnostics.allSatisfy { $0.severity == .note })
  }

  @Test func everyNoteIsAnErratumOfItsLesson() {
    let catalog = LessonLibrary.shipped
    let errata = catalog.lessons.flatMap { lesson in
      lesson.errata.map { "\(lesson.fileName):\($0.location): note: \($0.message)" }
    }
    #expect(errata == catalog.diagnostics.map(\.rendered))
  }

  @Test func theErratumAbout297() throws {
    let lesson = try #require(LessonLibrary.shipped.lesson(named: "exercise-5"))
    let pool = lesson.quizzes[1]
    #expect(pool.operation.usesPreviousOutput)
    let erratum = try #require(pool.errata.first { $0.subject == .cell(3) })
    #expect(
      erratum.message
        == "the slide prints 297 for row 1, column 1; the maximum of 44, -317, 29, -98 is 44")
    #expect(pool.errata.map(\.subject) == [.cell(0), .cell(1), .cell(2), .cell(3), .remark])
    #expect(pool.operation.linkedChain.count == 2)
    #expect(pool.operation.chain.count == 1)
  }

  @Test func everyExerciseHasQuizzesHintsAndAnswerKeys() throws {
    for number in 1...5 {
      let lesson = try #require(LessonLibrary.shipped.lesson(named: "\(number)"))
      #expect(lesson.id == "exercise-\(number)")
      #expect(!lesson.quizzes.isEmpty)
      for quiz in lesson.quizzes {
        #expect(!quiz.hints.isEmpty, "\(lesson.id)")
        let expected = try #require(quiz.expected, "\(lesson.id)")
        #expect(expected.shape == quiz.answer.shape)
        #expect(expected.cells?.numbers.map(\.value) == quiz.answer.scalars)
      }
    }
  }

  @Test func theWalkthroughsShowEveryOperation() {
    for id in ["convolution", "padding-and-stride", "pooling", "flatten"] {
      let lesson = LessonLibrary.shipped.lesson(named: id)
      #expect(lesson?.quizzes.isEmpty == true)
      #expect(lesson?.operations.allSatisfy { $0.expected != nil && $0.narration != nil } == true)
    }
  }

  @Test func theEmbeddedLessonsAreTheFilesOfLessonsFolder() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Fixture.lessonsFolder.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(LessonLibrary.shippedFiles.map(\.name) == names)
    for file in LessonLibrary.shippedFiles {
      let text = try String(
        contentsOf: Fixture.lessonsFolder.appendingPathComponent(file.name), encoding: .utf8)
      #expect(
        file.text == text,
        "\(file.name) differs from the embedded copy; build again (after `touch Package.swift`)")
    }
  }

  @Test func checkingTheLessonsFolderFromDiskGivesTheSameDiagnostics() {
    let fromDisk = LessonLibrary.check(paths: [Fixture.lessonsFolder.path])
    let prefix = Fixture.lessonsFolder.path + "/"
    #expect(
      fromDisk.diagnostics.map { $0.rendered.replacingOccurrences(of: prefix, with: "Lessons/") }
        == LessonLibrary.shipped.diagnostics.map(\.rendered))
  }

  @Test func lessonsAreFoundByIdOrExerciseNumber() {
    let catalog = LessonLibrary.shipped
    #expect(catalog.lesson(named: "pooling")?.title == "Pooling: max and average")
    #expect(catalog.lesson(named: "3")?.id == "exercise-3")
    #expect(catalog.lesson(named: "6") == nil)
    #expect(catalog.lesson(named: "0") == nil)
    #expect(catalog.lesson(named: "nothing") == nil)
  }
}
