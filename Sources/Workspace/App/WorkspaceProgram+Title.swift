import TerminalText
import TerminalUI

/// The title bar: the lesson and its place, the layer, the animation's step and speed.
extension WorkspaceProgram {
  /// `convtutor │ Conv2d(…) │ step 5 of 16 │ ▶ playing, 1 s a step`; with a lesson open, its
  /// title and place first (`Exercise 1: convolution · step 2 of 5`).
  func renderTitle(in rect: Rect, into frame: inout Frame) {
    let bar = Style.reverse
    frame.fill(rect, with: " ", style: bar)
    var right = ""
    var layer = ""
    if let animation {
      let (stage, _) = animation.location
      layer = animation.chain.stages[stage].geometry.layerName
      if animation.chain.stages.count > 1 {
        layer = "stage \(stage + 1)/\(animation.chain.stages.count) " + layer
      }
      let seconds = Double(animation.millisecondsPerStep) / 1000
      let speed = seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
      if activity.drillRun != nil {
        // A drill's title keeps its room for the skill, the level and the due date; the step
        // view's heading counts the steps (or says the shape is asked). While an item is
        // asked, the window follows the questions: nothing plays.
        let playing = animation.isPlaying ? "▶" : "❚❚"
        right = activity.isAsking ? "" : "│ \(playing) \(speed)/step "
      } else if let quizSession, quizSession.question == .shape {
        // The number of steps would give the output's size away.
        right = "│ quiz: the output's shape "
      } else {
        // The step within the stage shown, as the view's own heading counts it.
        let steps = animation.chain.stages[stage].count
        right =
          "│ step \(animation.location.step + 1) of \(steps) │ "
          + (animation.isPlaying ? "▶ playing" : "❚❚ paused") + ", \(speed)/step "
      }
    }
    let left = " convtutor │ "
    frame.put(left, row: rect.row, column: rect.column, style: bar.adding(.bold))
    let rightWidth = DisplayWidth.of(right)
    let room = rect.columns - DisplayWidth.of(left) - rightWidth - 1
    if room > 3 {
      frame.put(
        titleMiddle(layer: layer, room: room), row: rect.row,
        column: rect.column + DisplayWidth.of(left), style: bar)
    }
    frame.put(right, row: rect.row, column: rect.column + rect.columns - rightWidth, style: bar)
  }

  /// The middle of the title in `room` columns. The lesson's place is kept longest: the layer
  /// (shown in the step view's header too) goes first, then the lesson's title is shortened.
  private func titleMiddle(layer: String, room: Int) -> String {
    if let run = activity.drillRun {
      // The skill, its level and when it is due: next due once the item is recorded.
      let whole = run.current.titleText + " · " + run.due
      return DisplayWidth.truncate(whole, to: room, ellipsis: "…")
    }
    guard let lessonSession else {
      let text = layer.isEmpty ? "no layer call yet: type one at the prompt" : layer
      return DisplayWidth.truncate(text, to: room, ellipsis: "…")
    }
    let title = lessonSession.lesson.title
    let place = " · " + lessonSession.placeText
    let whole = title + place + (layer.isEmpty ? "" : " │ " + layer)
    if DisplayWidth.of(whole) <= room { return whole }
    if DisplayWidth.of(title + place) <= room { return title + place }
    let titleRoom = room - DisplayWidth.of(place)
    guard titleRoom >= 6 else {
      return DisplayWidth.truncate(title + place, to: room, ellipsis: "…")
    }
    return DisplayWidth.truncate(title, to: titleRoom, ellipsis: "…") + place
  }
}
