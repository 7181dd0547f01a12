import ConvCore
import ConvPrompt
import TerminalUI

/// Typing at the prompt and running what was typed.
extension WorkspaceProgram {
  mutating func handlePromptKey(_ key: Key) {
    switch key {
    case .character(let character): prompt.insert(character)
    case .backspace: prompt.deleteBackward()
    case .delete: prompt.deleteForward()
    case .left: prompt.moveLeft()
    case .right: prompt.moveRight()
    case .home, .control("a"): prompt.moveToStart()
    case .end, .control("e"): prompt.moveToEnd()
    case .control("u"): prompt.clear()
    case .up: prompt.recallPrevious()
    case .down: prompt.recallNext()
    case .pageUp: scrollTranscript(up: true)
    case .pageDown: scrollTranscript(up: false)
    case .tab, .escape: focus = .animation
    case .control("d"):
      if prompt.isEmpty && pendingSource.isEmpty { end() }
    case .enter: runPromptLine()
    default: break
    }
  }

  /// PgUp / PgDn: the transcript moves by a page, its rows as drawn at the screen's width.
  mutating func scrollTranscript(up: Bool) {
    let rect = WorkspaceLayout(rows: screenSize.rows, columns: screenSize.columns).transcript
    let (page, width) = (max(1, rect.rows), max(1, rect.columns))
    if up {
      transcript.scrollUp(by: page, visible: page, width: width)
    } else {
      transcript.scrollDown(by: page, width: width)
    }
  }

  /// Types a paste at the prompt, whatever has the focus, so that no pasted letter is taken as
  /// a key of the animation (`q` quits there). Each line break runs the line before it, so a
  /// pasted script runs line by line, as it would typed.
  mutating func paste(_ text: String) {
    overlay = nil
    focus = .prompt
    for character in text {
      switch character {
      case "\n": runPromptLine()
      case "\t": prompt.insert(" ")
      default: prompt.insert(character)
      }
    }
  }

  /// Runs the typed line, or keeps it when the statement continues on the next line.
  mutating func runPromptLine() {
    let line = prompt.submit()
    if activity.isAsking, !line.hasPrefix("%") {
      transcript.append("? " + line, as: .input)
      answerQuiz(line)
      return
    }
    transcript.append((pendingSource.isEmpty ? ">>> " : "... ") + line, as: .input)
    let source = pendingSource.isEmpty ? line : pendingSource + "\n" + line
    if Parser.needsMoreInput(source), !(line.isEmpty && !pendingSource.isEmpty) {
      pendingSource = source
      return
    }
    pendingSource = ""
    if runCommand(source) { return }
    if lessonSession != nil || activity.drillRun != nil, ["n", "p"].contains(source),
      !interpreter.hasVariable(named: source)
    {
      // A lesson's keys typed at the prompt (after a quiz, say): they move in the lesson (or
      // the drill) unless the session has a variable of that name.
      moveInLesson(forward: source == "n")
      return
    }
    run(source)
  }

  /// Runs a piece of source; what it printed goes to the transcript, then its error, and a
  /// layer call made by it (the latest statement's calls) becomes the animation.
  public mutating func run(_ source: String) {
    let result = interpreter.run(source)
    if !result.printed.isEmpty { transcript.append(result.printed, as: .output) }
    if let error = result.error {
      transcript.append(error.rendered(fileName: "<prompt>", source: source), as: .error)
      return
    }
    guard !result.layerCalls.isEmpty else { return }
    do {
      startAnimation(try result.callChain())
    } catch {
      transcript.append("cannot animate this call: \(error.message)", as: .error)
    }
  }
}
