import ConvCore
import Testing

/// Cases beyond the snippets. Each expectation follows from `torch/_tensor_str.py` (PyTorch 2.x,
/// default print options: precision 4, threshold 1000, edgeitems 3, linewidth 80); the comment on
/// each says which rule decides it.
@Suite struct TensorPrintingTests {
  typealias F = PrintingFixtures
  static let inf = Double.infinity
  static let nan = Double.nan

  static let dtypeAndEmptyCases: [PrintingCase] = [
    // `_str_intern`: float64 is not a default dtype, so it is named.
    PrintingCase(
      "float64 decimals", F.tensor([2], [1.5, 2.0], .float64),
      "tensor([1.5000, 2.0000], dtype=torch.float64)"),
    PrintingCase(
      "float64 integral", F.tensor([2], [1, 2], .float64),
      "tensor([1., 2.], dtype=torch.float64)"),
    // Empty tensors print `[]`; the size unless 1-D; any dtype but float32, int64 included.
    PrintingCase("empty 1-D", F.tensor([0], []), "tensor([])"),
    PrintingCase("empty 0x3", F.tensor([0, 3], []), "tensor([], size=(0, 3))"),
    PrintingCase("empty int64", F.tensor([0], [], .int64), "tensor([], dtype=torch.int64)"),
    PrintingCase(
      "empty float64 2x0", F.tensor([2, 0], [], .float64),
      "tensor([], size=(2, 0), dtype=torch.float64)"),
    // Suffixes in order: dtype, then requires_grad.
    PrintingCase(
      "float64 requiring grad", F.tensor([2], [1, 2], .float64), requiresGrad: true,
      "tensor([1., 2.], dtype=torch.float64, requires_grad=True)"),
    // grad_fn replaces requires_grad=True.
    PrintingCase(
      "grad_fn wins", F.tensor([2], [1, 2]), requiresGrad: true, gradFunction: "AddBackward0",
      "tensor([1., 2.], grad_fn=<AddBackward0>)"),
    // int64 width is the longest `str(int)` of all values, minus signs included.
    PrintingCase(
      "int64 negatives", F.tensor([2, 2], [-1, 20, 300, -4000], .int64),
      """
      tensor([[   -1,    20],
              [  300, -4000]])
      """),
  ]

  static let specialValueCases: [PrintingCase] = [
    // Non-finite values do not decide the mode: integer mode, width 2 ("1."); inf/nan get no
    // point and are longer than the width.
    PrintingCase(
      "inf and nan in integer mode", F.tensor([4], [1, inf, -inf, nan]),
      "tensor([1., inf, -inf, nan])"),
    // Fixed mode, width 6: `'{:.4f}'.format(inf)` is `inf`, right-aligned.
    PrintingCase(
      "inf and nan in fixed mode", F.tensor([4], [1.5, inf, -inf, nan]),
      "tensor([1.5000,    inf,   -inf,    nan])"),
    // Scientific mode (1e10 > 1e8), width 10.
    PrintingCase(
      "inf in scientific mode", F.tensor([2], [1e10, inf]),
      "tensor([1.0000e+10,        inf])"),
    // No nonzero finite value: the formatter keeps integer mode and width 1.
    PrintingCase(
      "only non-finite", F.tensor([3], [inf, nan, -inf]), "tensor([inf, nan, -inf])"),
    // -0. is zero, so it does not count for the width; `'{:.0f}'.format(-0.0)` is `-0`.
    PrintingCase("negative zero", F.tensor([2], [-0.0, 1]), "tensor([-0., 1.])"),
    PrintingCase("negative zero only", F.tensor([2], [-0.0, 0]), "tensor([-0., 0.])"),
    PrintingCase(
      "negative zero in fixed mode", F.tensor([2], [-0.0, 1.5]), "tensor([-0.0000, 1.5000])"),
    // Over 1e8: scientific even in integer mode.
    PrintingCase(
      "over 1e8", F.tensor([2], [1e9, 2]), "tensor([1.0000e+09, 2.0000e+00])"),
    // float32 stores 123456789 as 123456792; one value over 1e8 prints scientific.
    PrintingCase("0-d over 1e8", Tensor(scalar: 123_456_789), "tensor(1.2346e+08)"),
    // Under 1e-4: scientific.
    PrintingCase(
      "under 1e-4", F.tensor([2], [1e-5, 1]), "tensor([1.0000e-05, 1.0000e+00])"),
    // float32 0.1 is 0.100000001490116…: four decimals.
    PrintingCase("float32 tenth", F.tensor([1], [0.1]), "tensor([0.1000])"),
    // 0-d tensors go through `_scalar_str` with the same formatter.
    PrintingCase("0-d int64", Tensor(scalar: 5, dtype: .int64), "tensor(5)"),
    PrintingCase("0-d negative decimal", Tensor(scalar: -0.5), "tensor(-0.5000)"),
    PrintingCase("0-d inf", Tensor(scalar: inf), "tensor(inf)"),
    PrintingCase("0-d nan", Tensor(scalar: nan), "tensor(nan)"),
    PrintingCase("0-d zero", Tensor(scalar: 0), "tensor(0.)"),
    PrintingCase(
      "0-d requiring grad", Tensor(scalar: 2.5), requiresGrad: true,
      "tensor(2.5000, requires_grad=True)"),
  ]

  static let layoutCases: [PrintingCase] = [
    // 1-D at indent 7: floor((80 - 7) / (3 + 2)) = 14 elements per line.
    PrintingCase(
      "long row wraps", F.arange(30),
      """
      tensor([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11., 12., 13.,
              14., 15., 16., 17., 18., 19., 20., 21., 22., 23., 24., 25., 26., 27.,
              28., 29.])
      """),
    // Width 6: floor(73 / 8) = 9 per line.
    PrintingCase(
      "long row of decimals wraps", F.tensor([20], (0..<20).map { Double($0) / 7 }),
      """
      tensor([0.0000, 0.1429, 0.2857, 0.4286, 0.5714, 0.7143, 0.8571, 1.0000, 1.1429,
              1.2857, 1.4286, 1.5714, 1.7143, 1.8571, 2.0000, 2.1429, 2.2857, 2.4286,
              2.5714, 2.7143])
      """),
    // `_add_suffixes`: 13 two-digit elements make a 72-character line; 72 + 2 + 18 + 2 > 80.
    PrintingCase(
      "requires_grad wraps", F.tensor([13], (10..<23).map(Double.init)), requiresGrad: true,
      """
      tensor([10., 11., 12., 13., 14., 15., 16., 17., 18., 19., 20., 21., 22.],
             requires_grad=True)
      """),
    // PyTorch counts the last line two characters long: a 59-character line wraps although the
    // whole would be exactly 80 characters (59 + 2 + 2 + 18 > 80).
    PrintingCase(
      "requires_grad wraps at 80", F.tensor([13], [1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4]),
      requiresGrad: true,
      """
      tensor([1., 2., 3., 4., 5., 6., 7., 8., 9., 1., 2., 3., 4.],
             requires_grad=True)
      """),
    // A 55-character line keeps it: 55 + 2 + 2 + 18 = 77.
    PrintingCase(
      "requires_grad stays", F.tensor([12], [1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3]),
      requiresGrad: true,
      "tensor([1., 2., 3., 4., 5., 6., 7., 8., 9., 1., 2., 3.], requires_grad=True)"),
    // Only the last line counts.
    PrintingCase(
      "suffix after a multi-line tensor", F.tensor([2, 2], [1, 2, 3, 4]), requiresGrad: true,
      """
      tensor([[1., 2.],
              [3., 4.]], requires_grad=True)
      """),
    // Summarised (2000 > 1000) 1-D: 3 + " ..." + 3; the formatter sees only those 6 values.
    PrintingCase(
      "summarised 1-D ones", F.tensor([2000], Array(repeating: 1, count: 2000)),
      "tensor([1., 1., 1.,  ..., 1., 1., 1.])"),
    PrintingCase(
      "summarised 1-D int64", F.arange(2000, .int64),
      "tensor([   0,    1,    2,  ..., 1997, 1998, 1999])"),
    // Summarised 3-D: "..." between blocks, joined by ",\n\n".
    PrintingCase(
      "summarised 3-D", F.arange(1200, .int64, shape: [10, 2, 60]),
      """
      tensor([[[   0,    1,    2,  ...,   57,   58,   59],
               [  60,   61,   62,  ...,  117,  118,  119]],

              [[ 120,  121,  122,  ...,  177,  178,  179],
               [ 180,  181,  182,  ...,  237,  238,  239]],

              [[ 240,  241,  242,  ...,  297,  298,  299],
               [ 300,  301,  302,  ...,  357,  358,  359]],

              ...,

              [[ 840,  841,  842,  ...,  897,  898,  899],
               [ 900,  901,  902,  ...,  957,  958,  959]],

              [[ 960,  961,  962,  ..., 1017, 1018, 1019],
               [1020, 1021, 1022,  ..., 1077, 1078, 1079]],

              [[1080, 1081, 1082,  ..., 1137, 1138, 1139],
               [1140, 1141, 1142,  ..., 1197, 1198, 1199]]])
      """),
    // Summarised 4-D: blocks of 3-D joined by ",\n\n\n"; rows of 20 summarised to 3 + 3.
    PrintingCase(
      "summarised 4-D", F.arange(2400, .int64, shape: [2, 3, 20, 20]),
      """
      tensor([[[[   0,    1,    2,  ...,   17,   18,   19],
                [  20,   21,   22,  ...,   37,   38,   39],
                [  40,   41,   42,  ...,   57,   58,   59],
                ...,
                [ 340,  341,  342,  ...,  357,  358,  359],
                [ 360,  361,  362,  ...,  377,  378,  379],
                [ 380,  381,  382,  ...,  397,  398,  399]],

               [[ 400,  401,  402,  ...,  417,  418,  419],
                [ 420,  421,  422,  ...,  437,  438,  439],
                [ 440,  441,  442,  ...,  457,  458,  459],
                ...,
                [ 740,  741,  742,  ...,  757,  758,  759],
                [ 760,  761,  762,  ...,  777,  778,  779],
                [ 780,  781,  782,  ...,  797,  798,  799]],

               [[ 800,  801,  802,  ...,  817,  818,  819],
                [ 820,  821,  822,  ...,  837,  838,  839],
                [ 840,  841,  842,  ...,  857,  858,  859],
                ...,
                [1140, 1141, 1142,  ..., 1157, 1158, 1159],
                [1160, 1161, 1162,  ..., 1177, 1178, 1179],
                [1180, 1181, 1182,  ..., 1197, 1198, 1199]]],


              [[[1200, 1201, 1202,  ..., 1217, 1218, 1219],
                [1220, 1221, 1222,  ..., 1237, 1238, 1239],
                [1240, 1241, 1242,  ..., 1257, 1258, 1259],
                ...,
                [1540, 1541, 1542,  ..., 1557, 1558, 1559],
                [1560, 1561, 1562,  ..., 1577, 1578, 1579],
                [1580, 1581, 1582,  ..., 1597, 1598, 1599]],

               [[1600, 1601, 1602,  ..., 1617, 1618, 1619],
                [1620, 1621, 1622,  ..., 1637, 1638, 1639],
                [1640, 1641, 1642,  ..., 1657, 1658, 1659],
                ...,
                [1940, 1941, 1942,  ..., 1957, 1958, 1959],
                [1960, 1961, 1962,  ..., 1977, 1978, 1979],
                [1980, 1981, 1982,  ..., 1997, 1998, 1999]],

               [[2000, 2001, 2002,  ..., 2017, 2018, 2019],
                [2020, 2021, 2022,  ..., 2037, 2038, 2039],
                [2040, 2041, 2042,  ..., 2057, 2058, 2059],
                ...,
                [2340, 2341, 2342,  ..., 2357, 2358, 2359],
                [2360, 2361, 2362,  ..., 2377, 2378, 2379],
                [2380, 2381, 2382,  ..., 2397, 2398, 2399]]]])
      """),
  ]

  @Test(arguments: dtypeAndEmptyCases)
  func dtypesAndEmptyTensors(_ testCase: PrintingCase) {
    #expect(testCase.printed == testCase.expected)
  }

  @Test(arguments: specialValueCases)
  func specialValues(_ testCase: PrintingCase) {
    #expect(testCase.printed == testCase.expected)
  }

  @Test(arguments: layoutCases)
  func layout(_ testCase: PrintingCase) {
    #expect(testCase.printed == testCase.expected)
  }

  @Test func summaryDecidesOnShownValuesOnly() {
    // `get_summarized_data`: the middle value 0.5 of a 2000-element tensor is not shown, so it
    // does not turn integer mode off.
    var values = Array(repeating: 1.0, count: 2000)
    values[1000] = 0.5
    #expect(
      F.tensor([2000], values).pytorchDescription() == "tensor([1., 1., 1.,  ..., 1., 1., 1.])")
  }

  @Test func oneThousandElementsAreNotSummarised() {
    // numel > 1000 summarises; 1000 does not: width 4 ("999."), floor(73 / 6) = 12 per line,
    // 84 lines.
    let printed = F.arange(1000).pytorchDescription()
    #expect(!printed.contains("..."))
    #expect(printed.split(separator: "\n").count == 84)
    #expect(printed.hasSuffix("\n        996., 997., 998., 999.])"))
  }
}
