/// Runs a program on a backend: read an event (with a timeout when the program wants ticks),
/// update, render into a fresh frame of the current size, hand the frame to the backend.
///
/// The run ends when the program finishes, on `.interrupt`, `.terminate` or `.inputClosed`
/// (delivered to the program first, so it can save), and always shuts the backend down. The
/// effects a program returns are carried out by the `perform` function the run is given, in
/// the order asked, and each reply goes back to the program before the next frame.
public struct Runner<Backend: TerminalBackend> {
  /// The backend; after a run, an `InMemoryBackend` holds the frames that were drawn.
  private(set) var backend: Backend
  /// When set, a terminal smaller than this shows `MinimumSize`'s message instead of the
  /// program (events still reach the program).
  var minimumSize: MinimumSize?
  /// Monotonic milliseconds; replace it in tests that check the timeouts asked for.
  var now: () -> Int

  private var lastFrame: Frame?
  private var repaintRequested = false

  /// A runner drawing on `backend`.
  public init(backend: Backend, minimumSize: MinimumSize? = nil) {
    self.backend = backend
    self.minimumSize = minimumSize
    self.now = MonotonicClock.milliseconds
  }

  /// Runs `program`, which has no effects, until it ends; returns why it ended.
  @discardableResult
  mutating func run<P: Program>(_ program: inout P) -> RunOutcome where P.Effect == Never {
    run(&program) { (never: Never) -> P.Reply? in }
  }

  /// Runs `program` until it ends, carrying out its effects with `perform`; returns why it
  /// ended. The backend is shut down afterwards.
  @discardableResult
  public mutating func run<P: Program>(
    _ program: inout P, performing perform: (P.Effect) -> P.Reply?
  ) -> RunOutcome {
    defer { backend.shutdown() }
    var tick: (interval: Int, due: Int)? = nil
    draw(program)
    while !program.isFinished {
      if let interval = program.tickInterval.map({ max(0, $0) }) {
        if tick?.interval != interval { tick = (interval, now() + interval) }
      } else {
        tick = nil
      }
      let timeout = tick.map { max(0, $0.due - now()) }
      let event: Event
      if let received = backend.nextEvent(timeout: timeout) {
        event = received
      } else if tick != nil {
        event = .tick
      } else {
        continue
      }
      if event == .tick, let current = tick {
        // Keep the beat; after a stall, start again from now rather than catch up in a burst.
        let next = current.due + current.interval
        let time = now()
        tick = (current.interval, next > time ? next : time + current.interval)
      }
      if let outcome = handle(event, in: &program, perform) { return outcome }
      // Input already waiting (a paste, a burst of keys) is taken before drawing, so that a
      // paste of thousands of characters draws a few frames rather than one per character.
      var taken = 0
      var burstStart: Int? = nil
      while !program.isFinished, taken < Self.burstLimit, let waiting = backend.pendingEvent() {
        if let outcome = handle(waiting, in: &program, perform) { return outcome }
        taken += 1
        let time = now()
        if time - (burstStart ?? time) >= Self.burstMilliseconds { break }
        if burstStart == nil { burstStart = time }
      }
      draw(program)
    }
    return .finished
  }

  /// The most events taken in one burst before a frame is drawn.
  static var burstLimit: Int { 4096 }
  /// The longest a burst of waiting events may hold back a frame.
  static var burstMilliseconds: Int { 50 }

  /// Delivers `event` to the program; returns how the run ends when the event ends it (after
  /// drawing the last frame).
  private mutating func handle<P: Program>(
    _ event: Event, in program: inout P, _ perform: (P.Effect) -> P.Reply?
  ) -> RunOutcome? {
    if case .resize = event { repaintRequested = true }
    carryOut(program.update(event), in: &program, perform)
    let outcome: RunOutcome? =
      switch event {
      case .interrupt: .interrupted
      case .terminate: .terminated
      case .inputClosed: .inputClosed
      default: nil
      }
    if outcome != nil { draw(program) }
    return outcome
  }

  /// Carries out `commands` in order; an effect's reply is delivered to the program at once,
  /// and the commands it returns are carried out before the next ones.
  private mutating func carryOut<P: Program>(
    _ commands: [Command<P.Effect>], in program: inout P, _ perform: (P.Effect) -> P.Reply?
  ) {
    for command in commands {
      switch command {
      case .repaint:
        repaintRequested = true
        backend.requestFullRepaint()
      case .bell:
        backend.bell()
      case .perform(let effect):
        if let reply = perform(effect) {
          carryOut(program.update(with: reply), in: &program, perform)
        }
      }
    }
  }

  /// Renders a fresh frame and draws it, unless it equals the last one drawn.
  private mutating func draw<P: Program>(_ program: P) {
    let size = backend.size
    var frame = Frame(rows: size.rows, columns: size.columns)
    if let minimumSize, !minimumSize.isSatisfied(rows: size.rows, columns: size.columns) {
      minimumSize.render(into: &frame)
    } else {
      program.render(into: &frame)
    }
    if frame == lastFrame && !repaintRequested { return }
    backend.draw(frame)
    lastFrame = frame
    repaintRequested = false
  }
}
