import Testing

@testable import ConvCore

/// Python's reprs of floats, ints, strings, sizes and tuples. The expected texts are CPython 3's
/// (`repr(x)` in Python 3.11).
@Suite struct PythonFormatPrintingTests {
  @Test(
    arguments: [
      (1.0, "1.0"), (0.1, "0.1"), (1e-05, "1e-05"), (1e16, "1e+16"),
      (1e15, "1000000000000000.0"), (0.0001, "0.0001"), (0.00012, "0.00012"),
      (123.456, "123.456"), (-0.0, "-0.0"), (0.0, "0.0"), (Double.leastNonzeroMagnitude, "5e-324"),
      (3 * Double.leastNonzeroMagnitude, "1.5e-323"),
      (1.7976931348623157e308, "1.7976931348623157e+308"),
      (0.1 + 0.2, "0.30000000000000004"), (9_007_199_254_740_992.0, "9007199254740992.0"),
      (9_999_999_999_999_998.0, "9999999999999998.0"), (1.5e300, "1.5e+300"), (1e22, "1e+22"),
      (12_345_678_901_234_567.0, "1.2345678901234568e+16"), (100.0, "100.0"),
      (1.5e-10, "1.5e-10"), (-2.5, "-2.5"), (2.0 / 3, "0.6666666666666666"),
      (9.9999e-05, "9.9999e-05"), (123_456_789.0, "123456789.0"), (1e100, "1e+100"),
      (Double.infinity, "inf"), (-Double.infinity, "-inf"), (Double.nan, "nan"),
      (-Double.nan, "nan"),
    ] as [(Double, String)])
  func floatRepr(_ value: Double, _ expected: String) {
    #expect(PythonFormat.repr(value) == expected)
  }

  @Test func float32ValuesReprAsTheirDouble() {
    // `tensor.item()` of a float32 is the Python float of the float32 value.
    #expect(PythonFormat.repr(Double(Float(0.1))) == "0.10000000149011612")
    #expect(PythonFormat.repr(Double(Float(2.0 / 3))) == "0.6666666865348816")
    #expect(PythonFormat.repr(Double(Float(123_456_789))) == "123456792.0")
  }

  @Test func floatReprReadsBack() {
    // Any double's repr reads back as that double (a fixed xorshift sequence of bit patterns).
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<5000 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      let value = Double(bitPattern: state)
      guard value.isFinite else { continue }
      let text = PythonFormat.repr(value)
      #expect(Double(text) == value, "\(text)")
    }
  }

  @Test func intRepr() {
    #expect(PythonFormat.repr(0) == "0")
    #expect(PythonFormat.repr(-12) == "-12")
    #expect(PythonFormat.repr(Int.max) == "9223372036854775807")
  }

  @Test func elementRepr() {
    #expect(PythonFormat.repr(2, as: .float32) == "2.0")
    #expect(PythonFormat.repr(2, as: .float64) == "2.0")
    #expect(PythonFormat.repr(2, as: .int64) == "2")
    #expect(PythonFormat.repr(-40, as: .int64) == "-40")
  }

  @Test(
    arguments: [
      ("hello", "'hello'"), ("it's", #""it's""#), (#"say "hi""#, #"'say "hi"'"#),
      (#"both ' and ""#, #"'both \' and "'"#), ("tab\there", #"'tab\there'"#),
      ("new\nline", #"'new\nline'"#), ("cr\r", #"'cr\r'"#), (#"back\slash"#, #"'back\\slash'"#),
      ("\u{0}\u{1F}\u{7F}", #"'\x00\x1f\x7f'"#), ("caf\u{E9}", "'caf\u{E9}'"),
      ("\u{A0}nbsp", #"'\xa0nbsp'"#), ("\u{AD}", #"'\xad'"#), ("zw\u{200B}sp", #"'zw\u200bsp'"#),
      ("\u{2028}", #"'\u2028'"#), ("\u{1F600}", "'\u{1F600}'"), ("\u{E0001}", #"'\U000e0001'"#),
      ("\u{E000}", #"'\ue000'"#), ("\u{378}", #"'\u0378'"#), ("日本", "'日本'"),
      ("\u{85}", #"'\x85'"#), (" ", "' '"), ("", "''"),
      // Python works on code points: "é" written as e + combining acute stays as it is.
      ("e\u{301}", "'e\u{301}'"),
    ] as [(String, String)])
  func stringRepr(_ value: String, _ expected: String) {
    #expect(PythonFormat.repr(value) == expected)
  }

  @Test func sizeRepr() {
    #expect(PythonFormat.sizeDescription([1, 4, 4]) == "torch.Size([1, 4, 4])")
    #expect(PythonFormat.sizeDescription([]) == "torch.Size([])")
    #expect(PythonFormat.sizeDescription([0, 3]) == "torch.Size([0, 3])")
  }

  @Test func tupleRepr() {
    #expect(PythonFormat.tupleDescription([0, 3]) == "(0, 3)")
    #expect(PythonFormat.tupleDescription([3]) == "(3,)")
    #expect(PythonFormat.tupleDescription([]) == "()")
  }
}
