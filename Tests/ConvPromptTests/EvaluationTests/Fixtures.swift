import Foundation

/// Reads the reference data in `Tests/ConvPromptTests/Fixtures/`, printed by real PyTorch.
enum Fixtures {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// The names of the slides' snippets, e.g. `01-conv-no-bias`.
  static var snippetNames: [String] {
    let names =
      (try? FileManager.default.contentsOfDirectory(
        atPath: folder.appendingPathComponent("snippets").path)) ?? []
    return names.filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
  }

  static func text(_ relativePath: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(relativePath), encoding: .utf8)
  }

  /// What PyTorch printed for a snippet, with the `, grad_fn=<…>` suffixes dropped.
  static func expectedOutput(ofSnippet name: String) throws -> String {
    let printed = try text("snippets/\(name).out")
    return printed.replacingOccurrences(
      of: #", grad_fn=<[A-Za-z0-9]+>\)"#, with: ")", options: .regularExpression)
  }

  struct SampleCase: Decodable {
    let script: String
    let shape: [Int]
    let values: [Double]
  }

  struct RefusedCase: Decodable {
    let script: String
    let pytorchError: String
  }

  struct Sample: Decodable {
    let cases: [SampleCase]
    let refused: [RefusedCase]
  }

  static func sample() throws -> Sample {
    try snakeCaseDecoder.decode(Sample.self, from: Data(try text("pytorch-sample.json").utf8))
  }
}

/// Decodes the fixture's snake_case keys (`pytorch_error`) into camelCase properties.
private let snakeCaseDecoder: JSONDecoder = {
  let decoder = JSONDecoder()
  decoder.keyDecodingStrategy = .convertFromSnakeCase
  return decoder
}()
