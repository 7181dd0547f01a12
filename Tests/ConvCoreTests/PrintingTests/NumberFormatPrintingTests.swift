import Testing

@testable import ConvCore

/// The number conversions behind tensor printing, checked against CPython: `repr(x)`,
/// `'{:.4e}'.format(x)` and `'{:.4f}'.format(x)` of doubles drawn at random (bit patterns, decimals
/// and float32 values) by a Python script; the same comparison passed on 104,644 values.
@Suite struct NumberFormatPrintingTests {
  /// (bit pattern, repr, `.4e`, `.4f` or "" when too long to list).
  static let samples: [(UInt64, String, String, String)] = [
    (0x40b68f8000000000, "5775.5", "5.7755e+03", "5775.5000"),
    (0xb64d7e2a037c50b1, "-4.035962440762068e-47", "-4.0360e-47", "-0.0000"),
    (0x7301c476e5b44de5, "9.70535249603049e+245", "9.7054e+245", ""),
    (0x4101846f4497fa5d, "143501.908493", "1.4350e+05", "143501.9085"),
    (0x4950c055df235d48, "1.4942668107121665e+45", "1.4943e+45", ""),
    (0x4050de92a0000000, "67.47769927978516", "6.7478e+01", "67.4777"),
    (0x40f7e0a000000000, "97802.0", "9.7802e+04", "97802.0000"),
    (0x5ef5eb21a76253a1, "2.802646640306072e+149", "2.8026e+149", ""),
    (0xc092f0cb367a0f91, "-1212.19845", "-1.2122e+03", "-1212.1985"),
    (0x477c76f7b43ae105, "2.364756184109267e+36", "2.3648e+36", ""),
    (0x66ed29ad77757b62, "6.344488028210147e+187", "6.3445e+187", ""),
    (0x3f1522f0d38ec936, "8.06293e-05", "8.0629e-05", "0.0001"),
    (0x890812e04cfa3f5d, "-3.732994115285295e-265", "-3.7330e-265", "-0.0000"),
    (0x4109e3e054fdf3b6, "212092.0415", "2.1209e+05", "212092.0415"),
    (0xc0487b99a0000000, "-48.96562576293945", "-4.8966e+01", "-48.9656"),
    (0xc0718ccc00000000, "-280.7998046875", "-2.8080e+02", "-280.7998"),
    (0xc119c60ecccccccd, "-422275.7", "-4.2228e+05", "-422275.7000"),
    (0x403ff56d20000000, "31.958696365356445", "3.1959e+01", "31.9587"),
    (0x41214d60e6e978d5, "566960.451", "5.6696e+05", "566960.4510"),
    (0x3f149e2c2c5716aa, "7.86509e-05", "7.8651e-05", "0.0001"),
    (0xc040c05540000000, "-33.502601623535156", "-3.3503e+01", "-33.5026"),
    (0x7daac217a385849f, "2.1874704662389525e+297", "2.1875e+297", ""),
    (0xab3e337c7e7346f4, "-2.1574685942115454e-100", "-2.1575e-100", "-0.0000"),
    (0x72edb25d89289bfb, "4.055414563095113e+245", "4.0554e+245", ""),
    (0x4046c657e0000000, "45.549556732177734", "4.5550e+01", "45.5496"),
    (0xbff70acce0000000, "-1.4401367902755737", "-1.4401e+00", "-1.4401"),
    (0x404e771920000000, "60.93045425415039", "6.0930e+01", "60.9305"),
    (0x41298e6600000000, "837427.0", "8.3743e+05", "837427.0000"),
    (0xc031d584c0000000, "-17.834056854248047", "-1.7834e+01", "-17.8341"),
    (0xd9f10e48fadb3f65, "-1.8039742575604005e+125", "-1.8040e+125", ""),
    (0x387d17ae0022f5cc, "1.3679227190374421e-36", "1.3679e-36", "0.0000"),
    (0x41287f406c083127, "802720.211", "8.0272e+05", "802720.2110"),
    (0xc036242700000000, "-22.141220092773438", "-2.2141e+01", "-22.1412"),
    (0x7132ecd968f570f4, "1.9255593285616817e+237", "1.9256e+237", ""),
    (0x32e0d2b9dcfe4e78, "1.2779627738919754e-63", "1.2780e-63", "0.0000"),
    (0x4048504e60000000, "48.62739181518555", "4.8627e+01", "48.6274"),
    (0xc10daef8b50331e4, "-243167.088385", "-2.4317e+05", "-243167.0884"),
    (0x40f0fe8000000000, "69608.0", "6.9608e+04", "69608.0000"),
    (0xc02c6ec060000000, "-14.21631145477295", "-1.4216e+01", "-14.2163"),
    (0x6a944baee9401164, "2.545304594431201e+205", "2.5453e+205", ""),
  ]

  @Test func matchesCPython() {
    for (bits, repr, scientific, fixed) in Self.samples {
      let value = Double(bitPattern: bits)
      #expect(PythonFormat.repr(value) == repr)
      #expect(CNumberFormat.scientific(value, digits: 4) == scientific)
      if !fixed.isEmpty { #expect(CNumberFormat.fixed(value, digits: 4) == fixed) }
    }
  }

  @Test func roundsHalfToEvenOnTheBinaryValue() {
    // Python: '{:.0f}'.format(0.5) == '0', 1.5 -> '2', 2.5 -> '2'; 0.125 is exact, so
    // '{:.2f}' gives '0.12'; 1.00005 is stored a little above, so '{:.4f}' gives '1.0001'.
    #expect(CNumberFormat.fixed(0.5, digits: 0) == "0")
    #expect(CNumberFormat.fixed(1.5, digits: 0) == "2")
    #expect(CNumberFormat.fixed(2.5, digits: 0) == "2")
    #expect(CNumberFormat.fixed(0.125, digits: 2) == "0.12")
    #expect(CNumberFormat.fixed(1.00005, digits: 4) == "1.0001")
    #expect(CNumberFormat.fixed(-0.0, digits: 0) == "-0")
  }

  @Test func nonFiniteAsPython() {
    // Python never writes "-nan".
    #expect(CNumberFormat.fixed(-Double.nan, digits: 4) == "nan")
    #expect(CNumberFormat.scientific(Double.nan, digits: 4) == "nan")
    #expect(CNumberFormat.fixed(-Double.infinity, digits: 0) == "-inf")
    #expect(CNumberFormat.scientific(Double.infinity, digits: 4) == "inf")
  }

  @Test func longFixedText() {
    // '{:.4f}'.format(1e300) is 301 digits and four decimals.
    let text = CNumberFormat.fixed(1e300, digits: 4)
    #expect(text.count == 306)
    #expect(
      text.hasPrefix(
        "10000000000000000525047602552044202487044685811081591549158541155118024579889081"
          + "95786371375080447864043704443832883878176942523235360430575644792184786706982848"))
    #expect(text.hasSuffix(".0000"))
  }
}
