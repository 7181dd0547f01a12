import Foundation
import Testing

@testable import Lessons

/// No input makes the reader crash or hang: huge files, deep nesting, alias bombs, bytes that
/// are not text, and random damage to real lessons all end in diagnostics with places.
@Suite struct RobustnessTests {
  func read(_ text: String) -> LessonFileResult {
    LessonReader.read(text: text, fileName: "x.yaml")
  }

  let header = "format: 1\nid: x\ntitle: t\nsummary: s\n"

  @Test func aFileOverOneMebibyteIsRefusedWhole() {
    let result = LessonReader.read(
      [UInt8](repeating: UInt8(ascii: "#"), count: (1 << 20) + 1), fileName: "big.yaml")
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics[0].location == nil)
    #expect(
      result.diagnostics[0].message.contains("larger than the limit of 1048576 bytes (1 MiB)"))
  }

  @Test func deepFlowNestingIsRefusedBeforeParsing() {
    let result = read(header + "steps: " + String(repeating: "[", count: 300_000))
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics[0].message.contains("nests more than 100 levels"))
    #expect(result.diagnostics[0].location?.line == 5)
  }

  @Test func deepBlockNestingIsRefusedBeforeParsing() {
    var text = header + "steps:\n"
    for depth in 1...1000 { text += String(repeating: " ", count: depth) + "a:\n" }
    let result = read(text)
    #expect(result.diagnostics.map(\.message).contains { $0.contains("nests more than") })
    let dashes = read(header + "steps:\n" + String(repeating: "- ", count: 20_000) + "x\n")
    #expect(dashes.diagnostics.map(\.message).contains { $0.contains("nests more than") })
  }

  @Test func aliasesCannotMakeASmallFileExpensive() {
    let row = (1...8000).map { _ in "1" }.joined(separator: " ")
    let aliases = Array(repeating: "*g", count: 20_000).joined(separator: ", ")
    let text =
      header + "grid: &g \"\(row)\"\nsteps:\n  - show:\n      layer: nn.Flatten()\n"
      + "      input: \"1 2\"\n      expect:\n        cells: [\(aliases)]\n"
    let result = read(text)
    #expect(result.lesson == nil)
    #expect(result.diagnostics.count < 200)
  }

  @Test func aStepListOfAliasesStaysBounded() {
    var text = header + "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n"
    var previous = "a"
    for level in ["b", "c", "d", "e", "f", "g", "h"] {
      text +=
        "\(level): &\(level) ["
        + Array(repeating: "*\(previous)", count: 10).joined(
          separator: ", ") + "]\n"
      previous = level
    }
    text += "steps: *h\n"
    let result = read(text)
    #expect(result.lesson == nil)
    #expect(result.diagnostics.count <= 101)
  }

  @Test func bytesThatAreNotUTF8AreReportedWhereTheyAre() {
    let bytes = Array("format: 1\nid: ab".utf8) + [0xFF] + Array("c\n".utf8)
    let result = LessonReader.read(bytes, fileName: "x.yaml")
    #expect(
      result.diagnostics.map(\.message) == [
        "the file is not UTF-8 text (byte 17 is not valid UTF-8)"
      ])
    #expect(result.diagnostics.first?.location?.line == 2)
    #expect(result.diagnostics.first?.location?.column == 7)
  }

  @Test func controlCharactersAreAYAMLError() {
    let result = read("format: 1\nid: a\u{1}b\n")
    #expect(result.diagnostics.count == 1)
    #expect(
      result.diagnostics.first?.message
        == "YAML: control characters are not allowed: `\\x01` (U+0001)")
    #expect(result.diagnostics.first?.location?.line == 2)
    #expect(result.diagnostics.first?.location?.column == 6)
  }

  @Test func manyErrorsStopAtTheCap() {
    var text = header + "steps:\n"
    for _ in 0..<150 { text += "  - nothing: 1\n" }
    let result = read(text)
    #expect(result.diagnostics.count == 101)
    #expect(result.diagnostics.last?.message.contains("too many errors") == true)
  }

  @Test func tooMuchComputationIsRefused() {
    func grid(_ size: Int) -> String {
      let row = Array(repeating: "1", count: size).joined(separator: " ")
      return "|\n" + Array(repeating: "          " + row, count: size).joined(separator: "\n")
        + "\n"
    }
    var text = header + "steps:\n"
    for index in 0..<40 {
      text += "  - show:\n      layer: nn.Conv2d(1, 1, kernel_size=32, bias=False)\n"
      text += index == 0 ? "      input: &i \(grid(64))" : "      input: *i\n"
      text += index == 0 ? "      weight: &w \(grid(32))" : "      weight: *w\n"
    }
    let result = read(text)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.message.contains("more than 20000000 multiply-adds") == true)
  }

  @Test(arguments: 0..<3)
  func randomDamageToRealLessonsNeverCrashes(seed: Int) {
    var generator = SplitMix(seed: UInt64(seed))
    for file in LessonLibrary.shippedFiles {
      for _ in 0..<25 {
        var bytes = Array(file.text.utf8)
        for _ in 0..<Int.random(in: 1...6, using: &generator) {
          let position = Int.random(in: 0..<bytes.count, using: &generator)
          switch Int.random(in: 0..<4, using: &generator) {
          case 0: bytes.remove(at: position)
          case 1:
            bytes.insert(
              Array(" -:[{|>&*#\"'\n\t0x".utf8).randomElement(using: &generator)!, at: position)
          case 2: bytes[position] = UInt8.random(in: 0...255, using: &generator)
          default:
            bytes.insert(
              contentsOf: bytes[position..<min(bytes.count, position + 40)], at: position)
          }
        }
        let result = LessonReader.read(bytes, fileName: file.name)
        let lineCount = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
          .count
        for diagnostic in result.diagnostics {
          if let location = diagnostic.location {
            #expect(location.line >= 1 && location.line <= lineCount + 1, "\(diagnostic)")
            #expect(location.column >= 1, "\(diagnostic)")
          }
        }
        #expect(result.lesson != nil || result.hasErrors)
      }
    }
  }
}

/// A small seeded random generator, so that the damage is the same on every run.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
