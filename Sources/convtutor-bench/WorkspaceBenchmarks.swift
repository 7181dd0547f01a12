import ConvCore
import ConvPrompt
import TerminalUI
import Workspace

#if canImport(Glibc)
  import Glibc
#endif

/// The workspace's benchmarks: first frame, a step at 200×60, bytes per step.
enum WorkspaceBenchmarks {
  static let exerciseFive = """
    import torch
    import torch.nn as nn
    image = torch.tensor([[[0., 0., 0., 0., 0., 0., 0.],
      [0., 0., 0., 43., 43., 0., 0.],
      [0., 30., 250., 230., 125., 251., 0.],
      [0., 191., 38., 0., 0., 81., 0.],
      [0., 241., 0., 35., 119., 250., 0.],
      [0., 49., 193., 198., 83., 0., 0.],
      [0., 0., 0., 0., 0., 0., 0.]]])
    conv = nn.Conv2d(1, 1, kernel_size=3, bias=False)
    conv.weight.data = torch.tensor([[[[1., 0., -1.], [1., 0., -1.], [1., 0., -1.]]]])
    conv(image)
    """

  /// Types `source` line by line into a workspace, as a learner would.
  static func workspace(after source: String) -> WorkspaceProgram {
    var program = WorkspaceProgram(usesColor: true)
    _ = program.update(.key(.tab))
    program.run(source)
    return program
  }

  static func run() -> [String] {
    var lines: [String] = []
    // Time to first frame: a fresh workspace runs the exercise-5 script, builds the steps and
    // draws its first frame at 80×24 through the runner's in-memory backend.
    let first = measure(runs: 30) {
      let program = workspace(after: exerciseFive)
      var backend = InMemoryBackend(rows: 24, columns: 80, events: [.key(.character("q"))])
      var frame = Frame(rows: 24, columns: 80)
      program.render(into: &frame)
      backend.draw(frame)
    }
    lines.append(
      first.line("(c) time to first frame (run script, build steps, render 80×24)", target: 0.050))

    // A step at 200×60 with a 64×64 input: update + render + diff.
    var program = workspace(
      after:
        "import torch\nimport torch.nn as nn\nx = torch.randint(0, 9, (1, 64, 64), dtype=torch.float32)\nnn.Conv2d(1, 1, 3, padding=1)(x)"
    )
    var previous = Frame(rows: 60, columns: 200)
    program.render(into: &previous)
    var changed = 0
    let step = measure(runs: 200, warmUp: 5) {
      _ = program.update(.key(.right))
      var frame = Frame(rows: 60, columns: 200)
      program.render(into: &frame)
      changed += FrameDiff(from: previous, to: frame).count
      previous = frame
    }
    lines.append(
      step.line("(d) one step: update + render + diff at 200×60, 64×64 input", target: 0.002))

    // Bytes written per step during autoplay of exercise 5's conv, through real ncurses.
    lines.append(bytesPerStep())
    return lines
  }

  static func bytesPerStep() -> String {
    let path = "/tmp/convtutor-bench-screen.out"
    var options = CursesOptions(color: true, measuresOutput: true, installsSignalGuard: false)
    options.escapeDelay = 25
    guard
      let backend = try? CursesBackend(
        outputPath: path, inputPath: "/dev/null", terminalType: "xterm-256color", rows: 24,
        columns: 80, environment: [:], options: options)
    else { return "(e) skipped: ncurses could not start on a file" }
    var program = workspace(after: exerciseFive)
    _ = program.update(.key(.character(" ")))
    var previous = Frame(rows: 24, columns: 80)
    program.render(into: &previous)
    backend.draw(previous)
    var bytes = 0
    var cells = 0
    var steps = 0
    while program.animation?.isPlaying == true {
      _ = program.update(.tick)
      var frame = Frame(rows: 24, columns: 80)
      program.render(into: &frame)
      // The issue's yardstick: the UTF-8 bytes of the characters of the cells that changed.
      cells += FrameDiff(from: previous, to: frame).changes.reduce(0) {
        $0 + String($1.cell.character).utf8.count
      }
      backend.draw(frame)
      bytes += backend.lastDrawByteCount ?? 0
      previous = frame
      steps += 1
    }
    backend.shutdown()
    guard steps > 0, cells > 0 else { return "(e) no steps played" }
    let ratio = Double(bytes) / Double(cells)
    let shown = (ratio * 100).rounded() / 100
    return
      "(e) autoplay of exercise 5's conv (\(steps) steps, 80×24): \(bytes / steps) bytes written "
      + "for \(cells / steps) bytes of changed cells a step: \(shown)× "
      + "[target ≤ 3×: \(ratio <= 3 ? "met" : "MISSED")]"
  }
}
