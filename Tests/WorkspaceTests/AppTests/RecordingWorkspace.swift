import Lessons
import Quiz
import TerminalUI

@testable import Workspace

/// A workspace whose effects are carried out as the runner carries them out, with a progress
/// store, for the tests of what gets saved. Reads of the program's state pass through.
@dynamicMemberLookup
struct RecordingWorkspace {
  var program: WorkspaceProgram
  let effects: WorkspaceEffects

  /// `program`, recording its quizzes in `store`.
  init(_ program: WorkspaceProgram, store: ProgressStore) {
    self.program = program
    self.program.recordsProgress = true
    effects = WorkspaceEffects(progressStore: store)
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
      if let reply = effects.perform(effect) { carryOut(program.update(with: reply)) }
    }
  }
}
