@testable import TerminalUI

/// A tiny program in the workspace's style: a marker steps along a row of 10 cells, by key or,
/// while playing, on every tick.
struct DemoProgram: Program {
  var position = 0
  var playing = false
  var finished = false
  var events: [Event] = []
  var interval = 100

  mutating func update(_ event: Event) -> [Command<Never>] {
    events.append(event)
    switch event {
    case .key(.right), .key(.character("l")): position = min(9, position + 1)
    case .key(.left): position = max(0, position - 1)
    case .key(.character(" ")): playing.toggle()
    case .key(.character("+")): interval = max(10, interval / 2)
    case .key(.character("q")): finished = true
    case .key(.control("l")): return [.repaint]
    case .key(.character("!")): return [.bell]
    case .tick where playing:
      position += 1
      if position >= 9 {
        position = 9
        playing = false
      }
    default: break
    }
    return []
  }

  func render(into frame: inout Frame) {
    frame.put("step \(position + 1)/10 " + (playing ? "playing" : "paused"), row: 0, column: 0)
    for column in 0..<10 {
      let style: Style = column == position ? .highlight : .plain
      frame.put(column == position ? "#" : "·", row: 1, column: column, style: style)
    }
  }

  var tickInterval: Int? { playing ? interval : nil }
  var isFinished: Bool { finished }
}
