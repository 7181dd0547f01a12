import Testing

@testable import TerminalUI

@Suite struct RunnerTests {
  /// Runs the demo on an in-memory backend with a clock that never moves.
  func run(_ events: [Event?], rows: Int = 3, columns: Int = 20) -> (
    outcome: RunOutcome, program: DemoProgram, backend: InMemoryBackend
  ) {
    var runner = Runner(backend: InMemoryBackend(rows: rows, columns: columns, events: events))
    runner.now = { 1000 }
    var program = DemoProgram()
    let outcome = runner.run(&program)
    return (outcome, program, runner.backend)
  }

  @Test func drawsTheFirstFrameThenOneFramePerChange() {
    let result = run([.key(.right), .key(.right), .key(.character("q"))])
    #expect(result.outcome == .finished)
    // "q" changes nothing on the screen, so no frame is drawn for it.
    #expect(result.backend.frames.count == 3)
    #expect(result.backend.frames[0].lines() == ["step 1/10 paused", "#·········", ""])
    #expect(result.backend.lastFrame?.lines() == ["step 3/10 paused", "··#·······", ""])
    #expect(result.backend.lastFrame?.styleLines() == ["", "..H", ""])
    #expect(result.backend.isShutDown && result.backend.shutdownCount == 1)
  }

  /// A paste arrives as many keys at once; drawing after each would take seconds for a long
  /// one, so the keys already waiting are taken before the next frame.
  @Test func waitingInputIsTakenBeforeDrawing() {
    var backend = InMemoryBackend(
      rows: 3, columns: 20,
      events: Array(repeating: .key(.right), count: 9) + [.key(.character("q"))])
    backend.queuesInput = true
    var runner = Runner(backend: backend)
    runner.now = { 1000 }
    var program = DemoProgram()
    #expect(runner.run(&program) == .finished)
    #expect(program.position == 9)
    // The first frame, then one after the first key and the nine waiting behind it.
    #expect(runner.backend.frames.count == 2)
    #expect(runner.backend.lastFrame?.lines()[0] == "step 10/10 paused")
  }

  @Test func aLongBurstStillDrawsAsItGoes() {
    var backend = InMemoryBackend(
      rows: 3, columns: 20,
      events: Array(repeating: .key(.right), count: 9) + [.key(.character("q"))])
    backend.queuesInput = true
    var runner = Runner(backend: backend)
    // Each reading of the clock is 30 ms later, so a burst (at most 50 ms) takes three keys.
    var clock = 1000
    runner.now = {
      clock += 30
      return clock
    }
    var program = DemoProgram()
    runner.run(&program)
    // Four keys per frame (one read, three waiting), the last burst ended by "q".
    #expect(
      runner.backend.frames.map { $0.lines()[0] } == [
        "step 1/10 paused", "step 5/10 paused", "step 9/10 paused", "step 10/10 paused",
      ])
  }

  @Test func ticksDriveTheAnimationWithoutSleeping() {
    // nil in the script: the timeout passed with nothing, which the runner turns into a tick.
    let result = run([.key(.character(" ")), nil, nil, .tick, .key(.character("q"))])
    #expect(result.program.position == 3)
    #expect(result.program.events.filter { $0 == .tick }.count == 3)
    #expect(result.backend.lastFrame?.lines()[1] == "···#······")
  }

  @Test func anIdleProgramBlocksAndAPlayingOneAsksForItsInterval() {
    let result = run([
      .key(.character(" ")), nil, .key(.character("+")), nil, .key(.character(" ")), nil,
    ])
    // The clock stands still here, so each tick moves the deadline one interval further.
    #expect(result.backend.requestedTimeouts == [nil, 100, 200, 50, 100, nil, nil])
    // An idle program gets no tick from an empty timeout.
    #expect(result.program.events.filter { $0 == .tick }.count == 2)
  }

  @Test func theTickDeadlineKeepsTheBeatWhileKeysArrive() {
    var runner = Runner(
      backend: InMemoryBackend(
        rows: 3, columns: 20, events: [.key(.character(" ")), .key(.left), nil, .key(.left)]))
    var clock = [0, 0, 30, 30, 100, 100, 100, 120, 120, 120]
    runner.now = { clock.isEmpty ? 500 : clock.removeFirst() }
    var program = DemoProgram()
    runner.run(&program)
    #expect(runner.backend.requestedTimeouts.prefix(3) == [nil, 100, 70])
  }

  @Test func identicalFramesAreNotDrawnAgain() {
    let result = run([.key(.left), .key(.character("x")), nil, .key(.character("q"))])
    #expect(result.backend.frames.count == 1)
  }

  @Test func theRunEndsWhenInputEnds() {
    let result = run([.key(.right)])
    #expect(result.outcome == .inputClosed)
    #expect(result.program.events.last == .inputClosed)
    #expect(result.backend.isShutDown)
  }

  @Test func theRunEndsWhileAnimatingWhenInputEnds() {
    let result = run([.key(.character(" "))])
    #expect(result.outcome == .inputClosed)
    #expect(result.backend.requestedTimeouts.count == 2)
  }

  @Test(arguments: [(Event.interrupt, RunOutcome.interrupted), (.terminate, .terminated)])
  func signalsEndTheRunAfterTheProgramSeesThem(event: Event, outcome: RunOutcome) {
    let result = run([.key(.right), event, .key(.right)])
    #expect(result.outcome == outcome)
    #expect(result.program.events == [.key(.right), event])
    #expect(result.program.position == 1)
    #expect(result.backend.script == [.key(.right)])
  }

  @Test func aResizeRedrawsAtTheNewSize() {
    let result = run([.resize(rows: 2, columns: 12), .key(.character("q"))])
    #expect(result.backend.frames.map(\.columns) == [20, 12])
    #expect(result.backend.lastFrame?.lines() == ["step 1/10 pa", "#·········"])
    #expect(result.program.events.first == .resize(rows: 2, columns: 12))
  }

  @Test func aTooSmallTerminalShowsTheMessageInstead() {
    var runner = Runner(
      backend: InMemoryBackend(
        rows: 5, columns: 50, events: [.resize(rows: 24, columns: 80), .key(.character("q"))]),
      minimumSize: .standard)
    var program = DemoProgram()
    runner.run(&program)
    #expect(
      runner.backend.frames[0].lines() == [
        "", "", "    terminal too small: need 80×24, have 50×5", "", "",
      ])
    #expect(runner.backend.frames[1].lines()[0] == "step 1/10 paused")
  }

  @Test func commandsReachTheBackend() {
    let result = run([.key(.control("l")), .key(.character("!")), .key(.character("q"))])
    #expect(result.backend.repaintRequests == 1)
    #expect(result.backend.bellCount == 1)
    // A repaint draws even an unchanged frame, and counts every cell as changed.
    #expect(result.backend.frames.count == 2)
    #expect(result.backend.changedCells == [60, 60])
  }

  @Test func changedCellsAreCounted() {
    let result = run([.key(.right), .key(.character("q"))])
    // "1" → "2" in the title, and the marker moves: 3 cells.
    #expect(result.backend.changedCells == [60, 3])
    #expect(result.backend.changedBytes[1] == 1 + 1 + 2)
  }

  @Test func aFinishedProgramDoesNotRead() {
    var runner = Runner(backend: InMemoryBackend(rows: 2, columns: 5, events: [.tick]))
    var program = DemoProgram(finished: true)
    #expect(runner.run(&program) == .finished)
    #expect(runner.backend.requestedTimeouts.isEmpty && runner.backend.frames.count == 1)
  }
}
