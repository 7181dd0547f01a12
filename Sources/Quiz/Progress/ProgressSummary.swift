/// Progress in words, for `convtutor lessons` and `convtutor progress`.
extension ProgressData {
  /// `2 of 2 quizzes done, 7 of 9 right at the first try` or `not started` for a lesson with
  /// `quizCount` quiz steps.
  public func summary(for lessonId: String, quizCount: Int) -> String {
    guard quizCount > 0 else { return "" }
    guard let lesson = lessons[lessonId], !lesson.steps.isEmpty else { return "not started" }
    let done = lesson.steps.values.filter(\.completed).count
    let right = lesson.steps.values.reduce(0) { $0 + ($1.bestRightFirstTry ?? 0) }
    let questions = lesson.steps.values.filter(\.completed).reduce(0) { $0 + $1.last.questions }
    var text = "\(min(done, quizCount)) of \(quizCount) quiz\(quizCount == 1 ? "" : "zes") done"
    if done > 0 { text += ", best \(right) of \(questions) right at the first try" }
    return text
  }
}

extension ProgressStore {
  /// The progress of lesson `lessonId` (with `quizCount` quiz steps) in words, read from the
  /// store; empty for a lesson without quizzes. Never fails: unreadable progress reads as none
  /// (and is not moved aside here).
  public func summary(for lessonId: String, quizCount: Int) -> String {
    guard case .success(let bytes) = AtomicFile.read(path),
      let data = try? JSONDecoderBox.decode(bytes)
    else { return quizCount > 0 ? "not started" : "" }
    return data.summary(for: lessonId, quizCount: quizCount)
  }
}
