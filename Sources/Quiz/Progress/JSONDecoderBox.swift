import Foundation

/// Decoding the progress file's JSON.
enum JSONDecoderBox {
  /// The progress in `bytes`, when it is a progress file of the current format.
  static func decode(_ bytes: [UInt8]) throws -> ProgressData? {
    let data = try JSONDecoder().decode(ProgressData.self, from: Data(bytes))
    return data.format == ProgressData.currentFormat ? data : nil
  }
}
