import ConvPrompt

/// A lesson read from a lesson file and checked: a title, a summary and its steps, every
/// operation already computed, and the slides' errata found on the way.
public struct Lesson: Sendable, Identifiable {
  /// The lesson's id (`exercise-1`): lowercase letters, digits and single hyphens.
  public let id: String
  /// The title, one line.
  public let title: String
  /// What the lesson is about, a few sentences.
  let summary: String
  /// The steps, in order.
  public let steps: [LessonStep]
  /// The file the lesson came from, as named in diagnostics (`Lessons/exercise-1.yaml`).
  public let fileName: String
  /// Where the id is written, for the duplicate-id check.
  let idLocation: SourceLocation

  /// Every erratum of the lesson's operations, in step order.
  var errata: [Erratum] { steps.flatMap { $0.operation?.errata ?? [] } }

  /// The operations (shows and quizzes), in step order.
  var operations: [LessonOperation] { steps.compactMap(\.operation) }

  /// The quizzes, in step order.
  public var quizzes: [LessonQuiz] {
    steps.compactMap {
      if case .quiz(let quiz) = $0 { return quiz }
      return nil
    }
  }
}
