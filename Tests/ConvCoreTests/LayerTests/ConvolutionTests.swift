import Testing

@testable import ConvCore

/// Conv2d: channels, groups, dilation, stride, padding and padding modes, the functional form,
/// replaced weights, dtypes. Expected values were worked out independently (NumPy's `np.pad`
/// modes `reflect`/`edge`/`wrap` match PyTorch's `reflect`/`replicate`/`circular`).
@Suite struct ConvolutionTests {
  /// A 3×3 input and an asymmetric 3×3 kernel, so that a wrong padding value shows.
  static let small = LayerSupport.grid([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
  static let kernel = Tensor(shape: [1, 1, 3, 3], scalars: [1, 0, 2, 0, 1, 0, 3, 0, 1])

  static func conv(
    _ weight: Tensor, bias: [Double]? = nil, stride: PairArgument = .single(1),
    padding: ConvolutionPadding = .explicit(.single(0)), dilation: PairArgument = .single(1),
    groups: Int = 1, mode: PaddingMode = .zeros
  ) throws -> Conv2d {
    var layer = try Conv2d(
      inChannels: weight.shape[1] * groups, outChannels: weight.shape[0],
      kernelSize: .pair(weight.shape[2], weight.shape[3]), stride: stride, padding: padding,
      dilation: dilation, groups: groups, bias: bias != nil, paddingMode: mode)
    layer.weight = weight
    if let bias { layer.bias = Tensor(shape: [bias.count], scalars: bias) }
    return layer
  }

  @Test(arguments: [
    (PaddingMode.reflect, [36.0, 36, 38, 42, 43, 44, 42, 42, 45]),
    (.replicate, [23, 27, 32, 38, 43, 48, 50, 55, 61]),
    (.circular, [50, 47, 44, 49, 43, 41, 34, 30, 30]),
    (.zeros, [6, 20, 18, 16, 43, 32, 17, 24, 15]),
  ])
  func paddingModesFillThePaddingLikeFPad(mode: PaddingMode, expected: [Double]) throws {
    let layer = try Self.conv(Self.kernel, padding: .explicit(.single(1)), mode: mode)
    let output = try layer.forward(Self.small)
    #expect(output.shape == [1, 3, 3])
    #expect(output.scalars == expected)
    let steps = try layer.steps(for: Self.small)
    #expect(steps.paddedInput.shape == [1, 5, 5])
    LayerSupport.expectStepsMatchOutput(steps)
  }

  @Test func reflectPaddingMayReachOneLessThanTheInput() throws {
    let layer = try Self.conv(Self.kernel, padding: .explicit(.single(2)), mode: .reflect)
    let output = try layer.forward(Self.small)
    #expect(output.shape == [1, 5, 5])
    #expect(
      output.scalars == [
        39, 36, 38, 38, 39, 38, 36, 36, 38, 38, 47, 42, 43, 44, 47, 44, 42, 42, 45, 44, 39, 36,
        38, 38, 39,
      ])
  }

  @Test func eachOutputChannelSumsOverAllInputChannelsAndAddsItsBias() throws {
    let input = Tensor(shape: [2, 4, 4], scalars: (0..<32).map(Double.init))
    let weight = Tensor(
      shape: [2, 2, 2, 2], scalars: [1, -1, 0, 2, 0, 1, 1, 0, 2, 0, 0, 0, -1, -1, 1, 1])
    let layer = try Self.conv(weight, bias: [1, -2])
    let output = try layer.forward(input)
    #expect(output.shape == [2, 3, 3])
    #expect(
      output.scalars == [47, 51, 55, 63, 67, 71, 79, 83, 87, 6, 8, 10, 14, 16, 18, 22, 24, 26])
  }

  @Test func groupsSplitTheChannels() throws {
    let input = Tensor(shape: [4, 3, 3], scalars: (0..<36).map(Double.init))
    let weight = Tensor(shape: [2, 2, 1, 1], scalars: [1, 2, -1, 3])
    let layer = try Self.conv(weight, groups: 2)
    #expect(layer.inChannels == 4)
    #expect(
      layer.description == "Conv2d(4, 2, kernel_size=(1, 1), stride=(1, 1), groups=2, bias=False)")
    let output = try layer.forward(input)
    #expect(
      output.scalars == [18, 21, 24, 27, 30, 33, 36, 39, 42, 63, 65, 67, 69, 71, 73, 75, 77, 79])
    let steps = try layer.steps(for: input)
    // Output channel 1 reads only input channels 2 and 3.
    #expect(Set(steps[9].window.map(\.channel)) == [2, 3])
    #expect(steps[9].window.map(\.kernelChannel) == [0, 1])
  }

  @Test func dilationSpreadsTheTaps() throws {
    let input = Tensor(shape: [1, 5, 5], scalars: (0..<25).map(Double.init))
    let weight = Tensor(shape: [1, 1, 2, 2], scalars: [1, 2, 3, 4])
    let output = try Self.conv(weight, dilation: .single(2)).forward(input)
    #expect(output.shape == [1, 3, 3])
    #expect(output.scalars == [82, 92, 102, 132, 142, 152, 182, 192, 202])
    let mixed = try Self.conv(
      weight, stride: .pair(2, 3), padding: .explicit(.single(1)), dilation: .pair(2, 1))
    #expect(
      mixed.description
        == "Conv2d(1, 1, kernel_size=(2, 2), stride=(2, 3), padding=(1, 1), dilation=(2, 1), bias=False)"
    )
    let mixedOutput = try mixed.forward(input)
    #expect(mixedOutput.shape == [1, 3, 2])
    #expect(mixedOutput.scalars == [20, 53, 70, 146, 30, 53])
  }

  @Test func samePaddingPutsTheExtraColumnRightForAnEvenKernel() throws {
    let input = LayerSupport.grid([[1, 2, 3, 4, 5]])
    let weight = Tensor(shape: [1, 1, 1, 4], scalars: [1, 10, 100, 1000])
    let layer = try Self.conv(weight, padding: .same)
    let steps = try layer.steps(for: input)
    #expect(steps.geometry.window?.padding == EdgePadding(top: 0, bottom: 0, left: 1, right: 2))
    #expect(steps.output.scalars == [3210, 4321, 5432, 543, 54])
    let reflect = try Self.conv(weight, padding: .same, mode: .reflect)
    #expect(try reflect.forward(input).scalars == [3212, 4321, 5432, 4543, 3454])
    #expect(
      reflect.description
        == "Conv2d(1, 1, kernel_size=(1, 4), stride=(1, 1), padding=same, bias=False, padding_mode=reflect)"
    )
  }

  @Test func samePaddingWithDilationPadsTheDilatedKernel() throws {
    let weight = Tensor(shape: [1, 1, 2, 2], scalars: [1, 2, 3, 4])
    let layer = try Self.conv(weight, padding: .same, dilation: .single(2))
    let output = try layer.forward(Self.small)
    #expect(output.shape == [1, 3, 3])
    #expect(output.scalars == [20, 36, 15, 36, 68, 26, 10, 16, 5])
  }

  @Test func batchedInputKeepsTheBatchAndEachSampleIsIndependent() throws {
    let first = (0..<16).map(Double.init)
    let second = first.map { 20 - $0 }
    let batch = Tensor(shape: [2, 1, 4, 4], scalars: first + second)
    let layer = try Self.conv(Tensor(shape: [1, 1, 2, 2], scalars: [1, 1, 1, 1]), bias: [0.5])
    let output = try layer.forward(batch)
    #expect(output.shape == [2, 1, 3, 3])
    let alone = try layer.forward(Tensor(shape: [1, 4, 4], scalars: second))
    #expect(Array(output.scalars[9...]) == alone.scalars)
    let steps = try layer.steps(for: batch)
    #expect(steps.geometry.isBatched)
    #expect(steps[9].location == Step.Location(batch: 1, channel: 0, row: 0, column: 0))
    #expect(steps[9].outputPosition == [1, 0, 0, 0])
    LayerSupport.expectStepsMatchOutput(steps)
  }

  @Test func functionalFormTakesItsChannelsFromTheWeight() throws {
    let weight = Tensor(shape: [1, 1, 3, 3], scalars: [1, 1, 1, 1, 1, 1, 0, 1, 0])
    let bias = Tensor(shape: [1], scalars: [1])
    let layer = try Conv2d(
      weight: weight, bias: bias, stride: .pair(2, 2), padding: .explicit(.single(1)))
    #expect(layer.name == "conv2d")
    #expect(layer.inChannels == 1 && layer.outChannels == 1 && layer.kernelSize == Pair(3))
    // Slide example L7.
    let input = LayerSupport.grid([[0, 3, 1, 1], [3, 1, 2, 0], [3, 4, 2, 3], [3, 0, 0, 2]])
    #expect(try layer.forward(input).scalars == [7, 8, 15, 13])
    #expect(layer.description.hasPrefix("F.conv2d(input, weight [1, 1, 3, 3], bias [1]"))
  }

  @Test func aReplacedWeightDecidesTheKernelSize() throws {
    var layer = try Conv2d(inChannels: 1, outChannels: 1, kernelSize: .single(3), bias: false)
    layer.weight = Tensor(shape: [2, 1, 1, 2], scalars: [1, -1, 2, 0])
    let output = try layer.forward(LayerSupport.grid([[1, 5, 2], [0, 3, 3]]))
    #expect(output.shape == [2, 2, 2])
    #expect(output.scalars == [-4, 3, -3, 0, 2, 10, 0, 6])
    // The repr keeps the constructor's arguments, as PyTorch's does.
    #expect(layer.description == "Conv2d(1, 1, kernel_size=(3, 3), stride=(1, 1), bias=False)")
  }

  @Test func outputTakesTheInputsFloatTypeAndRoundsToIt() throws {
    let input32 = LayerSupport.grid([[0.1]])
    let layer32 = try Self.conv(Tensor(shape: [1, 1, 1, 1], scalars: [0.1]))
    let product32 = try layer32.forward(input32).scalars[0]
    #expect(product32 == Double(Float(0.1) * Float(0.1)))
    let input64 = Tensor(shape: [1, 1, 1], scalars: [0.1], dtype: .float64)
    var layer64 = layer32
    layer64.weight = Tensor(shape: [1, 1, 1, 1], scalars: [0.1], dtype: .float64)
    let output64 = try layer64.forward(input64)
    #expect(output64.dtype == .float64)
    #expect(output64.scalars[0] == 0.1 * 0.1)
  }

  @Test func newLayerHasZeroWeightAndBiasOfTheRightShapes() throws {
    let layer = try Conv2d(inChannels: 4, outChannels: 6, kernelSize: .pair(2, 3), groups: 2)
    #expect(layer.weight.shape == [6, 2, 2, 3])
    #expect(layer.weight.dtype == .float32)
    #expect(layer.weight.scalars.allSatisfy { $0 == 0 })
    #expect(layer.bias?.shape == [6])
  }

  @Test func largeConvolutionMatchesANaiveLoop() throws {
    let input = Tensor(
      shape: [3, 9, 8], scalars: (0..<216).map { Double(($0 * 37) % 11) - 5 })
    let weight = Tensor(
      shape: [4, 3, 3, 2], scalars: (0..<72).map { Double(($0 * 13) % 7) - 3 })
    let layer = try Self.conv(
      weight, bias: [1, 2, 3, 4], stride: .pair(2, 1), padding: .explicit(.pair(1, 2)),
      dilation: .pair(1, 2))
    let output = try layer.forward(input)
    // A direct, unoptimised reading of the definition.
    let (height, width) = (9, 8)
    let outHeight = (height + 2 - 1 * (3 - 1) - 1) / 2 + 1
    let outWidth = (width + 4 - 2 * (2 - 1) - 1) / 1 + 1
    #expect(output.shape == [4, outHeight, outWidth])
    var expected: [Double] = []
    for outChannel in 0..<4 {
      for row in 0..<outHeight {
        for column in 0..<outWidth {
          var total = 0.0
          for channel in 0..<3 {
            for kernelRow in 0..<3 {
              for kernelColumn in 0..<2 {
                let inputRow = row * 2 + kernelRow - 1
                let inputColumn = column + kernelColumn * 2 - 2
                guard (0..<height).contains(inputRow), (0..<width).contains(inputColumn) else {
                  continue
                }
                total +=
                  input[[channel, inputRow, inputColumn]]
                  * weight[[outChannel, channel, kernelRow, kernelColumn]]
              }
            }
          }
          expected.append(total + Double(outChannel + 1))
        }
      }
    }
    #expect(output.scalars == expected)
    LayerSupport.expectStepsMatchOutput(try layer.steps(for: input))
  }
}
