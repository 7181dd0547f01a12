import Foundation
import Testing

@testable import Lessons

/// YAML alias bombs ("billion laughs"): a few lines whose aliases stand for a billion values
/// are refused at once, with the place of the anchor, wherever the bomb is used; a lesson that
/// reuses a grid through an alias is fine.
@Suite struct AliasBombTests {
  let header = "format: 1\nid: bomb\ntitle: Laughs\nsummary: Many laughs.\n"

  /// Anchors `a0` … `a8`, each a list of ten of the one before: `*a8` stands for 10^9 texts.
  func laughs(_ leaf: String = "\"lol\"") -> String {
    var text = "a0: &a0 [" + Array(repeating: leaf, count: 10).joined(separator: ", ") + "]\n"
    for level in 1...8 {
      text +=
        "a\(level): &a\(level) ["
        + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
    }
    return text
  }

  /// Reads `text` and returns the result and the seconds it took.
  func timedRead(_ text: String) -> (LessonFileResult, Double) {
    let started = Date()
    let result = LessonReader.read(text: text, fileName: "bomb.yaml")
    return (result, Date().timeIntervalSince(started))
  }

  static let refusal =
    "the YAML aliases (`*name`) of this file repeat the value anchored here (`&name`) so often "
    + "that the file expands to more than 500000 values; a lesson is small, so repeat less"

  @Test func theBillionLaughsFixtureIsRefusedAtOnce() throws {
    let (result, seconds) = timedRead(try Fixture.text("sharing/billion-laughs.yaml"))
    #expect(result.diagnostics.map(\.rendered) == ["bomb.yaml:7:5: error: " + Self.refusal])
    // Measured at about a millisecond; the bound leaves room for a loaded machine.
    #expect(seconds < 2, "\(seconds) s")
  }

  /// Where a bomb may go off: each field the reader walks into.
  static let uses = [
    "steps: *a8\n",
    "title2: *a8\nsteps:\n  - say: hi\n",
    "steps:\n  - say: *a8\n",
    "steps:\n  - quiz:\n      layer: nn.ReLU()\n      input: 1 2\n      hints: *a8\n",
    "steps:\n  - show:\n      layer: nn.ReLU()\n      input: *a8\n",
    "steps:\n  - show:\n      layer: nn.Conv2d(10, 10, 1)\n      input: 1\n      weight: *a8\n"
      + "      bias: 1\n",
    "steps:\n  - quiz:\n      layer: nn.ReLU()\n      input: 1 2\n      expect:\n"
      + "        cells: *a8\n",
    "steps:\n  - *a8\n  - show: *a8\n",
  ]

  @Test("a bomb is refused wherever it is used", arguments: uses.indices)
  func bombsAnywhere(_ index: Int) {
    let (result, seconds) = timedRead(header + laughs() + Self.uses[index])
    #expect(result.lesson == nil)
    #expect(result.diagnostics.map(\.rendered) == ["bomb.yaml:5:5: error: " + Self.refusal])
    #expect(seconds < 2, "\(seconds) s")
  }

  @Test func mappingsAndLongTextsAreBombsToo() {
    // Mappings of ten keys nested eight deep.
    var mappings = "m0: &m0 {" + (0..<10).map { "k\($0): lol" }.joined(separator: ", ") + "}\n"
    for level in 1...8 {
      mappings +=
        "m\(level): &m\(level) {"
        + (0..<10).map { "k\($0): *m\(level - 1)" }.joined(separator: ", ") + "}\n"
    }
    let (mapped, mappedSeconds) = timedRead(header + mappings + "steps:\n  - *m8\n")
    #expect(mapped.diagnostics.map(\.rendered) == ["bomb.yaml:5:5: error: " + Self.refusal])
    #expect(mappedSeconds < 2)
    // One text of 120 kB said 200 times: 24 MB of narration from a 125 kB file.
    let long = Array(repeating: "1", count: 60_000).joined(separator: " ")
    let said = String(repeating: "  - say: *s\n", count: 200)
    let (texts, textSeconds) = timedRead(header + "s: &s \"\(long)\"\nsteps:\n" + said)
    #expect(texts.diagnostics.map(\.rendered) == ["bomb.yaml:5:4: error: " + Self.refusal])
    #expect(textSeconds < 2)
  }

  @Test func aGridReusedThroughAnAliasIsFine() throws {
    var text = header + "steps:\n"
    for index in 0..<20 {
      text += "  - show:\n      layer: nn.MaxPool2d(2)\n"
      text +=
        index == 0
        ? "      input: &image |\n        1 2 3 4\n        5 6 7 8\n" : "      input: *image\n"
    }
    let result = LessonReader.read(text: text, fileName: "reuse.yaml")
    #expect(result.diagnostics.isEmpty)
    let lesson = try #require(result.lesson)
    #expect(lesson.operations.count == 20)
    #expect(lesson.operations.allSatisfy { $0.output.scalars == [6, 8] })
  }

  @Test func aGridOnTheKeysLineCanBeAnchoredToo() throws {
    for grid in ["&g 1 -2", "&g \"1 -2\"", "&g '1 -2'"] {
      let text =
        header + "steps:\n  - show:\n      layer: nn.ReLU()\n      input: \(grid)\n"
        + "  - show:\n      layer: nn.ReLU()\n      input: *g\n"
      let result = LessonReader.read(text: text, fileName: "anchor.yaml")
      #expect(result.diagnostics.isEmpty, "\(grid): \(result.diagnostics.map(\.rendered))")
      #expect(result.lesson?.operations.map(\.output.scalars) == [[1, 0], [1, 0]])
    }
    // A bad cell read twice through the alias is one problem, at its place.
    let bad =
      header + "steps:\n  - show:\n      layer: nn.ReLU()\n      input: &g \"1 \\e\"\n"
      + "  - show:\n      layer: nn.ReLU()\n      input: *g\n"
    #expect(
      LessonReader.read(text: bad, fileName: "anchor.yaml").diagnostics.map(\.rendered) == [
        "anchor.yaml:8:20: error: `\\e` in the input is not a number"
      ])
  }
}
