import Testing

@testable import ConvCore

/// Every tensor and size printed in the reference snippets (`cases/snippets/*.out`, printed by
/// PyTorch 2.x), byte for byte, including the `grad_fn=<…>` suffixes PyTorch printed.
@Suite struct SnippetPrintingTests {
  typealias F = PrintingFixtures

  static let conv6x6Input = F.tensor(
    [1, 6, 6],
    [
      2, 2, 1, 4, 1, 0, 0, 4, 0, 3, 3, 4, 0, 4, 1, 2, 0, 0, 2, 1, 4, 1, 3, 1, 4, 3, 1, 4, 2, 4, 2,
      0, 0, 4, 3, 4,
    ])

  static let cases: [PrintingCase] = [
    // 01-conv-no-bias.out
    PrintingCase(
      "01 input", conv6x6Input,
      """
      tensor([[[2., 2., 1., 4., 1., 0.],
               [0., 4., 0., 3., 3., 4.],
               [0., 4., 1., 2., 0., 0.],
               [2., 1., 4., 1., 3., 1.],
               [4., 3., 1., 4., 2., 4.],
               [2., 0., 0., 4., 3., 4.]]])
      """),
    PrintingCase(
      "01 kernel", F.tensor([1, 1, 3, 3], [1, 1, 0, 1, 1, 0, 1, 0, 1]),
      """
      tensor([[[[1., 1., 0.],
                [1., 1., 0.],
                [1., 0., 1.]]]])
      """),
    PrintingCase(
      "01 weight parameter", F.tensor([1, 1, 3, 3], [1, 1, 0, 1, 1, 0, 1, 0, 1]),
      requiresGrad: true,
      """
      tensor([[[[1., 1., 0.],
                [1., 1., 0.],
                [1., 0., 1.]]]], requires_grad=True)
      """),
    PrintingCase(
      "01 output",
      F.tensor([1, 4, 4], [9, 13, 9, 13, 14, 11, 13, 10, 12, 17, 11, 14, 12, 13, 13, 18]),
      gradFunction: "SqueezeBackward1",
      """
      tensor([[[ 9., 13.,  9., 13.],
               [14., 11., 13., 10.],
               [12., 17., 11., 14.],
               [12., 13., 13., 18.]]], grad_fn=<SqueezeBackward1>)
      """),
    // 02-conv-bias.out
    PrintingCase(
      "02 bias parameter", F.tensor([1], [1]), requiresGrad: true,
      "tensor([1.], requires_grad=True)"),
    PrintingCase(
      "02 output",
      F.tensor([1, 4, 4], [10, 14, 10, 14, 15, 12, 14, 11, 13, 18, 12, 15, 13, 14, 14, 19]),
      gradFunction: "SqueezeBackward1",
      """
      tensor([[[10., 14., 10., 14.],
               [15., 12., 14., 11.],
               [13., 18., 12., 15.],
               [13., 14., 14., 19.]]], grad_fn=<SqueezeBackward1>)
      """),
    // 03-conv-2x3-kernel.out
    PrintingCase(
      "03 weight parameter", F.tensor([1, 1, 2, 3], [1, 0, 1, 0, 1, 1]), requiresGrad: true,
      """
      tensor([[[[1., 0., 1.],
                [0., 1., 1.]]]], requires_grad=True)
      """),
    PrintingCase(
      "03 output",
      F.tensor(
        [1, 5, 4], [8, 10, 9, 12, 6, 11, 6, 8, 7, 12, 6, 7, 11, 8, 14, 9, 6, 12, 11, 16]),
      gradFunction: "SqueezeBackward1",
      """
      tensor([[[ 8., 10.,  9., 12.],
               [ 6., 11.,  6.,  8.],
               [ 7., 12.,  6.,  7.],
               [11.,  8., 14.,  9.],
               [ 6., 12., 11., 16.]]], grad_fn=<SqueezeBackward1>)
      """),
    // 04-padding-same.out
    PrintingCase(
      "04 output",
      F.tensor([1, 4, 4], [7, 8, 12, 8, 8, 16, 18, 11, 10, 15, 16, 9, 10, 15, 12, 6]),
      gradFunction: "SqueezeBackward1",
      """
      tensor([[[ 7.,  8., 12.,  8.],
               [ 8., 16., 18., 11.],
               [10., 15., 16.,  9.],
               [10., 15., 12.,  6.]]], grad_fn=<SqueezeBackward1>)
      """),
    // 05-padding-tuple.out
    PrintingCase(
      "05 output",
      F.tensor(
        [1, 6, 4],
        [3, 4, 2, 5, 7, 8, 12, 8, 8, 16, 18, 11, 10, 15, 16, 9, 10, 15, 12, 6, 6, 8, 5, 3]),
      gradFunction: "SqueezeBackward1",
      """
      tensor([[[ 3.,  4.,  2.,  5.],
               [ 7.,  8., 12.,  8.],
               [ 8., 16., 18., 11.],
               [10., 15., 16.,  9.],
               [10., 15., 12.,  6.],
               [ 6.,  8.,  5.,  3.]]], grad_fn=<SqueezeBackward1>)
      """),
    // 06-stride.out
    PrintingCase(
      "06 output", F.tensor([1, 2, 2], [10, 13, 11, 16]), gradFunction: "SqueezeBackward1",
      """
      tensor([[[10., 13.],
               [11., 16.]]], grad_fn=<SqueezeBackward1>)
      """),
    // 07-stride-padding.out
    PrintingCase(
      "07 output", F.tensor([1, 2, 2], [7, 8, 15, 13]), gradFunction: "SqueezeBackward1",
      """
      tensor([[[ 7.,  8.],
               [15., 13.]]], grad_fn=<SqueezeBackward1>)
      """),
    // 08-maxpool.out
    PrintingCase(
      "08 output", F.tensor([1, 3, 3], [3, 3, 3, 4, 4, 4, 4, 4, 4]),
      """
      tensor([[[3., 3., 3.],
               [4., 4., 4.],
               [4., 4., 4.]]])
      """),
    // 09-maxpool-stride.out
    PrintingCase(
      "09 output", F.tensor([1, 5, 3], [3, 3, 3, 3, 4, 1, 4, 4, 4, 4, 3, 4, 4, 4, 4]),
      """
      tensor([[[3., 3., 3.],
               [3., 4., 1.],
               [4., 4., 4.],
               [4., 3., 4.],
               [4., 4., 4.]]])
      """),
    // 10-maxpool1d.out
    PrintingCase(
      "10 output", F.tensor([1, 6, 2], [3, 3, 3, 1, 4, 1, 4, 4, 3, 3, 4, 4]),
      """
      tensor([[[3., 3.],
               [3., 1.],
               [4., 1.],
               [4., 4.],
               [3., 3.],
               [4., 4.]]])
      """),
    // 11-avgpool.out: sums of 6 inputs divided by 6 (float32).
    PrintingCase(
      "11 output", F.tensor([1, 2, 3], [12, 10, 5, 11, 10, 8].map { $0 / 6 }),
      """
      tensor([[[2.0000, 1.6667, 0.8333],
               [1.8333, 1.6667, 1.3333]]])
      """),
    // 12-avgpool1d.out: sums of 3 inputs divided by 3 (float32).
    PrintingCase(
      "12 output", F.tensor([1, 6, 2], [6, 3, 6, 2, 8, 2, 7, 5, 4, 3, 11, 10].map { $0 / 3 }),
      """
      tensor([[[2.0000, 1.0000],
               [2.0000, 0.6667],
               [2.6667, 0.6667],
               [2.3333, 1.6667],
               [1.3333, 1.0000],
               [3.6667, 3.3333]]])
      """),
    // 13-flatten.out
    PrintingCase(
      "13 output", F.tensor([1, 6], [2, 4, 3, 1, 3, 4]),
      "tensor([[2., 4., 3., 1., 3., 4.]])"),
  ]

  @Test(arguments: cases)
  func printsAsPyTorch(_ testCase: PrintingCase) {
    #expect(testCase.printed == testCase.expected)
  }

  @Test func parameterIsPrintedWithItsHeader() {
    // 01-conv-no-bias.out: `conv_layer.weight` echoes "Parameter containing:" then the repr.
    let weight = F.tensor([1, 1, 3, 3], [1, 1, 0, 1, 1, 0, 1, 0, 1])
    let printed = "Parameter containing:\n" + weight.pytorchDescription(requiresGrad: true)
    #expect(
      printed == """
        Parameter containing:
        tensor([[[[1., 1., 0.],
                  [1., 1., 0.],
                  [1., 0., 1.]]]], requires_grad=True)
        """)
  }

  @Test func sizesAsPrinted() {
    // 03, 05, 13 and 14: `output.shape` and `print(output.shape)`.
    #expect(PythonFormat.sizeDescription([1, 5, 4]) == "torch.Size([1, 5, 4])")
    #expect(PythonFormat.sizeDescription([1, 6, 4]) == "torch.Size([1, 6, 4])")
    #expect(PythonFormat.sizeDescription([1, 6]) == "torch.Size([1, 6])")
    #expect(PythonFormat.sizeDescription([1, 6, 6]) == "torch.Size([1, 6, 6])")
    #expect(PythonFormat.sizeDescription([1, 1, 3, 3]) == "torch.Size([1, 1, 3, 3])")
    #expect(PythonFormat.sizeDescription([1]) == "torch.Size([1])")
    #expect(
      F.tensor([1, 4, 4], Array(repeating: 0, count: 16)).sizeDescription
        == "torch.Size([1, 4, 4])")
  }
}
