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
    if let quizSession, !quizSession.isFinished, !line.hasPrefix("%") {
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
    run(source)
  }

  /// Runs a piece of source; a layer call made by it becomes the animation.
  public mutating func run(_ source: String) {
    let callsBefore = interpreter.layerCallsMade
    do {
      try interpreter.run(source)
    } catch {
      flushOutput()
      transcript.append(error.rendered(fileName: "<prompt>", source: source), as: .error)
      return
    }
    flushOutput()
    guard interpreter.layerCallsMade != callsBefore else { return }
    let calls = interpreter.lastLayerCallChain
    do {
      let stages = try calls.map { (call) throws(TorchError) in
        try call.layer.steps(for: call.input)
      }
      startAnimation(CallChain(stages: stages))
    } catch {
      transcript.append("cannot animate this call: \(error.message)", as: .error)
    }
  }

  private mutating func flushOutput() {
    if !sink.text.isEmpty {
      transcript.append(sink.text, as: .output)
      sink.text = ""
    }
  }
}
