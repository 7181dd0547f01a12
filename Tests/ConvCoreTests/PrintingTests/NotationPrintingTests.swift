import ConvCore
import Testing

/// Every tensor of `cases/snippets/15-printing.out` (printed by PyTorch 2.x): integer mode,
/// decimals, negatives aligned to one width, scientific notation both ways, int64, zeros, a
/// summarised 40×50 tensor, a 0-d tensor and a 3-D tensor with negatives.
@Suite struct NotationPrintingTests {
  typealias F = PrintingFixtures

  static let cases: [PrintingCase] = [
    PrintingCase(
      "integral floats", F.tensor([2, 2], [1, 2, 3, 40]),
      """
      tensor([[ 1.,  2.],
              [ 3., 40.]])
      """),
    PrintingCase(
      "decimals with negatives", F.tensor([2, 2], [1.5, -2.25, 10.0, 0.125]),
      """
      tensor([[ 1.5000, -2.2500],
              [10.0000,  0.1250]])
      """),
    PrintingCase(
      "thirds", F.tensor([2], [2.0 / 3, 1.0 / 3]),
      "tensor([0.6667, 0.3333])"),
    PrintingCase(
      "mixed widths", F.tensor([3], [-0.5, 100.0, 7.0]),
      "tensor([ -0.5000, 100.0000,   7.0000])"),
    PrintingCase(
      "scientific for large", F.tensor([2], [1e10, 1.0]),
      "tensor([1.0000e+10, 1.0000e+00])"),
    PrintingCase(
      "scientific for small", F.tensor([2], [0.0001, 1.0]),
      "tensor([1.0000e-04, 1.0000e+00])"),
    PrintingCase(
      "int64", F.tensor([2, 2], [1, 2, 3, 40], .int64),
      """
      tensor([[ 1,  2],
              [ 3, 40]])
      """),
    PrintingCase(
      "zeros", F.tensor([2, 3], [0, 0, 0, 0, 0, 0]),
      """
      tensor([[0., 0., 0.],
              [0., 0., 0.]])
      """),
    PrintingCase(
      "int64 ones", F.tensor([3], [1, 1, 1], .int64),
      "tensor([1, 1, 1])"),
    PrintingCase(
      "int64 arange", F.arange(6, .int64, shape: [2, 3]),
      """
      tensor([[0, 1, 2],
              [3, 4, 5]])
      """),
    PrintingCase(
      "summarised 40x50", F.arange(2000, shape: [40, 50]),
      """
      tensor([[0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 4.7000e+01, 4.8000e+01,
               4.9000e+01],
              [5.0000e+01, 5.1000e+01, 5.2000e+01,  ..., 9.7000e+01, 9.8000e+01,
               9.9000e+01],
              [1.0000e+02, 1.0100e+02, 1.0200e+02,  ..., 1.4700e+02, 1.4800e+02,
               1.4900e+02],
              ...,
              [1.8500e+03, 1.8510e+03, 1.8520e+03,  ..., 1.8970e+03, 1.8980e+03,
               1.8990e+03],
              [1.9000e+03, 1.9010e+03, 1.9020e+03,  ..., 1.9470e+03, 1.9480e+03,
               1.9490e+03],
              [1.9500e+03, 1.9510e+03, 1.9520e+03,  ..., 1.9970e+03, 1.9980e+03,
               1.9990e+03]])
      """),
    PrintingCase("0-d", Tensor(scalar: 5), "tensor(5.)"),
    PrintingCase(
      "3-D with negatives", F.tensor([1, 2, 2], [-250, -243, 657, 294]),
      """
      tensor([[[-250., -243.],
               [ 657.,  294.]]])
      """),
  ]

  @Test(arguments: cases)
  func printsAsPyTorch(_ testCase: PrintingCase) {
    #expect(testCase.printed == testCase.expected)
  }
}
