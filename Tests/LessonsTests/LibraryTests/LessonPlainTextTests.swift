import ConvCore
import Testing

@testable import Lessons

/// A whole lesson as text, with the steps of each operation written by the given writer.
@Suite struct LessonPlainTextTests {
  @Test func exerciseFiveAsText() throws {
    let lesson = try #require(LessonLibrary.shipped.lesson(named: "exercise-5"))
    var lines: [String] = []
    var chains: [CallChain] = []
    LessonPlainText.write(
      lesson,
      writeSteps: { chain, output in
        chains.append(chain)
        output("<\(chain.stepCount) steps>")
      }, to: { lines.append($0) })
    #expect(lines.first == "Exercise 5: finding edges in an image (exercise-5, 6 steps)")
    #expect(chains.map(\.stepCount) == [4, 25, 4])
    #expect(lines.contains("── Step 3 of 6 — quiz: nn.Conv2d(1, 1, kernel_size=3, bias=False)"))
    #expect(lines.contains("Question: what is the output's shape, and what are its values?"))
    #expect(lines.contains("Hint 1, for the shape: Output size: 7 - 3 + 1 = 5 in each direction."))
    #expect(lines.contains("Hint 3, for row 1, column 1: (0 + 30 + 191) - (43 + 230 + 0) = -52."))
    #expect(lines.contains("Answer: shape (1, 2, 2)."))
    #expect(lines.contains("The input is the output of the operation before."))
    #expect(
      lines.contains(
        "Erratum: the slide prints 297 for row 1, column 1; the maximum of 44, -317, 29, -98 is 44"
      ))
    #expect(lines.allSatisfy { !$0.contains("\n") })
  }

  @Test func textFromTheFileIsEscaped() throws {
    let text = """
      format: 1
      id: escapes
      title: "A \\e[31mred\\e[0m title"
      summary: "Bell \\a."
      steps:
        - say: "Clear the screen: \\e[2J"
      """
    let lesson = try #require(LessonReader.read(text: text, fileName: "e.yaml").lesson)
    var output: [String] = []
    LessonPlainText.write(lesson, writeSteps: { _, _ in }, to: { output.append($0) })
    #expect(output.joined().contains("\u{1B}") == false)
    #expect(output.first == "A \\e[31mred\\e[0m title (escapes, 1 step)")
    #expect(output.contains("Clear the screen: \\e[2J"))
  }
}
