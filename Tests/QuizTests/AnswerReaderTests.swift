import Testing

@testable import Quiz

/// The number rules: exact values, fractions, infinities, decimals rounded to the places typed.
@Suite struct AnswerReaderTests {
  static let fiveThirds = Double(Float(5.0 / 3.0))

  @Test(arguments: [
    ("4", 4.0, true), ("4.0", 4.0, true), ("2", 2.0, true), ("5", 4.0, false),
    ("-52", -52.0, true), ("−52", -52.0, true), ("5/3", fiveThirds, true),
    ("1.7", fiveThirds, true), ("1.67", fiveThirds, true), ("1.6667", fiveThirds, true),
    ("1.6666667", fiveThirds, true), ("1.6", fiveThirds, false), ("1.66", fiveThirds, false),
    ("2", fiveThirds, false), ("-inf", -Double.infinity, true), ("−∞", -Double.infinity, true),
    ("∞", Double.infinity, true), ("inf", -Double.infinity, false),
    ("0.1", Double(Float(0.1)), true),
    ("0.10000000149", Double(Float(0.1)), true), ("10/4", 2.5, true), ("2.5", 2.5, true),
    ("1e1", 10.0, true), (".5", 0.5, true),
  ])
  func numbers(text: String, value: Double, accepted: Bool) {
    guard case .number(let number) = AnswerReader.read(text) else {
      Issue.record("\(text) is not read as a number")
      return
    }
    #expect(number.matches(value) == accepted, "\(text) vs \(value)")
  }

  @Test(arguments: [
    "abc", "nan", "NaN", "1e999", "5/0", "1..2", "--3", "4a", "\u{1B}[2J", "١٢", "🙂", "1/2/3",
    String(repeating: "9", count: 10_000), String(repeating: "1 ", count: 5_000),
  ])
  func notNumbers(text: String) {
    guard case .unreadable(let message) = AnswerReader.read(text) else {
      Issue.record("\(text.prefix(20)) was read")
      return
    }
    #expect(message.hasPrefix("not a number"))
    #expect(!message.contains("\u{1B}"))
  }

  @Test func rowsShapesAndWords() {
    #expect(
      AnswerReader.read("11 13 12")
        == .numbers(["11", "13", "12"].map { AnswerReader.number($0)! }))
    #expect(AnswerReader.read("11, 13, 12").isNumbers)
    #expect(AnswerReader.read("5x3") == .shape([5, 3], isLabel: true))
    #expect(AnswerReader.read("5×3") == .shape([5, 3], isLabel: true))
    #expect(AnswerReader.read("(1, 5, 3)") == .shape([1, 5, 3], isLabel: false))
    #expect(AnswerReader.read("[1, 5, 3]") == .shape([1, 5, 3], isLabel: false))
    #expect(AnswerReader.read("torch.Size([1, 5, 3])") == .shape([1, 5, 3], isLabel: false))
    #expect(AnswerReader.read("5 3", expectingShape: true) == .shape([5, 3], isLabel: true))
    #expect(AnswerReader.read("?") == .hint)
    #expect(AnswerReader.read(" hint ") == .hint)
    #expect(AnswerReader.read("give up") == .giveUp)
    #expect(AnswerReader.read("   ") == .empty)
  }
}

extension ReadAnswer {
  var isNumbers: Bool {
    if case .numbers = self { return true }
    return false
  }
}
