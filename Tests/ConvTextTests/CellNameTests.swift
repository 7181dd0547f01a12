import ConvCore
import Testing

@testable import ConvText

/// Cells are named from 0, as PyTorch indexes them and the grid labels read, with the index
/// beside the name where a dimension in front of the grid makes it useful.
@Suite struct CellNameTests {
  static func steps(_ layer: any Layer, input shape: [Int]) throws -> CallSteps {
    let count = shape.reduce(1, *)
    return try layer.steps(for: Tensor(shape: shape, scalars: (0..<count).map(Double.init)))
  }

  @Test func oneChannelIsRowAndColumnFromZero() throws {
    let steps = try Self.steps(
      Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(2)), input: [1, 3, 5])
    // The output is (1, 2, 4): step 5 is row 1, column 1.
    let name = CellName(step: 5, of: steps)
    #expect(name.text == "row 1, column 1")
    #expect(name.index == "output[0, 1, 1]")
    #expect(name.capitalized == "Row 1, column 1")
    #expect(CellName(step: 0, of: steps).text == "row 0, column 0")
  }

  @Test func severalChannelsNameTheChannelAndGiveTheIndex() throws {
    let steps = try Self.steps(
      Conv2d(inChannels: 2, outChannels: 2, kernelSize: .single(2)), input: [2, 2, 3])
    // The output is (2, 1, 2): step 3 is channel 1, row 0, column 1.
    #expect(CellName(step: 3, of: steps).text == "channel 1, row 0, column 1 — output[1, 0, 1]")
    #expect(CellName(step: 0, of: steps).text == "channel 0, row 0, column 0 — output[0, 0, 0]")
  }

  @Test func oneDimensionalCellsArePositions() throws {
    let pool = try Self.steps(MaxPool1d(kernelSize: 2), input: [2, 6])
    // The output is (2, 3): each row is a channel.
    #expect(CellName(step: 4, of: pool).text == "channel 1, position 1 — output[1, 1]")
    let single = try Self.steps(MaxPool1d(kernelSize: 2), input: [1, 6])
    #expect(CellName(step: 2, of: single).text == "position 2")
    let flat = try Self.steps(Flatten(startDimension: 0, endDimension: -1), input: [2, 3])
    #expect(CellName(step: 3, of: flat).text == "position 3")
    let rows = try Self.steps(Flatten(startDimension: 1, endDimension: -1), input: [2, 2, 2])
    #expect(CellName(step: 5, of: rows).text == "position 1 — output[1, 1]")
  }

  @Test func aBatchIsNamedByTheIndex() throws {
    let steps = try Self.steps(
      Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(2)), input: [2, 1, 2, 2])
    #expect(CellName(step: 1, of: steps).text == "row 0, column 0 — output[1, 0, 0, 0]")
  }

  @Test func spans() {
    #expect(IndexSpan.text("row", [0, 1, 2]) == "rows 0 to 2")
    #expect(IndexSpan.text("column", [-1, 0, 1]) == "columns -1 to 1")
    #expect(IndexSpan.text("position", [3]) == "position 3")
  }
}
