import Foundation
import Testing

@testable import ConvCore

/// Helpers shared by the ConvCore tests.
enum LayerSupport {
  /// A (1, H, W) float32 tensor from rows of numbers.
  static func grid(_ rows: [[Double]], dtype: DType = .float32) -> Tensor {
    Tensor(
      shape: [1, rows.count, rows.first?.count ?? 0], scalars: rows.flatMap { $0 }, dtype: dtype)
  }

  /// A tensor from a Python nested list such as `[[1., 2.], [3., 4.]]`; all-integer literals
  /// give int64, as `torch.tensor` does.
  static func tensor(python text: String) -> Tensor {
    let characters = Array(text.filter { !$0.isWhitespace })
    var position = 0
    var values: [Double] = []
    var sizes: [Int: Int] = [:]
    var isFloat = false
    // Parses one value at `depth`, recording each list's length as that dimension's size.
    func parse(depth: Int) {
      if characters[position] == "[" {
        position += 1
        var count = 0
        while characters[position] != "]" {
          parse(depth: depth + 1)
          count += 1
          if characters[position] == "," { position += 1 }
        }
        position += 1
        if sizes[depth] == nil { sizes[depth] = count }
      } else {
        var number = ""
        while position < characters.count, !",]".contains(characters[position]) {
          number.append(characters[position])
          position += 1
        }
        if number.contains(".") || number.contains("e") { isFloat = true }
        values.append(Double(number)!)
      }
    }
    parse(depth: 0)
    let shape = (0..<sizes.count).map { sizes[$0]! }
    return Tensor(shape: shape, scalars: values, dtype: isFloat ? .float32 : .int64)
  }

  /// The text of the `torch.tensor(...)` literal that follows `prefix` in a script.
  static func literal(after prefix: String, in script: String) -> String {
    let start = script.range(of: prefix)!.upperBound
    var depth = 0
    var end = start
    for index in script[start...].indices {
      let character = script[index]
      if character == "[" { depth += 1 }
      if character == "]" {
        depth -= 1
        if depth == 0 {
          end = script.index(after: index)
          break
        }
      }
    }
    return String(script[start..<end])
  }

  /// The URL of a file in `Tests/ConvCoreTests/Fixtures/` (read by path, beside the tests).
  static func fixture(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()
      .deletingLastPathComponent()
      .appendingPathComponent("Fixtures")
      .appendingPathComponent(name)
  }

  /// Whether two tensors have the same shape and values within `tolerance`.
  static func close(_ tensor: Tensor, _ values: [Double], tolerance: Double = 0) -> Bool {
    guard tensor.scalars.count == values.count else { return false }
    return zip(tensor.scalars, values).allSatisfy { abs($0 - $1) <= tolerance }
  }

  /// The message of the error `body` throws, or `nil` when it does not throw.
  static func error<T>(_ body: () throws(TorchError) -> T) -> TorchError? {
    do {
      _ = try body()
      return nil
    } catch {
      return error
    }
  }

  /// Checks that every step's result is the output element it describes, bit for bit.
  static func expectStepsMatchOutput(
    _ steps: CallSteps, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(steps.count == steps.output.elementCount, sourceLocation: sourceLocation)
    for index in steps.indices {
      let step = steps[index]
      let expected = steps.output.scalars[index]
      #expect(step.flatIndex == index, sourceLocation: sourceLocation)
      #expect(
        step.result.bitPattern == expected.bitPattern || (step.result.isNaN && expected.isNaN),
        "step \(index): \(step.result) vs output \(expected)", sourceLocation: sourceLocation)
      #expect(
        step.outputPosition == Tensor.position(ofFlatIndex: index, in: steps.output.shape),
        sourceLocation: sourceLocation)
    }
  }
}
