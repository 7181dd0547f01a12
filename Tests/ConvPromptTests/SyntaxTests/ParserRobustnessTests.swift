import Testing

@testable import ConvPrompt

/// Hostile input: deep nesting, huge sources, control characters, random bytes. Never a crash.
struct ParserRobustnessTests {
  typealias F = SyntaxFixtures

  @Test func twoHundredNestedBracketsAreAccepted() throws {
    let depth = Parser.maximumNesting
    let parens = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
    #expect(F.rendered(parens) == "1")
    let lists =
      "x = " + String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
    #expect(try Parser.parse(lists).statements.count == 1)
    let calls =
      "x = " + String(repeating: "-f(-a.b[", count: depth / 2) + "1"
      + String(repeating: "])", count: depth / 2)
    #expect(try Parser.parse(calls).statements.count == 1)
  }

  @Test func deeperNestingIsRefusedWithAMessage() throws {
    let depth = Parser.maximumNesting + 1
    let source =
      "x = " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
    let diagnostic = try #require(F.diagnostic(source))
    #expect(diagnostic.message == "too many nested brackets: convtutor accepts at most 200 levels")
    #expect(F.range(diagnostic.range) == "1:205-1:206")
    #expect(F.diagnostic(String(repeating: "[", count: 100_000)) != nil)
    #expect(!Parser.needsMoreInput(String(repeating: "f(", count: 100_000)))
  }

  @Test(arguments: [
    "x = " + String(repeating: "-", count: 50_000) + "1",
    "x = " + String(repeating: "not ", count: 20_000) + "1",
    "x = 1" + String(repeating: " + 1", count: 20_000),
    "x = 2" + String(repeating: " ** 2", count: 20_000),
    "x = a" + String(repeating: ".b", count: 20_000),
    "x = f" + String(repeating: "(1)", count: 20_000),
    "x = " + String(repeating: "-(", count: 190) + "1" + String(repeating: " + 1", count: 1_000)
      + String(repeating: ")", count: 190),
  ])
  func overlyDeepExpressionsAreRefused(source: String) throws {
    let diagnostic = try #require(F.diagnostic(source))
    #expect(
      diagnostic.message.hasPrefix("this expression is nested too deeply (more than 1000 levels)"))
  }

  @Test func longButShallowSourcesParse() throws {
    let list = "x = [" + String(repeating: "1., ", count: 20_000) + "]"
    #expect(try Parser.parse(list).statements.count == 1)
    let lines = String(repeating: "x = torch.tensor([1., 2.])\n", count: 2_000)
    #expect(try Parser.parse(lines).statements.count == 2_000)
    let chain = "x = 1" + String(repeating: " + 1", count: Parser.maximumExpressionDepth - 1)
    #expect(try Parser.parse(chain).statements.count == 1)
  }

  @Test func sourcesOverOneMebibyteAreRefused() throws {
    let source = "x = 1\n" + String(repeating: "#", count: Parser.maximumSourceBytes)
    let diagnostic = try #require(F.diagnostic(source))
    #expect(diagnostic.message.hasPrefix("the script is too long (1048582 bytes)"))
    #expect(F.range(diagnostic.range) == "1:1-1:2")
    #expect(!Parser.needsMoreInput(source + "("))
  }

  @Test func controlCharactersAreErrorsNotCrashes() {
    for code in [0, 1, 7, 8, 0x0B, 0x1B, 0x7F, 0x85, 0x2028, 0xFEFF, 0xE000] {
      guard let scalar = Unicode.Scalar(code) else { continue }
      let source = "x = 1" + String(Character(scalar)) + "\ny = 2"
      let diagnostic = F.diagnostic(source)
      #expect(diagnostic?.range.start.line == 1, "U+\(code)")
      _ = diagnostic?.rendered(fileName: "<prompt>", source: source)
    }
    // Inside strings and comments, anything goes.
    #expect(F.rendered("x = '\u{0}\u{7}\u{1B}[31m' # \u{0}") == "x = \"\\0\\u{07}\\u{1B}[31m\"")
  }

  /// Random bytes, and random edits of a real script: every source parses or gives a
  /// diagnostic with a sane range; nothing traps.
  @Test func randomInputNeverCrashes() {
    var random = SyntaxFuzzRandom(state: 0xC0FFEE)
    let alphabet = Array("()[]{}'\"\\#\n\r\t =+-*/%@.,:;!<>0123456789eExXjbfr_aé€\u{0}")
    let script = """
      import torch.nn as nn
      conv = nn.Conv2d(in_channels=1, out_channels=2, kernel_size=(2, 3), padding='same')
      conv.weight.data = torch.tensor([[[[1., -2.5e-3]]]]) ** 2 // 3
      y = conv(x)[0, 1:, ::2]; print(y.shape)
      """
    let scriptCharacters = Array(script)
    for round in 0..<6_000 {
      var source = ""
      if round % 2 == 0 {
        let bytes = (0..<Int.random(in: 0...24, using: &random)).map { _ in
          UInt8.random(in: 0...255, using: &random)
        }
        source = String(decoding: bytes, as: UTF8.self)
        for _ in 0..<Int.random(in: 0...12, using: &random) {
          source.append(alphabet.randomElement(using: &random) ?? " ")
        }
      } else {
        var characters = scriptCharacters
        for _ in 0..<Int.random(in: 1...4, using: &random) {
          let position = Int.random(in: 0..<characters.count, using: &random)
          if Bool.random(using: &random) {
            characters.remove(at: position)
          } else {
            characters.insert(alphabet.randomElement(using: &random) ?? " ", at: position)
          }
        }
        source = String(characters)
      }
      if let diagnostic = F.diagnostic(source) {
        let range = diagnostic.range
        #expect(range.start.line >= 1 && range.start.column >= 1, "\(source.debugDescription)")
        #expect(!(range.end < range.start), "\(source.debugDescription)")
        _ = diagnostic.rendered(fileName: "<fuzz>", source: source)
      }
      _ = Parser.needsMoreInput(source)
    }
  }
}
