import ConvCore
import ConvPrompt
import Foundation
import ProgressStorage
import Quiz
import TerminalUI
import Workspace

/// Opens the full-screen workspace on the terminal, or says why it cannot.
enum WorkspaceLauncher {
  /// Whether this terminal can show the workspace; a one-line reason when it cannot.
  static func verdict() -> TerminalCheck.Verdict {
    TerminalCheck.canUseFullScreen(environment: ProcessInfo.processInfo.environment)
  }

  /// Runs `program` full screen until the learner quits; the terminal is restored after.
  /// Its quizzes are recorded in the progress store `opening` gave, the standard one by
  /// default (``WorkspaceEffects``). Returns
  /// false (after printing why) when ncurses could not start.
  ///
  /// Ended by Ctrl-C, SIGTERM or SIGHUP, the program has saved what it had (it saw the signal
  /// as an event) and the terminal is restored; then the process ends by that signal, so that
  /// a shell sees status 130, 143 or 129 (and a script stops on Ctrl-C) as for any program.
  static func run(
    _ program: inout WorkspaceProgram, color: Bool,
    progress opening: ProgressStore.Opening? = ProgressStore.standard()
  ) -> Bool {
    let environment = ProcessInfo.processInfo.environment
    let options = CursesOptions(color: color)
    let backend: CursesBackend
    do {
      backend = try CursesBackend(environment: environment, options: options)
    } catch {
      Terminal.writeError("convtutor: cannot start the full-screen workspace: \(error)\n")
      return false
    }
    program.usesColor = backend.usesColor
    let effects = WorkspaceEffects(opening: opening)
    program.recordsProgress = effects.recordsProgress
    program.screenSize = backend.size
    var runner = Runner(backend: backend, minimumSize: .standard)
    let outcome = runner.run(&program, performing: effects.perform)
    // What opening the progress said and no quiz showed, now that the terminal is back.
    for message in effects.unshownMessages { SavedProgress.warn(message) }
    switch outcome {
    case .interrupted, .terminated:
      if let signal = SignalGuard.takenSignal { SignalGuard.exit(bySignal: signal) }
    case .finished, .inputClosed:
      break
    }
    return true
  }
}
