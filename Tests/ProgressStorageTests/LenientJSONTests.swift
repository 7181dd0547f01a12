import Testing

@testable import ProgressStorage

/// JSON read as far as it goes.
@Suite struct LenientJSONTests {
  static func read(_ text: String) -> (value: LenientJSON?, isWhole: Bool) {
    LenientJSON.read(Array(text.utf8))
  }

  @Test func wholeJSON() {
    let (value, isWhole) = Self.read(
      #" {"a": [1, -2.5e3, true, false, null], "b": "x\"\\\/\n\u00e9\ud83d\ude00"} "#)
    #expect(isWhole)
    #expect(
      value
        == .object([
          ("a", .array([.number(1), .number(-2500), .bool(true), .bool(false), .null])),
          ("b", .string("x\"\\/\né😀")),
        ]))
  }

  @Test func aCutKeepsWhatStoodBefore() {
    let (value, isWhole) = Self.read(#"{"a": {"b": 1, "c": [2, 3"#)
    #expect(!isWhole)
    #expect(
      value
        == .object([("a", .object([("b", .number(1)), ("c", .array([.number(2), .number(3)]))]))]))
    #expect(Self.read(#"{"a": "unclosed"#).value == .object([]))
    #expect(Self.read(#"{"a": 1, "b"#).value == .object([("a", .number(1))]))
    #expect(Self.read("").value == nil)
  }

  @Test func wordsForNumbersThatJSONHasNot() {
    #expect(Self.read("NaN").value?.number?.isNaN == true)
    #expect(
      Self.read("[Infinity, -Infinity, 1e999]").value
        == .array([.number(.infinity), .number(-.infinity), .number(.infinity)]))
  }

  @Test func damageInTheMiddleEndsThatContainer() {
    let (value, isWhole) = Self.read(#"{"a": 1, "b": @@, "c": 3}"#)
    #expect(!isWhole)
    #expect(value?["a"] == .number(1))
    #expect(value?["c"] == nil)
  }

  @Test func nestingIsBounded() {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let (value, isWhole) = Self.read(deep)
    #expect(!isWhole)
    var depth = 0
    var current = value
    while case .array(let elements)? = current {
      depth += 1
      current = elements.first
    }
    #expect(depth == LenientJSON.maximumDepth)
  }

  @Test func loneSurrogatesAndBadUTF8AreRepaired() {
    #expect(Self.read(#""\ud800x""#).value == .string("\u{FFFD}x"))
    #expect(LenientJSON.read([0x22, 0xFF, 0x41, 0x22]).value == .string("\u{FFFD}A"))
  }

  @Test func valuesAsNumbersAndYes() {
    #expect(LenientJSON.string(" 7 ").number == 7)
    #expect(LenientJSON.bool(true).number == 1)
    #expect(LenientJSON.array([]).number == nil)
    #expect(LenientJSON.string("true").isTrue && LenientJSON.number(2).isTrue)
    #expect(!LenientJSON.string("yes").isTrue && !LenientJSON.null.isTrue)
  }
}
