import Testing

@testable import ConvCore

/// `repr(tensor.tolist())` and `repr(tensor.item())`: Python lists of Python floats and ints.
@Suite struct TensorListPrintingTests {
  typealias F = PrintingFixtures

  @Test func nestedFloatLists() {
    // 13-flatten's input, `input[0].tolist()`: floats keep their ".0".
    #expect(
      F.tensor([3, 2], [2, 4, 3, 1, 3, 4]).pythonListDescription()
        == "[[2.0, 4.0], [3.0, 1.0], [3.0, 4.0]]")
    #expect(F.tensor([2, 2], [2, 4, 3, 1]).pythonListDescription() == "[[2.0, 4.0], [3.0, 1.0]]")
  }

  @Test func float32ValuesAreTheirDoubles() {
    // `torch.tensor([0.1, 2/3]).tolist()` gives the doubles of the float32 values.
    #expect(
      F.tensor([2], [0.1, 2.0 / 3]).pythonListDescription()
        == "[0.10000000149011612, 0.6666666865348816]")
    #expect(
      F.tensor([2], [0.1, 2.0 / 3], .float64).pythonListDescription()
        == "[0.1, 0.6666666666666666]")
    #expect(
      F.tensor([2], [1e-5, 1e16]).pythonListDescription()
        == "[9.999999747378752e-06, 1.0000000272564224e+16]")
  }

  @Test func int64ListsHoldInts() {
    #expect(F.arange(6, .int64, shape: [2, 3]).pythonListDescription() == "[[0, 1, 2], [3, 4, 5]]")
  }

  @Test func specialValues() {
    #expect(
      F.tensor([4], [-0.0, .infinity, -.infinity, .nan]).pythonListDescription()
        == "[-0.0, inf, -inf, nan]")
    #expect(F.tensor([2], [1e-5, 1e16], .float64).pythonListDescription() == "[1e-05, 1e+16]")
  }

  @Test func zeroDimensionalGivesANumber() {
    #expect(Tensor(scalar: 5).pythonListDescription() == "5.0")
    #expect(Tensor(scalar: 5, dtype: .int64).pythonListDescription() == "5")
  }

  @Test func emptyLists() {
    #expect(F.tensor([0], []).pythonListDescription() == "[]")
    #expect(F.tensor([0, 3], []).pythonListDescription() == "[]")
    #expect(F.tensor([2, 0], []).pythonListDescription() == "[[], []]")
  }

  @Test func item() throws {
    #expect(try Tensor(scalar: 2).pythonItemDescription() == "2.0")
    #expect(try Tensor(scalar: 2, dtype: .int64).pythonItemDescription() == "2")
    #expect(try F.tensor([1, 1, 1], [0.1]).pythonItemDescription() == "0.10000000149011612")
    #expect(try Tensor(scalar: 1.5, dtype: .float64).pythonItemDescription() == "1.5")
  }

  @Test func itemOfSeveralElementsFails() {
    // PyTorch: RuntimeError: a Tensor with 4 elements cannot be converted to Scalar
    #expect(
      throws: TorchError(.runtimeError, "a Tensor with 4 elements cannot be converted to Scalar")
    ) {
      try F.tensor([2, 2], [1, 2, 3, 4]).pythonItemDescription()
    }
    #expect(
      throws: TorchError(.runtimeError, "a Tensor with 0 elements cannot be converted to Scalar")
    ) {
      try F.tensor([0], []).pythonItemDescription()
    }
  }
}
