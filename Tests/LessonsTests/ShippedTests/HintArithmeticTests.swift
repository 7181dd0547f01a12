import ConvCore
import Foundation
import Testing

@testable import Lessons

/// A shipped hint for one cell that writes out its products (`First cell: 0×1 + 0×0 + …`)
/// writes the engine's products of that cell, in its order.
@Suite struct HintArithmeticTests {
  /// The `value×weight` pairs written in `text`.
  static func products(_ text: String) -> [[Double]] {
    let pattern = try! NSRegularExpression(
      pattern: #"(-?\d+(?:\.\d+)?)×\(?([−-]?\d+(?:\.\d+)?)\)?"#)
    let range = NSRange(text.startIndex..., in: text)
    return pattern.matches(in: text, range: range).map { match in
      (1...2).map { group in
        let piece = text[Range(match.range(at: group), in: text)!]
        return Double(piece.replacingOccurrences(of: "−", with: "-"))!
      }
    }
  }

  @Test func everyCellHintWithProductsIsTheEnginesSum() throws {
    var checked = 0
    for lesson in LessonLibrary.shipped.lessons {
      for quiz in lesson.quizzes {
        for hint in quiz.hints {
          let written = Self.products(hint.text)
          guard !written.isEmpty else { continue }
          guard case .cell(let index) = hint.question else {
            Issue.record("\(lesson.id): products in a hint not for one cell: \(hint.text)")
            continue
          }
          guard case .weightedSum(let sum) = quiz.operation.steps[index].operation else {
            Issue.record("\(lesson.id): a product hint on a layer without weights")
            continue
          }
          let engine = sum.terms.map { [$0.value, $0.weight] }
          #expect(written == engine, "\(lesson.id): \(hint.text)")
          checked += 1
        }
      }
    }
    #expect(checked >= 1)
  }
}
