import Testing

@testable import ConvCore

/// Max and average pooling, 2-d and 1-d: padding, ceil_mode, count_include_pad,
/// divisor_override, dilation, NaN, int64.
@Suite struct PoolingTests {
  static let twoByTwo = LayerSupport.grid([[1, 2], [3, 4]])

  @Test func maxPoolingPaddingNeverWins() throws {
    let pool = try MaxPool2d(kernelSize: .single(2), stride: .single(1), padding: .single(1))
    let input = LayerSupport.grid([[-5, -6], [-7, -8]])
    let output = try pool.forward(input)
    #expect(output.shape == [1, 3, 3])
    #expect(output.scalars == [-5, -5, -6, -5, -5, -6, -7, -7, -8])
    let steps = try pool.steps(for: input)
    #expect(steps.paddedInput.shape == [1, 4, 4])
    #expect(steps.paddedInput.scalars[0] == -.infinity)
    let first = steps[0]
    #expect(first.window.filter(\.isPadding).count == 3)
    #expect(first.window.filter(\.isPadding).allSatisfy { $0.value == -.infinity })
    guard case .maximum(let maximum) = first.operation else {
      Issue.record("not a maximum")
      return
    }
    #expect(maximum.winner == 3)
    #expect(maximum.comparedCount == 1)
  }

  @Test func ceilModeKeepsAPartialLastWindow() throws {
    let input = Tensor(shape: [1, 5, 5], scalars: (0..<25).map(Double.init))
    let pool = try MaxPool2d(kernelSize: .single(2), ceilMode: true)
    let steps = try pool.steps(for: input)
    #expect(steps.output.shape == [1, 3, 3])
    #expect(steps.output.scalars == [6, 8, 9, 16, 18, 19, 21, 23, 24])
    // The last window hangs over the right and bottom edges.
    let last = steps[8]
    #expect(last.window.map(\.kind) == [.input, .overhang, .overhang, .overhang])
    #expect(steps.geometry.window?.rowFormula.text == "⌈(5 - 2) / 2⌉ + 1 = 3")
  }

  @Test func ceilModeDropsAWindowThatWouldStartInTheRightPadding() throws {
    let pool = try AvgPool1d(kernelSize: 2, stride: 2, padding: 1, ceilMode: true)
    let input = Tensor(shape: [1, 5], scalars: [1, 2, 3, 4, 5])
    let steps = try pool.steps(for: input)
    let formula = try #require(steps.geometry.window?.columnFormula)
    #expect(formula.droppedLastWindow)
    #expect(formula.text == "⌈(5 + 2·1 - 2) / 2⌉ + 1 - 1 = 3")
    #expect(steps.output.shape == [1, 3])
    // Windows start at −1, 1 and 3; padded zeros count.
    #expect(steps.output.scalars == [0.5, 2.5, 4.5])
  }

  @Test(arguments: [(true, [1.0, 3.0, 5.0, 3.0]), (false, [1.5, 3.0, 5.0, 6.0])])
  func averageDivisorIsClippedToThePaddedInput(countIncludePad: Bool, expected: [Double]) throws {
    // L = 6, kernel 3, stride 2, padding 1, ceil: windows at −1, 1, 3, 5; the last one is
    // clipped to the padded input (5..<7), so its divisor is 2 (1 without the padded zero).
    let pool = try AvgPool1d(
      kernelSize: 3, stride: 2, padding: 1, ceilMode: true, countIncludePad: countIncludePad)
    let input = Tensor(shape: [1, 6], scalars: [1, 2, 3, 4, 5, 6])
    let steps = try pool.steps(for: input)
    #expect(steps.output.scalars == expected)
    guard case .average(let last) = steps[3].operation else {
      Issue.record("not an average")
      return
    }
    #expect(last.divisor == (countIncludePad ? 2 : 1))
    #expect(last.summedCount == 1)
    #expect(last.countedPaddingCount == (countIncludePad ? 1 : 0))
    #expect(steps[3].window.map(\.kind) == [.input, .padding, .overhang])
  }

  @Test(arguments: [(true, [0.25, 0.5, 0.75, 1.0]), (false, [1.0, 2.0, 3.0, 4.0])])
  func averageCountsPaddedZerosUnlessTold(countIncludePad: Bool, expected: [Double]) throws {
    let pool = try AvgPool2d(
      kernelSize: .single(2), padding: .single(1), countIncludePad: countIncludePad)
    let steps = try pool.steps(for: Self.twoByTwo)
    #expect(steps.output.scalars == expected)
    guard case .average(let first) = steps[0].operation else {
      Issue.record("not an average")
      return
    }
    #expect(first.sum == 1)
    #expect(first.divisor == (countIncludePad ? 4 : 1))
    #expect(first.countedPaddingCount == (countIncludePad ? 3 : 0))
    #expect(first.countIncludePad == countIncludePad)
  }

  @Test func divisorOverrideReplacesTheDivisor() throws {
    let pool = try AvgPool2d(kernelSize: .single(2), divisorOverride: 3)
    let steps = try pool.steps(for: Self.twoByTwo)
    #expect(steps.output.scalars == [Double(Float(10.0 / 3.0))])
    guard case .average(let average) = steps[0].operation else {
      Issue.record("not an average")
      return
    }
    #expect(average.divisor == 3 && average.divisorOverride == 3)
    #expect(pool.description == "AvgPool2d(kernel_size=2, stride=2, padding=0)")
  }

  @Test func nanWinsAMaxPool() throws {
    let input = LayerSupport.grid([[1, .nan], [3, 2]])
    let steps = try MaxPool2d(kernelSize: .single(2)).steps(for: input)
    #expect(steps.output.scalars[0].isNaN)
    guard case .maximum(let maximum) = steps[0].operation else {
      Issue.record("not a maximum")
      return
    }
    #expect(maximum.winner == 1)
    LayerSupport.expectStepsMatchOutput(steps)
  }

  @Test func firstMaximumInScanOrderWins() throws {
    let input = LayerSupport.grid([[1, 4], [4, 4]])
    let steps = try MaxPool2d(kernelSize: .single(2)).steps(for: input)
    guard case .maximum(let maximum) = steps[0].operation else {
      Issue.record("not a maximum")
      return
    }
    #expect(maximum.winner == 1)
    #expect(maximum.comparedCount == 4)
  }

  @Test func dilatedMaxPoolReadsSpreadTaps() throws {
    let input = Tensor(shape: [1, 5, 5], scalars: (0..<25).map(Double.init))
    let pool = try MaxPool2d(kernelSize: .single(2), stride: .single(1), dilation: .single(2))
    let output = try pool.forward(input)
    #expect(output.shape == [1, 3, 3])
    #expect(output.scalars == [12, 13, 14, 17, 18, 19, 22, 23, 24])
    #expect(
      pool.description
        == "MaxPool2d(kernel_size=2, stride=1, padding=0, dilation=2, ceil_mode=False)")
    // Padding up to half the dilated kernel (3 // 2 = 1) is allowed.
    _ = try MaxPool2d(kernelSize: .single(2), padding: .single(1), dilation: .single(2))
  }

  @Test func aDilatedWindowMayMissTheInputEntirely() throws {
    let pool = try MaxPool2d(
      kernelSize: .pair(1, 2), stride: .single(1), padding: .pair(0, 1), dilation: .pair(1, 3))
    let steps = try pool.steps(for: Tensor(shape: [1, 1, 2], scalars: [5, 6]))
    #expect(steps.output.shape == [1, 1, 1])
    #expect(steps.output.scalars == [-.infinity])
    guard case .maximum(let maximum) = steps[0].operation else {
      Issue.record("not a maximum")
      return
    }
    #expect(maximum.winner == nil && maximum.comparedCount == 0)
  }

  @Test func oneDimensionalPoolsTreatEachRowAsAChannel() throws {
    let rows: [[Double]] = [[3, 2, 1, 0, 0, 3], [0, 3, 3, 1, 1, 0]]
    let unbatched = Tensor(shape: [2, 6], scalars: rows.flatMap { $0 })
    let batched = Tensor(shape: [1, 2, 6], scalars: rows.flatMap { $0 })
    let pool = try MaxPool1d(kernelSize: 3)
    #expect(try pool.forward(unbatched).shape == [2, 2])
    #expect(try pool.forward(unbatched).scalars == [3, 3, 3, 1])
    let steps = try pool.steps(for: batched)
    #expect(steps.output.shape == [1, 2, 2])
    let window = try #require(steps.geometry.window)
    #expect(window.isOneDimensional)
    #expect(window.formulas.count == 1)
    #expect(steps[3].location == Step.Location(batch: 0, channel: 1, row: 0, column: 1))
    #expect(steps[3].window.map(\.sourceColumn) == [3, 4, 5])
    #expect(steps[3].window.allSatisfy { $0.channel == 1 && $0.sourceRow == 0 })
    #expect(steps[3].outputPosition == [0, 1, 1])
  }

  @Test func maxPool2dTakesInt64LikePyTorchOnTheCPU() throws {
    let input = Tensor(shape: [1, 2, 2], scalars: [1, 7, -3, 2], dtype: .int64)
    let output = try MaxPool2d(kernelSize: .single(2)).forward(input)
    #expect(output.dtype == .int64)
    #expect(output.scalars == [7])
    let padded = try MaxPool2d(kernelSize: .single(2), padding: .single(1)).steps(for: input)
    #expect(padded.paddedInput.dtype == .float64)
    #expect(padded.paddedInput.scalars[0] == -.infinity)
    #expect(padded.output.dtype == .int64)
  }

  @Test func averagePoolOfInt64TruncatesLikeCPlusPlus() throws {
    let positive = Tensor(shape: [1, 2, 2], scalars: [1, 2, 3, 5], dtype: .int64)
    let negative = Tensor(shape: [1, 2, 2], scalars: [-1, -2, -3, -5], dtype: .int64)
    let pool = try AvgPool2d(kernelSize: .single(2))
    #expect(try pool.forward(positive).scalars == [2])
    #expect(try pool.forward(negative).scalars == [-2])
    #expect(try pool.forward(negative).dtype == .int64)
    let pool1d = try AvgPool1d(kernelSize: 2)
    #expect(
      try pool1d.forward(Tensor(shape: [1, 2], scalars: [3, 4], dtype: .int64)).scalars == [3])
  }

  @Test func float64StaysFloat64() throws {
    let input = Tensor(shape: [1, 1, 3], scalars: [1, 2, 2], dtype: .float64)
    let output = try AvgPool1d(kernelSize: 3).forward(input)
    #expect(output.dtype == .float64)
    #expect(output.scalars == [5.0 / 3.0])
  }

  @Test func reprsMatchPyTorchs() throws {
    #expect(
      try MaxPool2d(kernelSize: .pair(3, 2), padding: .pair(1, 0), ceilMode: true).description
        == "MaxPool2d(kernel_size=(3, 2), stride=(3, 2), padding=(1, 0), dilation=1, ceil_mode=True)"
    )
    #expect(
      try MaxPool1d(kernelSize: 2, stride: 1, padding: 1, dilation: 2).description
        == "MaxPool1d(kernel_size=2, stride=1, padding=1, dilation=2, ceil_mode=False)")
    #expect(
      try AvgPool1d(kernelSize: 4, stride: 2, padding: 2).description
        == "AvgPool1d(kernel_size=(4,), stride=(2,), padding=(2,))")
    #expect(
      try AvgPool2d(kernelSize: .pair(2, 2), stride: .single(1)).description
        == "AvgPool2d(kernel_size=(2, 2), stride=1, padding=0)")
  }
}
