/// Runs a program on a backend: read an event (with a timeout when the program wants ticks),
/// update, render into a fresh frame of the current size, hand the frame to the backend.
///
/// The run ends when the program finishes, on `.interrupt`, `.terminate` or `.inputClosed`
/// (delivered to the program first, so it can save), and always shuts the backend down.
public struct Runner<Backend: TerminalBackend> {
  /// The backend; after a run, an `InMemoryBackend` holds the frames that were drawn.
  public private(set) var backend: Backend
  /// When set, a terminal smaller than this shows `MinimumSize`'s message instead of the
  /// program (events still reach the program).
  public var minimumSize: MinimumSize?
  /// Monotonic milliseconds; replace it in tests that check the timeouts asked for.
  public var now: () -> Int

  private var lastFrame: Frame?
  private var repaintRequested = false

  /// A runner drawing on `backend`.
  public init(backend: Backend, minimumSize: MinimumSize? = nil) {
    self.backend = backend
    self.minimumSize = minimumSize
    self.now = MonotonicClock.milliseconds
  }

  /// Runs `program` until it ends; returns why it ended. The backend is shut down afterwards.
  @discardableResult
  public mutating func run<P: Program>(_ program: inout P) -> RunOutcome {
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
      if case .resize = event { repaintRequested = true }
      perform(program.update(event))
      draw(program)
      switch event {
      case .interrupt: return .interrupted
      case .terminate: return .terminated
      case .inputClosed: return .inputClosed
      default: break
      }
    }
    return .finished
  }

  private mutating func perform(_ commands: [Command]) {
    for command in commands {
      switch command {
      case .repaint:
        repaintRequested = true
        backend.requestFullRepaint()
      case .bell:
        backend.bell()
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
