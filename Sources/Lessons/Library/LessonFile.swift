/// A lesson file: its name and its text.
struct LessonFile: Sendable, Equatable {
  /// The file's name (`exercise-1.yaml`), or its path as given for a teacher's file.
  let name: String
  /// The file's text.
  let text: String

  /// A lesson file from its name and text.
  init(name: String, text: String) {
    self.name = name
    self.text = text
  }
}
