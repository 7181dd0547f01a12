import ConvCore
import Lessons
import Quiz
import TerminalText
import TerminalUI

/// Drawing the workspace: state → frame. Nothing here changes state or touches the terminal.
extension WorkspaceProgram {
  public func render(into frame: inout Frame) {
    let layout = WorkspaceLayout(rows: frame.rows, columns: frame.columns)
    renderTitle(in: layout.title, into: &frame)
    if let animation {
      var model = StepViewModel(chain: animation.chain, combinedStep: animation.step)
      model.answers = quizAnswers
      // Made once a frame: placing the narration lays it out too.
      let scene = StepScene(model)
      var viewRect = layout.animation
      if let lessonSession {
        viewRect = renderLessonNarration(
          lessonSession, beside: scene, in: layout.animation, into: &frame)
      }
      StepView.draw(scene, in: viewRect, into: &frame, color: usesColor)
    } else if let lessonSession {
      renderNarrationPage(lessonSession, in: layout.animation, into: &frame)
    } else {
      renderWelcome(in: layout.animation, into: &frame)
    }
    renderTranscript(in: layout.transcript, into: &frame)
    renderPrompt(in: layout.prompt, into: &frame)
    renderKeyHelp(in: layout.keyHelp, into: &frame)
    switch overlay {
    case .help: renderHelp(into: &frame)
    case .goTo(let typed): renderGoTo(typed, into: &frame)
    case nil: break
    }
  }

  /// The widest a line of narration is written: a comfortable measure to read.
  static let readableWidth = 76
  /// The narrowest column of narration beside the step view.
  static let narrowestNarration = 40
  /// The columns between the step view and the narration beside it: a rule with a space on
  /// each side.
  static let narrationGap = 3

  /// Draws the lesson's narration beside the step view or above it; returns the rect left for
  /// the step view.
  ///
  /// On a screen of 120 columns or more the view takes the columns it needs to show its step
  /// at its best (leaving at least 40) and the narration the columns after it, past a rule,
  /// up to a readable width: what is left is a margin at the right, never a gap between the
  /// two. When
  /// the view would show less that way than with the whole width, and the rows allow the whole
  /// narration above it, the narration goes above. On a narrower screen the narration goes
  /// above the view, in the rows the view can spare.
  private func renderLessonNarration(
    _ session: LessonSession, beside scene: StepScene?, in rect: Rect, into frame: inout Frame
  ) -> Rect {
    // The erratum of the output cell on screen, when this operation's own stage is shown.
    var cell: Int? = nil
    if let animation, animation.location.stage == animation.chain.stages.count - 1 {
      cell = animation.location.step
    }
    // During a quiz each erratum waits for its question (the quiz's one rule).
    let paragraphs = session.narration(atCell: cell, quiz: quizSession)
    guard !paragraphs.isEmpty else { return rect }
    let aboveWidth = min(rect.columns - 2, Self.readableWidth)
    var lines = 0
    for paragraph in paragraphs { lines += TextWrap.lines(paragraph, width: aboveWidth).count }
    if rect.columns >= 120 {
      let maximum = rect.columns - Self.narrationGap - Self.narrowestNarration
      let viewColumns = StepView.preferredColumns(
        for: scene, rows: rect.rows, maximum: maximum)
      // The whole narration above, its paragraphs a blank line apart, a blank line below.
      let aboveRows = lines + paragraphs.count
      if aboveRows < rect.rows,
        StepView.compromise(for: scene, rows: rect.rows - aboveRows, columns: rect.columns)
          < StepView.compromise(for: scene, rows: rect.rows, columns: viewColumns)
      {
        let (top, rest) = rect.splitRows(at: aboveRows)
        drawParagraphs(paragraphs, in: Self.narrationAbove(top, width: aboveWidth), into: &frame)
        return rest
      }
      let side = Rect(
        row: rect.row, column: rect.column + viewColumns + Self.narrationGap, rows: rect.rows,
        columns: min(Self.readableWidth, rect.columns - viewColumns - Self.narrationGap))
      frame.verticalLine(
        row: rect.row, column: side.column - 2, length: rect.rows, style: .muted)
      drawParagraphs(paragraphs, in: side, into: &frame)
      return Rect(row: rect.row, column: rect.column, rows: rect.rows, columns: viewColumns)
    }
    let spare = rect.rows - StepView.minimumRows(for: scene, columns: rect.columns)
    guard spare >= 2 else { return rect }
    let used = min(spare - 1, lines)
    let (top, rest) = rect.splitRows(at: used + 1)
    drawParagraphs(paragraphs, in: Self.narrationAbove(top, width: aboveWidth), into: &frame)
    return rest
  }

  /// Where narration above the step view is written in `rect`: one column in, `width` wide.
  private static func narrationAbove(_ rect: Rect, width: Int) -> Rect {
    Rect(row: rect.row, column: rect.column + 1, rows: rect.rows, columns: width)
  }

  /// A lesson step without an operation: its narration fills the area.
  private func renderNarrationPage(
    _ session: LessonSession, in rect: Rect, into frame: inout Frame
  ) {
    let inner = rect.inset(rows: 1, columns: 2)
    frame.put(session.lesson.title, row: inner.row, column: inner.column, style: .bold)
    let body = Rect(
      row: inner.row + 2, column: inner.column, rows: max(0, inner.rows - 4),
      columns: min(inner.columns, Self.readableWidth))
    drawParagraphs(session.narration(), in: body, into: &frame)
    let next = nextLesson.map { "n: next lesson (\($0.id))" } ?? "the course ends here"
    let hint =
      session.isAtEnd ? "p: previous step · " + next : "n: next step · p: previous step"
    frame.put(
      DisplayWidth.truncate(hint, to: inner.columns), row: inner.row + inner.rows - 1,
      column: inner.column, style: .muted)
  }

  /// Paragraphs wrapped into `rect`, a blank line between them; an ellipsis when cut.
  private func drawParagraphs(_ paragraphs: [String], in rect: Rect, into frame: inout Frame) {
    var lines: [(String, Style)] = []
    for (index, paragraph) in paragraphs.enumerated() {
      if index > 0, rect.rows > 6 { lines.append(("", .plain)) }
      let style: Style = paragraph.hasPrefix("Erratum:") ? .accent : .plain
      lines += TextWrap.lines(paragraph, width: rect.columns).map { ($0, style) }
    }
    for (offset, (text, style)) in lines.prefix(rect.rows).enumerated() {
      let cut = offset == rect.rows - 1 && lines.count > rect.rows
      frame.put(
        cut ? DisplayWidth.truncate(text + " …", to: rect.columns, ellipsis: "…") : text,
        row: rect.row + offset, column: rect.column, style: style)
    }
  }

  private func renderWelcome(in rect: Rect, into frame: inout Frame) {
    let lines: [(String, Style)] = [
      ("convtutor — see a convolution happen, one window at a time", .bold),
      ("", .plain),
      ("Type the slides' PyTorch code at the prompt below, for example:", .plain),
      ("", .plain),
      ("  import torch", .accent),
      ("  import torch.nn as nn", .accent),
      ("  x = torch.randint(5, (1, 6, 6), dtype=torch.float32)", .accent),
      ("  conv = nn.Conv2d(1, 1, kernel_size=3, padding=1)", .accent),
      ("  conv(x)", .accent),
      ("", .plain),
      ("The layer call is then animated here: → steps, ← steps back, space plays,", .plain),
      ("g goes to a cell, ? shows every key. Tab moves between here and the prompt.", .plain),
      ("", .plain),
      ("Lessons: %lessons lists them, %open 1 opens exercise 1 (n / p go through it).", .muted),
      ("Practice: %drill gives fresh items, the skill that is due first.", .muted),
      ("Open a script's last call with:  convtutor show script.py", .muted),
      ("Quit with q (here) or Ctrl-D (at an empty prompt).", .muted),
    ]
    for (offset, (text, style)) in lines.enumerated() where offset < rect.rows {
      frame.put(text, row: rect.row + offset, column: rect.column + 2, style: style)
    }
  }

  private func renderTranscript(in rect: Rect, into frame: inout Frame) {
    // Long lines wrap so that nothing (an error's message, a wide tensor) is cut: prose at
    // words, code and output at the column. The view scrolls by these rows.
    let rows = transcript.visibleRows(rect.rows, width: max(1, rect.columns))
    for (offset, row) in rows.enumerated() {
      let style: Style =
        switch row.kind {
        case .input: .bold
        case .output: .plain
        case .error: .error
        case .notice: .muted
        }
      frame.put(row.text, row: rect.row + offset, column: rect.column, style: style)
    }
  }

  private func renderPrompt(in rect: Rect, into frame: inout Frame) {
    let marker = activity.isAsking ? "?   " : pendingSource.isEmpty ? ">>> " : "... "
    let focused = focus == .prompt && overlay == nil
    frame.put(marker, row: rect.row, column: rect.column, style: focused ? .bold : .dim)
    // The typed line has the columns after the marker, less the last one.
    let visible = prompt.visible(columns: max(1, rect.columns - marker.count - 1))
    frame.put(visible.text, row: rect.row, column: rect.column + marker.count)
    if focused {
      frame.put(
        String(visible.underCursor), row: rect.row,
        column: rect.column + marker.count + visible.cursorColumn, style: .reverse)
    } else if prompt.isEmpty {
      frame.put(
        "(Tab or : to type here)", row: rect.row, column: rect.column + marker.count, style: .muted)
    }
  }

  private func renderKeyHelp(in rect: Rect, into frame: inout Frame) {
    if let status {
      frame.put(" " + status, row: rect.row, column: rect.column, style: .accent.adding(.bold))
      return
    }
    if activity.isAsking, focus == .prompt {
      let help = " Enter checks (a row works) · ? hint · give up · Ctrl-N next · Tab animation"
      frame.put(
        DisplayWidth.truncate(help, to: rect.columns, ellipsis: "…"), row: rect.row,
        column: rect.column, style: .muted)
      return
    }
    let help =
      focus == .prompt
      ? (activity.drillRun != nil
        ? " n Enter next item · Tab/Esc animation · ↑↓ history · Ctrl-D quit"
        : " Enter run · ↑↓ history · Tab/Esc animation · PgUp/PgDn scroll · Ctrl-D quit")
      : activity.drillRun != nil
        ? " → step  ← back  space play  n next item  g go to  ? keys  Tab prompt  q quit"
        : lessonSession != nil
          ? " → step  ← back  space play  n/p lesson  g go to  ? keys  Tab prompt  q quit"
          : " → step  ← back  space play  +/− speed  g go to  ? keys  Tab prompt  q quit"
    frame.put(
      DisplayWidth.truncate(help, to: rect.columns, ellipsis: "…"), row: rect.row,
      column: rect.column, style: .muted)
  }

  private func centeredBox(rows: Int, columns: Int, in frame: Frame) -> Rect {
    let width = min(columns, frame.columns)
    let height = min(rows, frame.rows)
    return Rect(
      row: max(0, (frame.rows - height) / 2), column: max(0, (frame.columns - width) / 2),
      rows: height, columns: width)
  }

  private func renderHelp(into frame: inout Frame) {
    let lines = [
      "In the animation",
      "  → l Enter   step forward        ← h        step back",
      "  space       play / pause        + −        faster / slower",
      "  Home End    first / last step   g          go to an output cell",
      "  n p         next / previous step, next drill item (Ctrl-N, Ctrl-P)",
      "  ?           this help           q          quit",
      "  Tab :       go to the prompt",
      "At the prompt",
      "  Enter       run the line        ↑ ↓        earlier lines",
      "  %lessons    list the lessons    %open ID   open one (1–5 exercises)",
      "  %drill      a drill of fresh items (%drill conv --level 2)",
      "  Tab Esc     back to the animation",
      "  Ctrl-D      quit (on an empty line)       Ctrl-C quits anywhere",
      "",
      "Speeds: 2, 1, 0.5, 0.35 and 0.25 s a step.      Any key closes this.",
    ]
    let box = centeredBox(rows: lines.count + 2, columns: 72, in: frame)
    frame.fill(box, with: " ")
    frame.box(box, title: " Keys ", style: .bold)
    for (offset, line) in lines.enumerated() where offset < box.rows - 2 {
      let style: Style = line.hasPrefix(" ") || line.isEmpty ? .plain : .bold
      frame.put(line, row: box.row + 1 + offset, column: box.column + 2, style: style)
    }
  }

  private func renderGoTo(_ typed: String, into frame: inout Frame) {
    let box = centeredBox(rows: 5, columns: 52, in: frame)
    frame.fill(box, with: " ")
    frame.box(box, title: " Go to an output cell ", style: .bold)
    let label = "[channel,] row, column: "
    let start = box.column + 2 + label.count
    frame.put(label, row: box.row + 2, column: box.column + 2)
    frame.put(typed, row: box.row + 2, column: start, style: .bold)
    frame.put(
      " ", row: box.row + 2, column: start + DisplayWidth.of(typed), style: .reverse)
    frame.put(
      "from 0, as the labels · Enter goes · Esc cancels", row: box.row + 3,
      column: box.column + 2, style: .muted)
  }
}
