import TerminalText
import Testing

@testable import Lessons

/// The one table of the lessons (`convtutor lessons`, `%lessons`): columns padded by display
/// columns, cells escaped as one row, the progress column only when given.
@Suite struct LessonTableTests {
  static func lesson(id: String, title: String) throws -> Lesson {
    let text = """
      format: 2
      id: \(id)
      title: "\(title)"
      summary: s
      steps:
        - say: one
        - say: two
      """
    let read = LessonReader.read(text: text, fileName: "\(id).yaml")
    return try #require(read.lesson, "\(read.diagnostics)")
  }

  @Test func theShippedLessonsUnderAHeader() {
    let lessons = LessonLibrary.shipped.lessons
    let rows = LessonTable.rows(lessons)
    #expect(rows.count == lessons.count + 1)
    // The widest id is padding-and-stride (18), the widest title Exercise 5's (43).
    #expect(
      rows[0] == "id" + String(repeating: " ", count: 18) + "title"
        + String(repeating: " ", count: 40) + "steps")
    let exercise5 = rows[rows.count - 1]
    #expect(exercise5.hasPrefix("exercise-5          Exercise 5: finding edges in an image  "))
    #expect(exercise5.hasSuffix("  \(lessons[lessons.count - 1].steps.count)"))
  }

  @Test func wideTitlesArePaddedByDisplayColumns() throws {
    let lessons = [
      try Self.lesson(id: "chinese", title: "卷积核在输入上滑动"),
      try Self.lesson(id: "emoji", title: "Pooling 👍🏽 🇻🇳 👨‍👩‍👧 é"),
      try Self.lesson(id: "plain", title: "Plain"),
    ]
    let rows = LessonTable.rows(lessons, progress: ["1 of 2 quizzes", "", "new"])
    #expect(rows[0].hasSuffix("  steps  progress"))
    // The steps column starts at one display column in every row: after the id (7), the
    // widest title (18 columns, the Chinese) and their gaps.
    for (row, steps) in zip(rows, ["steps", "2", "2", "2"]) {
      let start = try #require(row.range(of: "  " + steps + " ")).lowerBound
      #expect(DisplayWidth.of(String(row[..<start])) == 7 + 2 + 18, "\(row)")
    }
    #expect(rows[1].hasSuffix("  1 of 2 quizzes"))
    #expect(rows[3].hasSuffix("2      new"))
  }

  @Test func aCellIsEscapedAsOneRow() throws {
    let lesson = try Self.lesson(id: "hostile", title: "A \\u001B]0;PWNED\\u0007 \\ttab")
    let rows = LessonTable.rows([lesson])
    #expect(rows[1] == "hostile  A \\e]0;PWNED\\x07 \\ttab  2")
    #expect(!rows[1].unicodeScalars.contains(where: TerminalEscaping.isObeyed))
  }
}
