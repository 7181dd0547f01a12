import Foundation

/// One worked example or exercise of the slides, read from `Fixtures/seed-examples.md` (a copy
/// of the answers PyTorch computes for the seed's data).
struct SeedExample: Sendable {
  var id: String
  var call = ""
  var input: [[Double]] = []
  var inputIsPrevious = false
  var weight: [[Double]]?
  var bias: Double?
  var shape: [Int] = []
  var answer: [[Double]] = []
  var slide: [[Double]]?

  /// Every example of the fixture, by id.
  static func all() throws -> [String: SeedExample] {
    enum Section { case input, weight, answer, slide }
    var examples: [String: SeedExample] = [:]
    var current: SeedExample?
    var section: Section?
    for line in try Fixture.text("seed-examples.md").split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      if line.hasPrefix("## ") {
        if let current { examples[current.id] = current }
        current = SeedExample(id: String(line.dropFirst(3).prefix { $0 != " " }))
        section = nil
        continue
      }
      guard var example = current else { continue }
      if line.hasPrefix("    ") {
        let content = line.trimmingCharacters(in: .whitespaces)
        if content.hasPrefix("nn.") {
          example.call = content
        } else {
          let numbers = content.split(separator: " ").compactMap { Double($0) }
          if !numbers.isEmpty {
            switch section {
            case .input: example.input.append(numbers)
            case .weight: example.weight!.append(numbers)
            case .answer: example.answer.append(numbers)
            case .slide: example.slide!.append(numbers)
            case nil: break
            }
          }
        }
      } else if line.hasPrefix("input: the output of") {
        example.inputIsPrevious = true
        section = nil
      } else if line.hasPrefix("input:") {
        section = .input
      } else if line.hasPrefix("weight:") {
        example.weight = []
        section = .weight
      } else if line.hasPrefix("bias:") {
        example.bias = Double(line.dropFirst(5).trimmingCharacters(in: .whitespaces))
        section = nil
      } else if line.hasPrefix("answer (shape (") {
        example.shape = line.dropFirst("answer (shape (".count).prefix { $0 != ")" }
          .split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces))! }
        section = .answer
      } else if line.hasPrefix("slide (wrong):") {
        example.slide = []
        section = .slide
      } else if !line.isEmpty {
        section = nil
      }
      current = example
    }
    if let current { examples[current.id] = current }
    return examples
  }
}
