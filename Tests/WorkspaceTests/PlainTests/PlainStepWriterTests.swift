import Testing

@testable import ConvCore
@testable import Workspace

/// Plain mode: every step as text, no escape sequences, capped for large calls.
@Suite("PlainStepWriter")
struct PlainStepWriterTests {
  /// The plain text of `chain`, one element per line.
  static func lines(_ chain: CallChain, stepLimit: Int = PlainStepWriter.stepLimit) -> [String] {
    var lines: [String] = []
    PlainStepWriter.write(chain, stepLimit: stepLimit) { lines.append($0) }
    return lines
  }

  @Test func paddedStridedCallMatchesItsSnapshot() throws {
    let lines = Self.lines(try SeedExamples.example("E2b").chain())
    #expect(lines.contains("  0p 0p 0p"))
    #expect(lines.contains("0×1 + 0×0 + 0×1 + 0×1 + 2×1 + 4×1 + 0×0 + 3×1 + 3×0 + 2 (bias) = 11"))
    Snapshot.check(lines.joined(separator: "\n"), named: "plain-E2b")
  }

  @Test func chainMatchesItsSnapshot() throws {
    let lines = Self.lines(try SeedExamples.example("E3").chain())
    #expect(lines.first == "A chain of 2 calls: each stage's input is the previous stage's output.")
    #expect(lines.contains("Stage 2 of 2, step 2 of 3 — output[0, 1, 0]"))
    #expect(lines.contains("window: row 1, columns 0 to 1"))
    Snapshot.check(lines.joined(separator: "\n"), named: "plain-E3-chain")
  }

  @Test func oneDimensionalPoolingReadsEachRowAsAChannel() throws {
    let lines = Self.lines(try SeedExamples.example("P3").chain())
    #expect(lines.contains("window: channel 1, positions 3 to 5"))
    #expect(lines.contains("max([1], 1, 0) = 1"))
    #expect(
      lines.suffix(7) == ["output 1×6×2:", "  3 3", "  3 1", "  4 1", "  4 4", "  3 3", "  4 4"])
  }

  @Test func flattenShowsWhereEachElementGoes() throws {
    let input = Tensor(shape: [1, 3, 2], scalars: [2, 4, 3, 1, 3, 4])
    let lines = Self.lines(try CallChain(layers: [Flatten()], input: input))
    #expect(lines.contains("flat index i = h·W + w (H = 3, W = 2)"))
    #expect(lines.contains("x[0, 1, 1] → i = 1·2 + 1 = 3 → y[0, 3] = 1"))
    #expect(lines.contains("  2 4 3 1 · ·"))
    #expect(lines.suffix(2) == ["output 1×6:", "  2 4 3 1 3 4"])
  }

  @Test func noEscapeByteInAnySeedExample() throws {
    for example in try SeedExamples.all() {
      let text = Self.lines(try example.chain()).joined(separator: "\n")
      #expect(!text.unicodeScalars.contains { $0.value == 0x1B }, "\(example.name)")
      #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(example.name)")
    }
  }

  @Test func largeCallsAreCapped() throws {
    let lines = Self.lines(try SeedExamples.large())
    let headings = lines.filter { $0.hasPrefix("Step ") }
    #expect(headings.count == 200)
    #expect(headings.last == "Step 200 of 3844 — output[0, 3, 13]")
    #expect(lines.contains { $0.hasPrefix("… 3644 more steps (201 to 3844) not printed") })
    // The output so far of a 62×62 plane is its current row; grids are cut at 64 columns.
    #expect(lines.contains("output row 3 so far:"))
    #expect(lines.count < 2_500, "\(lines.count) lines")
  }

  @Test func aStepLimitOfZeroPrintsOnlyTheCall() throws {
    let lines = Self.lines(try SeedExamples.example("L1").chain(), stepLimit: 0)
    #expect(!lines.contains { $0.hasPrefix("Step ") })
    #expect(lines.contains { $0.hasPrefix("… 16 more steps (1 to 16) not printed") })
    #expect(
      lines.suffix(5) == [
        "output 4×4:", "   9 13  9 13", "  14 11 13 10", "  12 17 11 14", "  12 13 13 18",
      ])
  }
}
