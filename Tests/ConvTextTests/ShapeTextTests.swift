import ConvCore
import Testing

@testable import ConvText

/// Shapes as PyTorch's tuple, as the slides label a size, and as the shapes line labels a
/// call's tensors.
@Suite struct ShapeTextTests {
  @Test func tuplesAndSizes() {
    #expect(ShapeText.tuple([1, 6, 2]) == "(1, 6, 2)")
    #expect(ShapeText.tuple([4]) == "(4,)")
    #expect(ShapeText.tuple([]) == "()")
    #expect(ShapeText.size([6, 2]) == "6×2")
    #expect(ShapeText.size([4]) == "4")
  }

  /// The one channel of an unbatched grid of a 2-d window layer is left out; every other
  /// shape is written whole.
  @Test func labelsOfACallsTensors() throws {
    let conv = try CellNameTests.steps(
      Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(3)), input: [1, 6, 6])
    let window = conv.geometry.window
    #expect(ShapeText.label([1, 6, 6], window: window) == "6×6")
    #expect(ShapeText.label([3, 5, 5], window: window) == "3×5×5")
    #expect(ShapeText.label([1, 1, 8, 8], window: window) == "1×1×8×8")
    #expect(ShapeText.label([], window: window) == "scalar")
    let pool = try CellNameTests.steps(try MaxPool1d(kernelSize: 2), input: [1, 6])
    #expect(ShapeText.label([1, 6], window: pool.geometry.window) == "1×6")
    #expect(ShapeText.label([1, 6, 6], window: nil) == "1×6×6")
  }
}
