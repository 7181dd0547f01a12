import Lessons
import Quiz
import TerminalUI

@testable import Workspace

/// A workspace whose effects are carried out as the runner carries them out, recording its
/// quizzes in memory (``MemoryProgress``), for the tests of what gets saved. Reads of the
/// program's state pass through.
@dynamicMemberLookup
struct RecordingWorkspace {
  var program: WorkspaceProgram
  let progress: MemoryProgress

  /// `program`, recording its quizzes in `progress`.
  init(_ program: WorkspaceProgram, progress: MemoryProgress) {
    self.program = program
    self.program.recordsProgress = true
    self.progress = progress
  }

  subscript<Value>(dynamicMember path: KeyPath<WorkspaceProgram, Value>) -> Value {
    program[keyPath: path]
  }

  /// Delivers `event`, then carries out the effects it asks for and hands back their replies.
  mutating func update(_ event: Event) {
    carryOut(program.update(event))
  }

  /// Opens `lesson` as `convtutor open` does, effects carried out.
  mutating func open(_ lesson: Lesson) {
    carryOut(program.open(lesson))
  }

  /// Types `line` at the prompt and presses Enter, effects carried out.
  mutating func type(_ line: String) {
    if program.focus != .prompt { update(.key(.tab)) }
    for character in line { update(.key(.character(character))) }
    update(.key(.enter))
  }

  private mutating func carryOut(_ commands: [Command<WorkspaceEffect>]) {
    for case .perform(let effect) in commands {
      if let reply = progress.perform(effect) { carryOut(program.update(with: reply)) }
    }
  }
}

/// The review log in memory: what the command line's performer does on the database, without
/// one. Each record is kept, or, while ``failure`` is set, refused with that warning.
final class MemoryProgress {
  /// The reviews recorded, in order.
  private(set) var reviews: [Review] = []
  /// The warning every save gives, or nil when saves work.
  var failure: String?

  /// Carries out `effect` as the real performer replies.
  func perform(_ effect: WorkspaceEffect) -> WorkspaceReply? {
    switch effect {
    case .record(let review):
      if failure == nil { reviews.append(review) }
      return .recorded(review, loadWarnings: [], saveWarning: failure)
    case .loadReviews(let request):
      return .reviewsLoaded(request, reviews, warnings: failure.map { [$0] } ?? [])
    }
  }

  /// The attempts recorded at step `stepIndex` of lesson `lessonId`, in order.
  func attempts(lessonId: String = "exercise-1", stepIndex: Int = 1) -> [Review] {
    reviews.filter { $0.exercise == .lessonStep(lessonId: lessonId, stepIndex: stepIndex) }
  }
}
