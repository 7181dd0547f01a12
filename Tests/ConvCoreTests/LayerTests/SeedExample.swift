import Foundation
import Testing

@testable import ConvCore

/// One worked example or exercise of the slides, read from `Fixtures/seed-examples.md`.
struct SeedExample: Sendable, CustomTestStringConvertible {
  var id: String
  var call: String
  var input: [[Double]] = []
  var weight: [[Double]]? = nil
  var bias: Double? = nil
  var answerShape: [Int] = []
  var answer: [[Double]] = []
  var slide: [[Double]]? = nil

  var testDescription: String { id }

  /// Every example of the fixture, by id.
  static func all() throws -> [String: SeedExample] {
    let text = try String(contentsOf: LayerSupport.fixture("seed-examples.md"), encoding: .utf8)
    var examples: [String: SeedExample] = [:]
    var current: SeedExample?
    enum Target { case input, weight, answer, slide }
    var target: Target?
    func finish() {
      if let current { examples[current.id] = current }
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("## ") {
        finish()
        let id = String(line.dropFirst(3).split(separator: " ")[0])
        current = SeedExample(id: id, call: "")
        target = nil
        continue
      }
      guard current != nil else { continue }
      if line.hasPrefix("    ") {
        let content = line.trimmingCharacters(in: .whitespaces)
        if content.hasPrefix("nn.") {
          current!.call = content
          continue
        }
        let numbers = content.split(separator: " ").compactMap { Double($0) }
        guard !numbers.isEmpty else { continue }
        switch target {
        case .input: current!.input.append(numbers)
        case .weight: current!.weight!.append(numbers)
        case .answer: current!.answer.append(numbers)
        case .slide: current!.slide!.append(numbers)
        case nil: break
        }
        continue
      }
      target = nil
      if line.hasPrefix("input:") {
        target = .input
      } else if line.hasPrefix("weight:") {
        current!.weight = []
        target = .weight
      } else if line.hasPrefix("bias:") {
        current!.bias = Double(line.dropFirst(5).trimmingCharacters(in: .whitespaces))
      } else if line.hasPrefix("answer (shape (") {
        let inside = line.dropFirst("answer (shape (".count).prefix { $0 != ")" }
        current!.answerShape = inside.split(separator: ",").map {
          Int($0.trimmingCharacters(in: .whitespaces))!
        }
        target = .answer
      } else if line.hasPrefix("slide (wrong):") {
        current!.slide = []
        target = .slide
      }
    }
    finish()
    return examples
  }

  /// The example's input as a (1, H, W) tensor.
  var inputTensor: Tensor { LayerSupport.grid(input) }

  /// The answer values, row-major.
  var answerValues: [Double] { answer.flatMap { $0 } }
}
