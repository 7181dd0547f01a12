/// A lesson file: its name and its text.
public struct LessonFile: Sendable, Equatable {
  /// The file's name (`exercise-1.yaml`), or its path as given for a teacher's file.
  public let name: String
  /// The file's text.
  public let text: String

  /// A lesson file from its name and text.
  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }
}
