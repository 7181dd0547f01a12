/// A backend for tests: a fixed, settable size, scripted events, and a record of every frame.
///
/// The script is a list of `Event?`: an event is returned as it is (a `.resize` also changes
/// `size`); `nil` means "the timeout passed with nothing", which the runner turns into a
/// `.tick` when the program wants ticks. When the script runs out, `.inputClosed` is returned.
public struct InMemoryBackend: TerminalBackend {
  /// The screen size; `.resize` events from the script change it.
  public var size: (rows: Int, columns: Int)
  /// The events still to deliver.
  var script: [Event?]
  /// Every frame drawn, in order.
  private(set) var frames: [Frame] = []
  /// For each drawn frame, the number of cells that differ from the frame drawn before it
  /// (all cells for the first frame, after a size change, or after a repaint request).
  private(set) var changedCells: [Int] = []
  /// For each drawn frame, the UTF-8 bytes of the characters in its changed cells: a lower
  /// bound for what a terminal backend would send.
  private(set) var changedBytes: [Int] = []
  /// The timeout passed to each `nextEvent` call, in order.
  private(set) var requestedTimeouts: [Int?] = []
  /// How many times `shutdown` was called.
  private(set) var shutdownCount = 0
  /// How many times the bell rang.
  private(set) var bellCount = 0
  /// How many full repaints were requested.
  private(set) var repaintRequests = 0

  /// Whether scripted events count as already waiting, as the rest of a paste does in a real
  /// terminal: the runner then takes them all before drawing. Off by default, so that tests see
  /// one frame per event.
  var queuesInput = false

  private var repaintPending = false

  /// A backend of `rows` × `columns` that will deliver `events`.
  public init(rows: Int, columns: Int, events: [Event?] = []) {
    self.size = (rows, columns)
    self.script = events
  }

  /// The last frame drawn.
  var lastFrame: Frame? { frames.last }

  /// Whether `shutdown` was called.
  var isShutDown: Bool { shutdownCount > 0 }

  /// Records `frame` and how many cells changed since the frame before.
  public mutating func draw(_ frame: Frame) {
    let diff = FrameDiff(from: repaintPending ? nil : frames.last, to: frame)
    frames.append(frame)
    changedCells.append(diff.count)
    changedBytes.append(
      diff.changes.reduce(0) { $0 + ($1.cell.isContinuation ? 0 : $1.cell.character.utf8.count) })
    repaintPending = false
  }

  /// The next scripted event (nil: the timeout passed); `.inputClosed` once the script is
  /// used up. Records the timeout asked for.
  public mutating func nextEvent(timeout milliseconds: Int?) -> Event? {
    requestedTimeouts.append(milliseconds)
    guard !script.isEmpty else { return .inputClosed }
    let event = script.removeFirst()
    if case .resize(let rows, let columns) = event {
      size = (rows, columns)
    }
    return event
  }

  /// With ``queuesInput``, the next scripted event if it is one (not a timeout); otherwise nil,
  /// so that each scripted event is drawn on its own.
  public mutating func pendingEvent() -> Event? {
    guard queuesInput, case .some(.some) = script.first else { return nil }
    return nextEvent(timeout: 0)
  }

  /// Counts the call.
  public mutating func shutdown() {
    shutdownCount += 1
  }

  /// Makes the next frame count every cell as changed.
  public mutating func requestFullRepaint() {
    repaintRequests += 1
    repaintPending = true
  }

  /// Counts the bell.
  public mutating func bell() {
    bellCount += 1
  }
}
