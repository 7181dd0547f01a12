import ConvCore
import ConvPrompt
import Testing

@testable import Lessons

/// The lesson format's details: grids, channels, parameters, answers and their precision.
@Suite struct LessonFormatTests {
  let header = "format: 1\nid: x\ntitle: t\nsummary: s\nsteps:\n"

  func read(_ steps: String) -> LessonFileResult {
    LessonReader.read(text: header + steps, fileName: "x.yaml")
  }

  @Test func printedNumbersClaimTheirPrecision() throws {
    let third = try #require(PrintedNumber("1.6667"))
    #expect(third.matches(5.0 / 3) && third.decimals == 4)
    #expect(try #require(PrintedNumber("1.7")).matches(5.0 / 3))
    #expect(try #require(PrintedNumber("1.6")).matches(5.0 / 3) == false)
    #expect(try #require(PrintedNumber("2")).matches(2))
    #expect(try #require(PrintedNumber("2")).matches(2.4) == false)
    #expect(try #require(PrintedNumber("\u{2212}3")).value == -3)
    #expect(try #require(PrintedNumber("1e3")).value == 1000)
    #expect(try #require(PrintedNumber(".5")).value == 0.5)
    #expect(try #require(PrintedNumber("-0")).value == 0)
    for text in ["nan", "inf", "-inf", "0x10", "1.2.3", "--1", "", "1e", ".", "+", "1e999", "٣"] {
      #expect(PrintedNumber(text) == nil, "\(text)")
    }
  }

  @Test func gridsTakeCommentsAndOneRowInline() throws {
    let result = read(
      """
        - show:
            layer: torch.nn.MaxPool2d(2)
            input: |
              1 2 5 6   # the first row
              3 4 7 8
            expect:
              cells: 4 8
        - show:
            layer: nn.MaxPool1d(2)
            input: 1 9 3 2
            expect:
              shape: 1 x 2
              cells: "9 3"

      """)
    #expect(result.diagnostics == [])
    let operations = try #require(result.lesson).operations
    #expect(operations[0].output.scalars == [4, 8])
    #expect(operations[1].input.shape == [1, 1, 4])
  }

  @Test func severalChannelsWithNestedWeightsAndABiasList() throws {
    let result = read(
      """
        - show:
            layer: nn.Conv2d(2, 2, kernel_size=1)
            input:
              - |
                1 2
              - |
                3 4
            weight:
              - - "1"
                - "1"
              - - "2"
                - "-1"
            bias: [0, 10]
            expect:
              shape: [2, 1, 2]
              cells:
                - 4 6
                - 9 10

      """)
    #expect(result.diagnostics == [])
    let operation = try #require(result.lesson?.operations.first)
    #expect((operation.layer as? Conv2d)?.weight.shape == [2, 2, 1, 1])
    #expect(operation.output.scalars == [4, 6, 9, 10])
    #expect(operation.expected?.cells?.grids == 2)
  }

  @Test func aGroupedConvolutionTakesOneGridPerOutputChannel() throws {
    let result = read(
      """
        - show:
            layer: nn.Conv2d(2, 2, kernel_size=1, groups=2, bias=False)
            input: ["1 2", "3 4"]
            weight: ["2", "3"]
            expect:
              cells: ["2 4", "9 12"]

      """)
    #expect(result.diagnostics == [])
  }

  @Test func previousChainsThroughSeveralOperations() throws {
    let result = read(
      """
        - show:
            layer: nn.MaxPool2d(kernel_size=(1, 2))
            input: |
              1 2 3 4
        - say: Between the two.
        - quiz:
            layer: nn.MaxPool1d(2)
            input: previous
        - quiz:
            layer: nn.Flatten()
            input: previous
            ask: shape
            hints: ["One.", "Two."]

      """)
    #expect(result.diagnostics == [])
    let lesson = try #require(result.lesson)
    #expect(lesson.steps.map(\.kindName) == ["show", "say", "quiz", "quiz"])
    #expect(lesson.quizzes[0].ask == .both)
    #expect(lesson.quizzes[1].ask == .shape)
    #expect(
      lesson.quizzes[1].hints == [LessonHint("One.", for: .shape), LessonHint("Two.", for: .shape)])
    #expect(lesson.quizzes[1].operation.linkedChain.count == 3)
    #expect(lesson.quizzes[1].answer.shape == [1, 1])
    #expect(lesson.steps[1].narration == "Between the two.")
  }

  @Test func aBadNumberInAQuotedGridIsPointedAt() {
    let result = read("  - show:\n      layer: nn.Flatten()\n      input: \"1 x 3\"\n")
    #expect(
      result.diagnostics.map(\.rendered) == ["x.yaml:8:17: error: `x` in the input is not a number"]
    )
  }

  @Test func quotedValuesArePointedAtThroughTheirEscapes() {
    let cases: [(String, [String])] = [
      ("input: 'it''s 1 x'", ["8:15: error: `it's`", "8:23: error: `x`"]),
      ("input: \"1\\t2\\tx\"", ["8:21: error: `x`"]),
      ("input: \"1 2\\n3 x\"", ["8:22: error: `x`"]),
      (
        "input: \"\\u00e9 \\U0001F600 y\"",
        ["8:15: error: `é`", "8:22: error: `😀`", "8:33: error: `y`"]
      ),
    ]
    for (input, places) in cases {
      let result = read("  - show:\n      layer: nn.ReLU()\n      \(input)\n")
      #expect(
        result.diagnostics.map(\.rendered)
          == places.map { "x.yaml:\($0) in the input is not a number" }, "\(input)")
    }
    // An escaped line break continues the value on the next line: its rows are joined.
    let continued = read(
      "  - show:\n      layer: nn.ReLU()\n      input: \"1 2 \\\n        3 x\"\n")
    #expect(continued.diagnostics.first?.message.contains("spreads over several lines") == true)
    let layer = read(
      "  - show:\n      layer: 'nn.MaxPool2d(kernel_size=k, padding=''same'')'\n      input: 1\n")
    #expect(layer.diagnostics.first?.location == SourceLocation(line: 7, column: 40))
  }

  @Test func aBadArgumentInABlockLayerIsPointedAt() {
    let result = read(
      "  - show:\n      layer: |\n        nn.MaxPool2d(\n          kernel_size=k)\n      input: \"1 2\"\n"
    )
    #expect(
      result.diagnostics.map(\.rendered).first?.hasPrefix("x.yaml:9:23: error: a layer's arguments")
        == true)
  }

  @Test func anUnknownFieldFarFromAnyNameListsTheFields() {
    let result = read(
      "  - show:\n      layer: nn.Flatten()\n      input: \"1 2\"\n      zzzzzz: 1\n")
    #expect(
      result.diagnostics.first?.message
        == "unknown field `zzzzzz` in this show step (its fields are `layer`, `input`, `weight`, "
        + "`bias`, `say`, `expect`, `slide`)")
  }

  @Test func gridsHaveALimit() {
    let row = Array(repeating: "1", count: 65).joined(separator: " ")
    let result = read("  - show:\n      layer: nn.Flatten()\n      input: \(row)\n")
    #expect(result.diagnostics.first?.message.contains("at most 64 rows and 64 columns") == true)
  }

  @Test func aSlideAnswerThatIsRightIsNoErratum() throws {
    let result = read(
      """
        - show:
            layer: nn.AvgPool1d(3)
            input: 1 2 4
            slide:
              shape: [1, 1, 1]
              cells: "2.3"

      """)
    #expect(result.diagnostics == [])
    #expect(try #require(result.lesson).errata == [])
  }
}
