import Testing

@testable import Lessons

/// `lesson new`'s template passes the check as it is, and names are validated.
@Suite struct LessonTemplateTests {
  @Test(arguments: ["my-lesson", "edges2", "a"])
  func theTemplatePassesTheCheck(id: String) throws {
    let result = LessonReader.read(text: LessonTemplate.text(id: id), fileName: "\(id).yaml")
    #expect(result.diagnostics == [])
    let lesson = try #require(result.lesson)
    #expect(lesson.id == id)
    #expect(lesson.steps.map(\.kindName) == ["say", "show", "quiz", "say"])
    #expect(lesson.quizzes.first?.operation.usesPreviousOutput == true)
    #expect(
      lesson.quizzes.first?.hints.map(\.question) == [.shape, .cells, .cell(0)],
      "the template shows each kind of hint")
  }

  @Test func namesAreLessonIds() throws {
    #expect(try LessonTemplate.id(forName: "edge-detection").get() == "edge-detection")
    #expect(try LessonTemplate.id(forName: "edge-detection.yaml").get() == "edge-detection")
    for bad in [
      "", "Edge", "edge_detection", "-edge", "edge-", "a--b", "ü", "a b", "../x",
      String(repeating: "a", count: 65),
    ] {
      if case .success = LessonTemplate.id(forName: bad) { Issue.record("accepted \(bad)") }
    }
  }

  @Test func idsAreCheckedTheSameWay() {
    #expect(LessonReader.isValidId("exercise-1"))
    #expect(!LessonReader.isValidId("exercise 1"))
  }
}
