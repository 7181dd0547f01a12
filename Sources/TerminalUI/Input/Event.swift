/// Something that happened, delivered to `Program.update(_:)`.
public enum Event: Hashable, Sendable {
  /// A key press.
  case key(Key)
  /// Text pasted into the terminal, whole (bracketed paste): never to be read as commands.
  /// Line breaks are `"\n"`.
  case paste(String)
  /// Time passed: the tick interval the program asked for has elapsed.
  case tick
  /// The terminal now has this size (also sent after the program is resumed from Ctrl-Z).
  case resize(rows: Int, columns: Int)
  /// SIGINT (Ctrl-C). The runner stops after delivering it.
  case interrupt
  /// SIGTERM or SIGHUP. The runner stops after delivering it.
  case terminate
  /// The input is gone (end of file, closed terminal). The runner stops after delivering it.
  case inputClosed

  /// Whether the runner stops after delivering this event.
  var endsRun: Bool {
    switch self {
    case .interrupt, .terminate, .inputClosed: true
    default: false
    }
  }
}
